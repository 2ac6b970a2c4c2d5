package org.marsad.events;

import java.util.ArrayList;
import java.util.List;

import org.marsad.model.Participant;

/**
 * Source and target of a trigger from the participant groups around it. The source is the group
 * right after the trigger (verb-first order, or a noun's genitive) or else the nearest group before
 * it in the clause (subject-first); the target is the next group after that, bare or after a
 * partner preposition (مع، بين). A coordinated group with nobody on the other side is split: its
 * first member acts on the others (روسيا وباكستان وقعتا → RUS, PAK).
 */
record Arguments(List<Participant> source, List<Participant> target) {
    /** How far after the trigger a verb's subject may start (an adverb may come between). */
    private static final int SUBJECT_WINDOW = 2;

    static Arguments find(List<Participants.Group> groups, TriggerPattern.Match m, int[] clause, boolean noun) {
        Participants.Group source = null;
        for (Participants.Group g : groups) {
            if (g.start() >= m.triggerEnd() && g.preposition() == null && g.end() <= clause[1]
                    && g.start() - m.triggerEnd() <= (noun ? 0 : SUBJECT_WINDOW) && !overlapsPattern(g, m)) {
                source = g;
                break;
            }
        }
        if (source == null) {
            for (Participants.Group g : groups) {
                if (g.end() <= m.triggerStart() && g.start() >= clause[0] && g.preposition() == null) {
                    source = g;
                }
            }
        }
        int after = source != null && source.start() >= m.triggerEnd() ? source.end() : m.triggerEnd();
        Participants.Group target = null;
        for (Participants.Group g : groups) {
            boolean bare = g.preposition() == null;
            // a noun takes its other party only through a preposition (اجتماع مع، بين)
            if (g.start() >= after && g.end() <= clause[1] && g != source && (bare ? !noun
                    : g.preposition().equals("partner") || g.preposition().equals("between"))) {
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
        return new Arguments(List.copyOf(src), List.copyOf(tgt));
    }

    /** A group that is itself a word of the pattern (a named object) is not the subject. */
    private static boolean overlapsPattern(Participants.Group g, TriggerPattern.Match m) {
        return g.start() < m.end() && g.end() > m.end();
    }
}
