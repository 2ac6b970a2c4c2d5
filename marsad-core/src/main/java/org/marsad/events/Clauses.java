package org.marsad.events;

import java.util.List;

import org.marsad.model.Token;

/** The clause around a trigger: the words between the nearest clause boundaries on either side. */
final class Clauses {
    private Clauses() {
    }

    /** {start, end} token indices of the clause holding tokens [triggerStart, triggerEnd). */
    static int[] around(List<Token> tokens, int triggerStart, int triggerEnd, EventGrammar g) {
        int start = 0;
        for (int i = triggerStart - 1; i >= 0; i--) {
            int len = g.boundaries.matchAt(tokens, i);
            if (len > 0) {
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
}
