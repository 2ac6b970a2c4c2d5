package org.marsad.time;

import java.util.ArrayList;
import java.util.List;

/** A rule matched over tokens: its pieces in order; the extent is the span of its non-context pieces. */
record Match(Rule rule, List<Piece> pieces) {

    Match {
        pieces = List.copyOf(pieces);
    }

    int start() {
        for (Piece p : pieces) {
            if (!p.context()) {
                return p.start();
            }
        }
        throw new IllegalStateException("match without content");
    }

    int end() {
        for (int k = pieces.size() - 1; k >= 0; k--) {
            if (!pieces.get(k).context()) {
                return pieces.get(k).end();
            }
        }
        throw new IllegalStateException("match without content");
    }

    /** Clitics to leave off the extent's first token. */
    int drop() {
        for (Piece p : pieces) {
            if (!p.context()) {
                return p.drop();
            }
        }
        return 0;
    }

    /**
     * True when something in the match is a time word on its own: a number or a lexicon form
     * not marked weak (~). Weak words (مارس, May, the future) also count when context licensed them.
     */
    boolean anchored() {
        for (Piece p : pieces) {
            if (p.context() || p.category() != null && !p.weak()) {
                return true;
            }
        }
        return false;
    }

    /** Bounds the readings of one rule at one token, whatever the data says. */
    private static final int MAX_PER_START = 32;

    /** The matches of a rule starting at token i, longest readings first (elements are tried before skipped). */
    static List<Match> find(Rule rule, Lattice lattice, int i) {
        List<Match> out = new ArrayList<>();
        walk(rule, lattice, 0, i, new ArrayList<>(), out);
        return out;
    }

    private static void walk(Rule rule, Lattice lattice, int k, int pos, List<Piece> path, List<Match> out) {
        if (out.size() >= MAX_PER_START) {
            return;
        }
        List<Rule.Element> elements = rule.elements();
        if (k == elements.size()) {
            if (path.stream().anyMatch(p -> !p.context())) {
                out.add(new Match(rule, path));
            }
            return;
        }
        Rule.Element element = elements.get(k);
        if (pos < lattice.size()) {
            for (Rule.Alt alt : element.alts()) {
                if (alt.category() == null) {
                    Integer drop = lattice.drop(pos, alt.literal());
                    if (drop != null) {
                        path.add(new Piece(null, alt.literal(), pos, pos + 1, false, drop, element.context()));
                        walk(rule, lattice, k + 1, pos + 1, path, out);
                        path.remove(path.size() - 1);
                    }
                    continue;
                }
                for (Lattice.Edge e : lattice.edgesAt(pos)) {
                    if (e.category().equals(alt.category()) && alt.accepts(e.value())) {
                        path.add(new Piece(e.category(), e.value(), e.start(), e.end(), e.weak(), e.drop(),
                                element.context()));
                        walk(rule, lattice, k + 1, e.end(), path, out);
                        path.remove(path.size() - 1);
                    }
                }
            }
        }
        if (element.optional()) {
            walk(rule, lattice, k + 1, pos, path, out);
        }
    }
}
