package org.marsad.events;

import java.util.ArrayList;
import java.util.List;

import org.marsad.model.Participant;
import org.marsad.model.Token;

/**
 * Source and target of a trigger from the participant groups around it. The source is a group
 * just before the trigger (subject-first), else a group right after it (verb-first, or a noun's
 * genitive or nationality adjective), else the nearest group before it in the clause (for a noun,
 * only the subject of a verb governing it), else — in reported speech — the speaker. The target is the next group after that: bare after a verb, or after a partner
 * preposition (مع، بين), or after "to" where the trigger takes it (زيارة إلى). A coordinated group
 * with nobody on the other side is split: its first member acts on the others.
 */
record Arguments(List<Participant> source, List<Participant> target) {
    /** How far from the trigger a subject may stand (an adverb or a particle may come between). */
    private static final int SUBJECT_WINDOW = 2;

    static Arguments find(List<Participants.Group> groups, List<Token> tokens, TriggerPattern.Match m,
                          int[] clause, Participant speaker, EventGrammar grammar) {
        TriggerPattern p = m.pattern();
        Participants.Group source = null;
        for (Participants.Group g : groups) {
            // before a noun only a pronoun is its subject (نحن على اتصال)
            if (g.end() <= m.triggerStart() && g.end() >= m.triggerStart() - SUBJECT_WINDOW
                    && g.start() >= clause[0] - 1 && g.preposition() == null
                    && (!p.noun || g.parts().get(0).pronoun())) {
                source = g;
            }
        }
        if (source == null && !m.subjectMarked(tokens)) {
            for (Participants.Group g : groups) {
                if (g.start() >= m.triggerEnd() && g.preposition() == null && g.end() <= clause[1]
                        && (g.start() - m.triggerEnd() <= (p.noun && !nationality(g) ? 0 : SUBJECT_WINDOW)
                        || (p.noun && lightVerbBetween(tokens, m.triggerEnd(), g.start(), grammar)))
                        && !insidePattern(g, m)) {
                    source = g;
                    break;
                }
            }
        }
        if (source == null) {
            for (Participants.Group g : groups) {
                if (g.end() <= m.triggerStart() && g.start() >= clause[0] - 1 && g.preposition() == null
                        && (!p.noun || governed(g, tokens, grammar))) {
                    source = g;
                }
            }
        }
        int after = source != null && source.start() >= m.triggerEnd() ? source.end() : m.triggerEnd();
        Participants.Group target = null;
        for (Participants.Group g : groups) {
            if (g.start() >= after && g.end() <= clause[1] && g != source && takesTarget(g, p)) {
                target = g;
                break;
            }
        }
        List<Participant> src = source == null ? new ArrayList<>() : new ArrayList<>(source.participants());
        List<Participant> tgt = target == null ? new ArrayList<>() : new ArrayList<>(target.participants());
        if (tgt.isEmpty() && src.size() > 1) {
            tgt.addAll(src.subList(1, src.size()));
            src = new ArrayList<>(src.subList(0, 1));
        } else if (src.isEmpty() && tgt.size() > 1) {
            src.add(tgt.remove(0));
        }
        if (src.isEmpty() && speaker != null && !p.noun) {
            src.add(speaker);
        }
        return new Arguments(List.copyOf(src), List.copyOf(tgt));
    }

    /**
     * A noun's subject may stand far before it only as the subject of a verb that governs it
     * (أعلنت القاهرة وأنقرة ... رفع التمثيل; عقد قادة مجموعة السبع اجتماعا).
     */
    private static boolean governed(Participants.Group g, List<Token> tokens, EventGrammar grammar) {
        for (int i = Math.max(0, g.start() - SUBJECT_WINDOW); i < g.start(); i++) {
            if (grammar.governors.matchAt(tokens, i) > 0) {
                return true;
            }
        }
        return false;
    }

    /** Only a light verb stands between an event noun and its agent (زيارة يقوم بها أردوغان). */
    private static boolean lightVerbBetween(List<Token> tokens, int from, int to, EventGrammar grammar) {
        return to > from && grammar.lightVerbs.matchAt(tokens, from) == to - from;
    }

    /** A group that is a nationality adjective (هجوم عسكري إسرائيلي): after a noun, its agent. */
    private static boolean nationality(Participants.Group g) {
        return g.parts().get(0).type() == org.marsad.model.EntityType.MISC;
    }

    /** A verb takes a bare object; any trigger takes a partner (مع، بين), some take "to" (إلى). */
    private static boolean takesTarget(Participants.Group g, TriggerPattern p) {
        String prep = g.preposition();
        if (prep == null) {
            return !p.noun;
        }
        return prep.equals("partner") || prep.equals("between") || prep.equals("against")
                || (prep.equals("to") && p.toTarget) || (prep.equals("on") && p.onTarget);
    }

    /** A group that is itself a word of the pattern (a named object) is not the subject. */
    private static boolean insidePattern(Participants.Group g, TriggerPattern.Match m) {
        return g.start() < m.end() && g.end() > m.end();
    }
}
