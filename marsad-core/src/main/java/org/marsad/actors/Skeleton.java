package org.marsad.actors;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.marsad.data.DataFile;

/**
 * The consonant skeleton of a word, the same in Latin, Cyrillic and Arabic script (Зеленский,
 * Zelensky, زيلينسكي: slnsk), from {@code actors/skeleton.tsv}: letters and Latin letter groups
 * mapped to skeleton letters, the longest group first; other letters dropped, digits kept,
 * repeats counted once.
 */
public final class Skeleton {
    private static Skeleton bundled;

    private final LetterGroups groups;

    Skeleton(Map<String, String> map) {
        this.groups = new LetterGroups(map);
    }

    public static synchronized Skeleton bundled() {
        if (bundled == null) {
            bundled = load(DataFile.resource("actors/skeleton.tsv"));
        }
        return bundled;
    }

    static Skeleton load(List<DataFile.Row> rows) {
        Map<String, String> map = new HashMap<>();
        for (DataFile.Row row : rows) {
            if (row.size() != 2 || row.get(0).isEmpty() || row.get(1).isEmpty()) {
                throw row.error("expected FROM<TAB>TO");
            }
            if (map.put(row.get(0), row.get(1)) != null) {
                throw row.error("'" + row.get(0) + "' is listed twice");
            }
        }
        return new Skeleton(map);
    }

    /** The skeleton of a lower-cased, normalised word. */
    public String of(String word) {
        return groups.rewrite(word, Character::isDigit);
    }
}
