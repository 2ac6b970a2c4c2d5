package org.marsad.text;

import java.text.Normalizer;

/**
 * Unicode NFC, then a per-language {@link CharMap} (letter variants, digits, marks to delete),
 * keeping an offset map back to the original. NFC runs per base character and its marks, so
 * every normalised char knows the original cluster it came from.
 */
public final class Normaliser {
    private final CharMap map;

    public Normaliser(CharMap map) {
        this.map = map;
    }

    public NormalisedText normalise(String original, int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        int[] starts = new int[to - from + 8];
        int[] ends = new int[to - from + 8];
        int n = 0;
        int i = from;
        while (i < to) {
            int clusterEnd = clusterEnd(original, i, to);
            String cluster = original.substring(i, clusterEnd);
            if (!Normalizer.isNormalized(cluster, Normalizer.Form.NFC)) {
                cluster = Normalizer.normalize(cluster, Normalizer.Form.NFC);
            }
            for (int k = 0; k < cluster.length(); ) {
                int cp = cluster.codePointAt(k);
                k += Character.charCount(cp);
                String repl = map.get(cp);
                CharSequence piece = repl != null ? repl : new String(Character.toChars(cp));
                for (int c = 0; c < piece.length(); c++) {
                    if (n == starts.length) {
                        starts = java.util.Arrays.copyOf(starts, n * 2);
                        ends = java.util.Arrays.copyOf(ends, n * 2);
                    }
                    out.append(piece.charAt(c));
                    starts[n] = i;
                    ends[n] = clusterEnd;
                    n++;
                }
            }
            i = clusterEnd;
        }
        return new NormalisedText(out.toString(), java.util.Arrays.copyOf(starts, n), java.util.Arrays.copyOf(ends, n));
    }

    /** A base code point and the combining marks after it. */
    private static int clusterEnd(String s, int i, int to) {
        int j = i + Character.charCount(s.codePointAt(i));
        while (j < to) {
            int cp = s.codePointAt(j);
            int type = Character.getType(cp);
            if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                    && type != Character.ENCLOSING_MARK) {
                break;
            }
            j += Character.charCount(cp);
        }
        return j;
    }
}
