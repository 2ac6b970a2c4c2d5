package org.marsad.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.marsad.model.Token;
import org.marsad.text.WordSet;

/**
 * One line of a triggers table: a sequence of word sets, possibly with gaps, that signals a CAMEO
 * event. The element marked = (or the first) is the trigger the event is anchored on.
 */
final class TriggerPattern {
    static final int GAP = 10;

    final String cameo;
    final List<WordSet> elements;
    /** gapBefore[k]: element k may follow element k-1 after up to GAP words. */
    final boolean[] gapBefore;
    final int triggerIndex;
    final boolean noun;
    final String context;
    /**
     * Prepositions (their roles in cues.tsv) after which a participant is the target: "to" (زيارة إلى
     * مصر), "on" (هجوم على رفح), "from" (withdrew from Mali), "for" (eased rules for Russians).
     */
    final Set<String> targetPrepositions;
    /** A definite noun with nobody named is the story's own (المباحثات): its two sides take part. */
    final boolean storySides;
    /** The target, when a place, is also where the event happens (زار تركيا). */
    final boolean placeIsTarget;
    /** The event is a saying (a threat, an appeal, an intent): future words belong to what is said. */
    final boolean speechAct;
    /** Its words are a threat made by foretelling (make Iran pay): reported, their future is what is said. */
    final boolean saidFuture;
    /** The trigger is never a passive verb, even after an auxiliary (they were interested in). */
    final boolean notPassive;
    /** The verb's bare object is what is talked about, not a party (обсудили Афганистан, discussed Syria). */
    final boolean topicObject;
    /** With nobody named as its doer, the doer is unidentified armed men of the place (a bombing). */
    final boolean unnamedSource;
    /** With nobody named as its doer, the doers are the people of the place (protests broke out in Cairo). */
    final boolean unnamedCrowd;
    /** Without a target there is no event: a visit to nobody is a trip (visited West Virginia). */
    final boolean needsTarget;
    /**
     * A noun with no target is an event only where a verb right before it holds it (staged a sit-in,
     * проведут марш); a bare one refers to an event told before (in the demonstration, the right to protest).
     */
    final boolean heldOrAimed;
    /**
     * The verb tells what its subject suffered, as a passive does (استشهد, погиб, لقي مصرعه, and
     * unvowelled Arabic قتل read as قُتل): its subject is the target, an agent phrase the source.
     */
    final boolean suffered;
    /**
     * The verb tells what its subject received (received weapons from, получила оружие от, تلقت أسلحة
     * من): the giver after "from" is the source, the subject the target.
     */
    final boolean received;
    /**
     * A word that is also a noun is the verb only first in its clause, bare (no article, no preposition
     * on it): unvowelled قتل opens its clause as "killed", elsewhere it is "killing" (أدان قتل المدنيين).
     */
    final boolean clauseFirst;
    /**
     * The CAMEO code of the act its target did, told by the same words, or null: CAMEO's paired codes
     * (dispersed a protest, [175:145]: the police repressed, the crowd protested against them).
     */
    final String reverse;
    final String origin;

    /** The options of a triggers row, each a field above, as the tables write them. */
    enum Option {
        STORY_SIDES, PLACE_IS_TARGET, SPEECH_ACT, NOT_PASSIVE, TOPIC_OBJECT, UNNAMED_SOURCE, UNNAMED_CROWD, NEEDS_TARGET,
        HELD_OR_AIMED, SUFFERED, RECEIVED, SAID_FUTURE, CLAUSE_FIRST;

        String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static Optional<Option> named(String label) {
            return Arrays.stream(values()).filter(o -> o.label().equals(label)).findFirst();
        }

        static String names() {
            return String.join(", ", Arrays.stream(values()).map(Option::label).toList());
        }
    }

    TriggerPattern(String cameo, List<WordSet> elements, boolean[] gapBefore, int triggerIndex, boolean noun,
                   String context, Set<String> targetPrepositions, Set<Option> options, String reverse, String origin) {
        this.cameo = cameo;
        this.elements = List.copyOf(elements);
        this.gapBefore = gapBefore.clone();
        this.triggerIndex = triggerIndex;
        this.noun = noun;
        this.context = context;
        this.targetPrepositions = Set.copyOf(targetPrepositions);
        this.storySides = options.contains(Option.STORY_SIDES);
        this.placeIsTarget = options.contains(Option.PLACE_IS_TARGET);
        this.speechAct = options.contains(Option.SPEECH_ACT);
        this.saidFuture = options.contains(Option.SAID_FUTURE);
        this.notPassive = options.contains(Option.NOT_PASSIVE);
        this.topicObject = options.contains(Option.TOPIC_OBJECT);
        this.unnamedSource = options.contains(Option.UNNAMED_SOURCE);
        this.unnamedCrowd = options.contains(Option.UNNAMED_CROWD);
        this.needsTarget = options.contains(Option.NEEDS_TARGET);
        this.heldOrAimed = options.contains(Option.HELD_OR_AIMED);
        this.suffered = options.contains(Option.SUFFERED);
        this.received = options.contains(Option.RECEIVED);
        this.clauseFirst = options.contains(Option.CLAUSE_FIRST);
        this.reverse = reverse;
        this.origin = origin;
    }

