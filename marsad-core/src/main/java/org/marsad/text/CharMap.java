package org.marsad.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.marsad.data.DataFile;

/**
 * Code-point replacements read from a normalisation table ({@code lang/XX/normalise.tsv}).
 * Each row is {@code FROM<TAB>TO}: FROM a character, {@code U+XXXX} or a range
 * {@code U+XXXX..U+YYYY}; TO a replacement string, a {@code U+XXXX} sequence, or empty to delete.
 */
public final class CharMap {
    private final Map<Integer, String> map;

    private CharMap(Map<Integer, String> map) {
        this.map = Map.copyOf(map);
    }

    public static CharMap load(List<DataFile.Row> rows) {
        Map<Integer, String> map = new HashMap<>();
        for (DataFile.Row row : rows) {
            String from = row.get(0);
            String to = decode(row, row.get(1));
            int lo;
            int hi;
            int dots = from.indexOf("..");
            if (dots > 0) {
                lo = codePoint(row, from.substring(0, dots));
                hi = codePoint(row, from.substring(dots + 2));
            } else {
                lo = hi = codePoint(row, from);
            }
            if (hi < lo) {
                throw row.error("range goes backwards: " + from);
            }
            for (int cp = lo; cp <= hi; cp++) {
                map.put(cp, to);
            }
        }
        return new CharMap(map);
    }

    /** The replacement for a code point, or null when it stays as it is. */
    public String get(int codePoint) {
        return map.get(codePoint);
    }

    public CharMap with(CharMap other) {
        Map<Integer, String> merged = new HashMap<>(map);
        merged.putAll(other.map);
        return new CharMap(merged);
    }

    private static int codePoint(DataFile.Row row, String s) {
        if (s.startsWith("U+")) {
            try {
                return Integer.parseInt(s.substring(2), 16);
            } catch (NumberFormatException e) {
                throw row.error("bad code point " + s);
            }
        }
        if (s.codePointCount(0, s.length()) != 1) {
            throw row.error("expected one character or U+XXXX, got '" + s + "'");
        }
        return s.codePointAt(0);
    }

    private static String decode(DataFile.Row row, String s) {
        if (!s.startsWith("U+")) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        for (String part : s.split(" ")) {
            sb.appendCodePoint(codePoint(row, part));
        }
        return sb.toString();
    }
}
