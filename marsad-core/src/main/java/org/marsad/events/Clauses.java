package org.marsad.events;

import java.util.List;

import org.marsad.model.Token;
import org.marsad.text.WordSet;

/**
 * The clause around a trigger: the words between the nearest clause boundaries on either side.
 * A comma inside a list of participants before the trigger (China, Russia and Iran agreed) does not
 * start its clause; one after it ends the clause, and a list running on past it is taken whole by
 * whoever takes its first member. An aside between commas (, в свою очередь,) is no boundary either.
 */
final class Clauses {
    /** The longest aside between commas, in words. */
    private static final int ASIDE = 7;
    /**
     * How far before the trigger an apposition's closing comma may stand: the verb governing an event
     * noun may come between (السفير الأمريكي، ريان كروكر، أجرى محادثات).
     */
    private static final int APPOSITION_REACH = 2;

    private Clauses() {
    }

    /** {start, end} token indices of the clause holding tokens [triggerStart, triggerEnd). */
    static int[] around(List<Token> tokens, int triggerStart, int triggerEnd, EventGrammar g,
                        List<Participants.Group> groups) {
        int start = 0;
        for (int i = triggerStart - 1; i >= 0; i--) {
            int len = g.boundaries.matchAt(tokens, i);
            int aside = aside(tokens, i, triggerStart - i <= APPOSITION_REACH, g, groups);
            if (aside > 0) {
                // skip an aside between commas: Джаафари, в свою очередь, обвинил
                i = aside;
            } else if (len > 0 && !inside(groups, i) && !obliged(tokens, i, g, groups)) {
                start = i + len;
                break;
            }
        }
        int end = tokens.size();
        for (int i = triggerEnd; i < tokens.size(); i++) {
            if (g.boundaries.matchAt(tokens, i) > 0) {
                end = i;
                break;
            }
        }
        return new int[] {start, end};
    }

    /**
     * When token i is a comma closing an aside that a comma opens and a parenthetical phrase begins
     * (, в свою очередь,) or that is one participant, an apposition (Pakistan's ambassador, Shafqat
     * Ali Khan, met ...), the opening comma's index; else 0. Right before the trigger (or the verb
     * governing it), an aside with no boundary word in it is an apposition too, whoever it names (The US
     * commander, General David Petraeus, held talks).
     */
    private static int aside(List<Token> tokens, int i, boolean beforeTrigger, EventGrammar g,
                             List<Participants.Group> groups) {
        if (!tokens.get(i).norm().equals(",")) {
            return 0;
        }
        for (int open = i - 2; open >= Math.max(1, i - ASIDE); open--) {
            if (tokens.get(open).norm().equals(",")) {
                // the aside opens with a parenthetical phrase (по сообщению северокорейского агентства)
                boolean parenthetical = g.parentheticals.matchAt(tokens, open + 1) > 0;
                return parenthetical || apposition(groups, open + 1, i)
                        || beforeTrigger && noBoundary(tokens, open + 1, i, g) ? open : 0;
            }
        }
        return 0;
    }

    private static boolean noBoundary(List<Token> tokens, int from, int to, EventGrammar g) {
        for (int k = from; k < to; k++) {
            if (g.boundaries.matchAt(tokens, k) > 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean apposition(List<Participants.Group> groups, int from, int to) {
        for (Participants.Group grp : groups) {
            if (grp.start() == from && grp.end() == to && grp.preposition() == null) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the "that" at token i follows a frame of obligation whose subject is the doer of the
     * verb after it: a word of obligation (كوريا الشمالية يجب أن), or a group after "on" that opens its
     * clause or follows such a word (على إيران أن، يتعين على إيران أن).
     */
    private static boolean obliged(List<Token> tokens, int i, EventGrammar g, List<Participants.Group> groups) {
        if (tokens.get(i).kind() != Token.Kind.WORD) {
            // only "that" joins them, no comma
            return false;
        }
        if (endsAt(g.obligations, tokens, i)) {
            return true;
        }
        for (Participants.Group grp : groups) {
            if (grp.end() == i && "on".equals(grp.preposition())) {
                int on = grp.start() - 1;
                return on == 0 || on > 0 && (endsAt(g.obligations, tokens, on) || endsAt(g.boundaries, tokens, on));
            }
        }
        return false;
    }

    /** True when a phrase of the set ends right before token i. */
    private static boolean endsAt(WordSet words, List<Token> tokens, int i) {
        for (int j = Math.max(0, i - 3); j < i; j++) {
            if (words.matchAt(tokens, j) == i - j) {
                return true;
            }
        }
        return false;
    }

    /** True when a boundary at token i lies inside a group of participants. */
    private static boolean inside(List<Participants.Group> groups, int i) {
        for (Participants.Group grp : groups) {
            if (grp.start() < i && i < grp.end()) {
                return true;
            }
        }
        return false;
    }
}
