package org.marsad.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.marsad.model.Actor;
import org.marsad.model.EntityType;
import org.marsad.model.Mention;
import org.marsad.model.Sentence;
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
    public static List<Mention> link(List<Mention> mentions, List<Sentence> sentences, ActorDictionary dictionary,
                                     LanguagePack pack) {
        String home = homeState(mentions, dictionary);
        if (home == null) {
            return mentions;
        }
        OrganisationHeads heads = OrganisationHeads.of(pack);
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Token first = m.actor() == null && m.type() == EntityType.ORG ? firstToken(m, sentences) : null;
            List<Token> tokens = first == null ? null : sentenceOf(first, sentences);
            if (tokens != null && GOVERNMENT.equals(heads.sectorAt(tokens, tokens.indexOf(first)))) {
                out.add(new Mention(m.id(), m.type(), m.span(), m.text(), new Actor(home, GOVERNMENT), m.entity(),
                        m.names(), CONFIDENCE, Mention.ARTICLE_STATE));
            } else {
                out.add(m);
            }
        }
        return out;
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

    private static Token firstToken(Mention m, List<Sentence> sentences) {
        for (Sentence s : sentences) {
            if (s.span().contains(m.span())) {
                for (Token t : s.tokens()) {
                    if (t.span().end() > m.span().start()) {
                        return t;
                    }
                }
            }
        }
        return null;
    }

    private static List<Token> sentenceOf(Token t, List<Sentence> sentences) {
        for (Sentence s : sentences) {
            if (s.span().contains(t.span())) {
                return s.tokens();
            }
        }
        return null;
    }
}