    /** The same row read as a noun's: its verb's form is also a plural noun (artillery shells). */
    private TriggerPattern(TriggerPattern verb) {
        this.cameo = verb.cameo;
        this.elements = verb.elements;
        this.gapBefore = verb.gapBefore;
        this.triggerIndex = verb.triggerIndex;
        this.noun = true;
        this.context = verb.context;
        this.targetPrepositions = verb.targetPrepositions;
        this.storySides = verb.storySides;
        this.placeIsTarget = verb.placeIsTarget;
        this.speechAct = verb.speechAct;
        this.saidFuture = verb.saidFuture;
        this.notPassive = verb.notPassive;
        this.topicObject = verb.topicObject;
        this.unnamedSource = verb.unnamedSource;
        this.unnamedCrowd = verb.unnamedCrowd;
        this.needsTarget = verb.needsTarget;
        this.heldOrAimed = verb.heldOrAimed;
        this.suffered = verb.suffered;
        this.received = verb.received;
        this.clauseFirst = verb.clauseFirst;
        this.reverse = verb.reverse;
        this.origin = verb.origin;
    }

    /** A match: the trigger's token range and the range of the whole pattern. */
    record Match(TriggerPattern pattern, int triggerStart, int triggerEnd, int start, int end, int matched) {
        /** The same match read as a noun (police raids in Jenin killed: raids is no verb). */
        Match asNoun() {
            return new Match(new TriggerPattern(pattern), triggerStart, triggerEnd, start, end, matched);
        }

        /** What the trigger's word took off the front of its token (ال of التظاهر; "" if nothing). */
        String triggerPrefix(List<Token> tokens) {
            return pattern.elements.get(pattern.triggerIndex).prefixAt(tokens, triggerStart);
        }

        /** True when the trigger's verb form carries its own subject (أدانوا): what follows is its object. */
        boolean subjectMarked(List<Token> tokens) {
            return pattern.elements.get(pattern.triggerIndex).subjectAt(tokens, triggerStart);
        }

        /** True when the trigger's verb form is masculine: no feminine place is its subject (دعا الولايات المتحدة). */
        boolean masculine(List<Token> tokens) {
            return pattern.elements.get(pattern.triggerIndex).masculineAt(tokens, triggerStart);
        }

        /** The clitic the trigger's word carries before it (و of ودعا, ب of برفض), or "". */
        String prefix(List<Token> tokens) {
            return pattern.elements.get(pattern.triggerIndex).prefixAt(tokens, triggerStart);
        }

        /** Words the pattern matched, gaps not counted: more is more specific. */
        int specificity() {
            return matched;
        }
    }

    /**
     * Tries the pattern with its first element at token i (which must match), within [i, limit); a
     * gap does not reach across a boundary word (that, which, أن), but it does across a relative
     * clause set off by commas (doctors, who oppose the reform, will strike).
     */
    Match matchAt(List<Token> tokens, int i, int limit, EventGrammar g) {
        int len = elements.get(0).matchAt(tokens, i);
        return len == 0 ? null : matchFrom(tokens, i, i + len, limit, g);
    }

    /**
     * A noun row's leading word (the|an|s =attack) stands only to tell the noun from the verb; a
     * nationality adjective there does the same (an Israeli attack). Tries the row with tokens
     * [start, end) in place of its leading element.
     */
    Match matchAfterNationality(List<Token> tokens, int start, int end, int limit, EventGrammar g) {
        return noun && triggerIndex == 1 && !gapBefore[1] ? matchFrom(tokens, start, end, limit, g) : null;
    }

    private Match matchFrom(List<Token> tokens, int first, int firstEnd, int limit, EventGrammar g) {
        int[] starts = new int[elements.size()];
        int[] ends = new int[elements.size()];
        starts[0] = first;
        ends[0] = firstEnd;
        for (int k = 1; k < elements.size(); k++) {
            int from = ends[k - 1];
            int to = gapBefore[k] ? Math.min(limit, from + GAP + 1) : Math.min(limit, from + 1);
            int found = -1;
            for (int j = from; j < to && found < 0; j++) {
                // the word right after the previous element may be a complementiser: demanded that Russia ... stop
                Token last = tokens.get(Math.max(0, j - 1));
                if (j > from + 1 && last.kind() == Token.Kind.WORD && g.boundaries.matchAt(tokens, j - 1) > 0) {
                    j = pastAside(tokens, j - 1, to, g);
                    if (j < 0 || j >= to) {
                        break;
                    }
                }
                int l = elements.get(k).matchAt(tokens, j);
                if (l > 0) {
                    found = j;
                    starts[k] = j;
                    ends[k] = j + l;
                }
            }
            if (found < 0) {
                return null;
            }
        }
        int matched = 0;
        for (int k = 0; k < elements.size(); k++) {
            matched += ends[k] - starts[k];
        }
        return new Match(this, starts[triggerIndex], ends[triggerIndex], starts[0], ends[elements.size() - 1],
                matched);
    }

    /**
     * The token after the comma that closes a relative clause opened by the word at r (", who
     * oppose the reform,"), or -1 where r opens no such aside, or another boundary or the limit comes
     * before that comma.
     */
    private static int pastAside(List<Token> tokens, int r, int to, EventGrammar g) {
        if (r < 1 || !Participants.isComma(tokens.get(r - 1))
                || g.relatives.stream().noneMatch(c -> Arguments.oneWordCueAt(c, tokens, r))) {
            return -1;
        }
        for (int k = r + 1; k < to; k++) {
            if (Participants.isComma(tokens.get(k))) {
                return k + 1;
            }
            if (tokens.get(k).kind() == Token.Kind.WORD && g.boundaries.matchAt(tokens, k) > 0) {
                return -1;
            }
        }
        return -1;
    }

    static List<String> split(String pattern) {
        List<String> parts = new ArrayList<>();
        for (String p : pattern.strip().split("\\s+")) {
            if (!p.isEmpty()) {
                parts.add(p);
            }
        }
        return parts;
    }
}
