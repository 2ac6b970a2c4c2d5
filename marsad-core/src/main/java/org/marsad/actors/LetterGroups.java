package org.marsad.actors;

import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Rewrites a word by a table of letters and letter groups, the longest group at each position
 * first, a letter repeated in the result counted once: what {@link Skeleton} and {@link LatinKey}
 * both do, with their own tables and their own rule for letters the table does not list.
 */
final class LetterGroups {
    private final Map<String, String> map;
    private final int longest;

    LetterGroups(Map<String, String> map) {
        this.map = Map.copyOf(map);
        int max = 1;
        for (String k : map.keySet()) {
            max = Math.max(max, k.length());
        }
        this.longest = max;
    }

    /** The word rewritten; a letter the table does not list is kept when {@code keep} says so. */
    String rewrite(String word, IntPredicate keep) {
        StringBuilder out = new StringBuilder(word.length());
        int i = 0;
        while (i < word.length()) {
            String to = null;
            int len = Math.min(longest, word.length() - i);
            for (; len > 0; len--) {
                to = map.get(word.substring(i, i + len));
                if (to != null) {
                    break;
                }
            }
            if (to == null) {
                char c = word.charAt(i);
                to = keep.test(c) ? String.valueOf(c) : "";
                len = 1;
            }
            for (int k = 0; k < to.length(); k++) {
                char c = to.charAt(k);
                if (out.length() == 0 || out.charAt(out.length() - 1) != c) {
                    out.append(c);
                }
            }
            i += len;
        }
        return out.toString();
    }
}
