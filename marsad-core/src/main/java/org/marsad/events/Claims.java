package org.marsad.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.marsad.model.Event;
import org.marsad.model.Modality;
import org.marsad.model.Participant;
import org.marsad.model.Span;
import org.marsad.model.Token;

/**
 * What a report of violence says of its speaker. CAMEO codes the saying too: a state that says it
 * was attacked by another accuses that one (112: Israel said a mortar was fired at it from Gaza),
 * one that alleges or claims another attacked accuses it (the US claimed ISIL attacked Iraq), and
 * one that claims its own attack acknowledges it (015). The reported act stays an event of its own.
 */
final class Claims {
    private static final String ACCUSE = "112";
    private static final String ACKNOWLEDGE = "015";

    /** A saying the sentence's report makes: its code and parties, the speech verb, the act it tells. */
    record Claim(String code, List<Participant> source, List<Participant> target, Span verb, Event told) {
    }

    private Claims() {
    }

    /**
     * The sayings the sentence's events tell of their speaker: asserted violence reported after the
     * sentence's first speech verb, aimed at the speaker's own actor or, after an allegation word, by anyone.
     */
    static List<Claim> of(List<Event> events, List<Token> tokens, EventGrammar g) {
        // most sentences tell no asserted violence: spare them the search for a speech verb
        if (events.stream().noneMatch(Claims::assertedViolence)) {
            return List.of();
        }
        int verb = firstSpeechVerb(tokens, g);
        if (verb < 0) {
            return List.of();
        }
        Span verbSpan = tokens.get(verb).span();
        List<Claim> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Event e : events) {
            Participant speaker = e.attribution();
            // a speaker the sentence names itself: "يذكر أن" (it is noted that) names none, and says nothing of one told before
            if (speaker == null || !e.evidence().contains(speaker.span()) || !assertedViolence(e)
                    || e.trigger().span().start() < verbSpan.end()) {
                continue;
            }
            String who = speaker.actor().code();
            boolean own = e.source().stream().anyMatch(p -> p.actor().code().equals(who));
            boolean alleged = alleged(tokens, verb, e.trigger().span(), g);
            boolean aimedAtSpeaker = e.target().stream().anyMatch(p -> p.actor().code().equals(who));
            Claim c = null;
            if (alleged && own) {
                c = new Claim(ACKNOWLEDGE, List.of(speaker), e.target(), verbSpan, e);
            } else if (!own && (alleged || aimedAtSpeaker)) {
                c = new Claim(ACCUSE, List.of(speaker), e.source(), verbSpan, e);
            }
            if (c != null && seen.add(c.code() + codes(c.source()) + ">" + codes(c.target()))) {
                out.add(c);
            }
        }
        return out;
    }

    private static boolean assertedViolence(Event e) {
        return e.quad() == EventCoder.MATERIAL_CONFLICT && e.modality() == Modality.ASSERTED;
    }

    /** True when an allegation word stands from the speech verb up to the act it reports (claimed that, заявили, будто). */
    private static boolean alleged(List<Token> tokens, int verb, Span act, EventGrammar g) {
        for (int i = verb; i < tokens.size() && tokens.get(i).span().end() <= act.start(); i++) {
            if (g.allegations.matchAt(tokens, i) > 0) {
                return true;
            }
        }
        return false;
    }

    /** The index of the sentence's first speech verb, or -1. */
    private static int firstSpeechVerb(List<Token> tokens, EventGrammar g) {
        for (int i = 0; i < tokens.size(); i++) {
            if (g.speech.matchAt(tokens, i) > 0) {
                return i;
            }
        }
        return -1;
    }

    private static String codes(List<Participant> ps) {
        return ps.stream().map(p -> p.actor().code()).sorted().toList().toString();
    }
}
