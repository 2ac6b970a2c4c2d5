package org.marsad.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.marsad.model.Actor;
import org.marsad.model.EntityType;
import org.marsad.model.Mention;
import org.marsad.model.Sentence;
import org.marsad.model.Span;
import org.marsad.model.Token;
import org.marsad.text.LanguagePack;

/**
 * A government body named without its state (وزارة الداخلية, the Interior Ministry), which no name
 * links, belongs to the state the article is about when that is clear: the state its linked names
 * stand for at least {@link #LEAST} times and at least twice as often as any other actor. Otherwise
 * it stays unlinked. The body is one whose first words are a head word of {@code lang/XX/org-heads.tsv}
 * that gives the sector {@code GOV}; armies and police are left out, as armed groups take their
 * names (جيش الإسلام).
 */
public final class HomeStates {
    private static final int LEAST = 3;
    private static final double CONFIDENCE = 0.5;
    private static final String GOVERNMENT = "GOV";

    private HomeStates() {
    }

    /** The mentions, with such bodies linked to the article's state. */
    public static List<Mention> link(List<Mention> mentions, List<Sentence> sentences, String text,
                                     ActorDictionary dictionary, LanguagePack pack) {
        String home = homeState(mentions, dictionary);
        if (home == null) {
            return mentions;
        }
        OrganisationHeads heads = OrganisationHeads.of(pack);
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            List<Token> tokens = m.actor() == null && m.type() == EntityType.ORG ? sentenceOf(m.span(), sentences) : null;
            int first = tokens == null ? -1 : firstTokenOf(m.span(), tokens);
            OrganisationHeads.HeadAt head = first < 0 ? null : heads.headAt(tokens, first);
            boolean body = head != null && GOVERNMENT.equals(head.sector())
                    && !longerName(m.span(), tokens, first + head.length());
            out.add(body ? linked(m.id(), m.span(), m.text(), m.entity(), m.names(), home) : m);
        }
        out.addAll(unnamed(out, sentences, heads, text, home));
        out.sort(Comparator.comparingInt(m -> m.span().start()));
        return out;
    }

    /**
     * Capitalised government heads no mention covers (the Interior Ministry said), which a name model
     * may not tag where a script writes names with capitals; lower-case heads (the ministry) stay words.
     */
    private static List<Mention> unnamed(List<Mention> mentions, List<Sentence> sentences, OrganisationHeads heads,
                                         String text, String home) {
        List<Mention> out = new ArrayList<>();
        for (Sentence s : sentences) {
            List<Token> tokens = s.tokens();
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                if (!capitalised(tokens, i) || covered(t.span(), mentions)) {
                    continue;
                }
                OrganisationHeads.HeadAt head = heads.headAt(tokens, i);
                if (head != null && GOVERNMENT.equals(head.sector()) && !capitalised(tokens, i + head.length())) {
                    Span span = new Span(t.span().start(), tokens.get(i + head.length() - 1).span().end());
                    out.add(linked("h" + out.size(), span, span.of(text), null, Map.of(), home));
                    i += head.length() - 1;
                }
            }
        }
        return out;
    }

    /**
     * True when the mention goes on past its head with a capitalised word (Mission Impossible, a film a name
     * model took for an organisation): the head is then part of a longer name, no government body.
     */
    private static boolean longerName(Span mention, List<Token> tokens, int afterHead) {
        return afterHead < tokens.size() && tokens.get(afterHead).span().start() < mention.end()
                && capitalised(tokens, afterHead);
    }

    /** A capitalised word after a head makes it part of a longer name (Mission Impossible). */
    private static boolean capitalised(List<Token> tokens, int i) {
        return i < tokens.size() && Character.isUpperCase(tokens.get(i).text().codePointAt(0));
    }

    private static Mention linked(String id, Span span, String text, String entity, Map<String, String> names, String home) {
        return new Mention(id, EntityType.ORG, span, text, new Actor(home, GOVERNMENT), entity, names, CONFIDENCE,
                Mention.ARTICLE_STATE);
    }

    private static boolean covered(Span span, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.span().overlaps(span)) {
                return true;
            }
        }
        return false;
    }

    /** The state the article's linked names stand for most, if clearly most, else null. */
    private static String homeState(List<Mention> mentions, ActorDictionary dictionary) {
        Map<String, Integer> counts = new HashMap<>();
        for (Mention m : mentions) {
            if (m.actor() != null && m.actor().code() != null) {
                counts.merge(m.actor().code(), 1, Integer::sum);
            }
        }
        String top = null;
        int first = 0;
        int second = 0;
        for (Map.Entry<String, Integer> c : counts.entrySet()) {
            if (c.getValue() > first) {
                second = first;
                first = c.getValue();
                top = c.getKey();
            } else if (c.getValue() > second) {
                second = c.getValue();
            }
        }
        Entity state = top == null ? null : dictionary.forActor(top);
        boolean isState = state != null && state.type() == EntityType.LOC && top.equals(state.id());
        return isState && first >= LEAST && first >= 2 * second ? top : null;
    }

    /** The tokens of the sentence holding the span, or null. */
    private static List<Token> sentenceOf(Span span, List<Sentence> sentences) {
        for (Sentence s : sentences) {
            if (s.span().contains(span)) {
                return s.tokens();
            }
        }
        return null;
    }

    /** The index of the first token the span reaches into, or -1. */
    private static int firstTokenOf(Span span, List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).span().end() > span.start()) {
                return i;
            }
        }
        return -1;
    }
}
