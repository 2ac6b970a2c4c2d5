package org.marsad.ner.corpus;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.marsad.data.DataFile;

/**
 * How a corpus format's entity types become Marsad's PER, ORG, LOC and MISC, from
 * {@code ner/types.tsv}: rows {@code FORMAT<TAB>TYPE<TAB>TARGET}, TARGET one of the four or
 * {@code -} to leave the type out. Where a format's names nest, a type listed earlier wins
 * among names of the same extent. Types the table lacks are left out and remembered, so that a
 * command can say which.
 */
public final class TypeMap {
    private static final Set<String> TARGETS = Set.of("PER", "ORG", "LOC", "MISC", "-");

    private final Map<String, String> targets;
    private final Map<String, Integer> ranks;
    private final Set<String> unknown = new TreeSet<>();

    private TypeMap(Map<String, String> targets, Map<String, Integer> ranks) {
        this.targets = targets;
        this.ranks = ranks;
    }

    /** The bundled table's rows for one format. */
    public static TypeMap bundled(String format) {
        return of(DataFile.resource("ner/types.tsv"), format);
    }

    static TypeMap of(List<DataFile.Row> rows, String format) {
        Map<String, String> targets = new HashMap<>();
        Map<String, Integer> ranks = new HashMap<>();
        for (DataFile.Row row : rows) {
            if (row.size() != 3) {
                throw row.error("expected FORMAT, TYPE and TARGET");
            }
            if (!TARGETS.contains(row.get(2))) {
                throw row.error("target must be PER, ORG, LOC, MISC or -, not '" + row.get(2) + "'");
            }
            if (row.get(0).equals(format)) {
                targets.put(row.get(1), row.get(2));
                ranks.put(row.get(1), ranks.size());
            }
        }
        return new TypeMap(targets, ranks);
    }

    /** Marsad's type for a corpus type, or null when it is left out. */
    public String target(String type) {
        String t = targets.get(type);
        if (t == null) {
            synchronized (unknown) {
                unknown.add(type);
            }
            return null;
        }
        return t.equals("-") ? null : t;
    }

    /** Order of precedence among types of names with the same extent: lower wins. */
    int rank(String type) {
        return ranks.getOrDefault(type, Integer.MAX_VALUE);
    }

    /** Types met that the table doesn't list. */
    public Set<String> unknown() {
        synchronized (unknown) {
            return Set.copyOf(unknown);
        }
    }
}
