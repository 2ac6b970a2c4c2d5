package org.marsad.actors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.marsad.data.DataFile;

/**
 * Latin keys of names and the distance between them, from {@code actors/translit/latin-key.tsv}:
 * a lower-case Latin name split into words, each folded (kh and the х of Хан both x, sh š, q k, y
 * i, a doubled letter once), particles left out; an edit distance in which a vowel, an h or a
 * swap within a group of near letters is cheap, so that muhammad meets mohammed and mhmd.
 */
public final class LatinKey {
    private static LatinKey bundled;

    /** Letters with costs of their own are numbered from 1 (for the cost tables); others are 0. */
    private static final int INDEXED = 0x250;

    private final LetterGroups fold;
    private final Set<String> particles;
    private final Map<Character, Character> groups;
    private final int[] index = new int[INDEXED];
    private final double[][] near;
    private final double[] soft;

    private LatinKey(Map<String, String> fold, Map<Long, Double> near, Map<Character, Double> soft,
                     Set<String> particles, Map<Character, Character> groups) {
        this.fold = new LetterGroups(fold);
        this.groups = Map.copyOf(groups);
        this.particles = Set.copyOf(particles);
        int n = 1;
        for (long pair : near.keySet()) {
            n = number((char) (pair >>> 16), n);
            n = number((char) (pair & 0xFFFF), n);
        }
        for (char c : soft.keySet()) {
            n = number(c, n);
        }
        this.near = new double[n][n];
        this.soft = new double[n];
        for (int i = 0; i < n; i++) {
            Arrays.fill(this.near[i], 1.0);
            this.near[i][i] = 0;
        }
        Arrays.fill(this.soft, 1.0);
        near.forEach((pair, cost) -> this.near[index[(char) (pair >>> 16)]][index[(char) (pair & 0xFFFF)]] = cost);
        soft.forEach((c, cost) -> this.soft[index[c]] = cost);
    }

    private int number(char c, int next) {
        if (index[c] == 0) {
            index[c] = next++;
        }
        return next;
    }

    public static synchronized LatinKey bundled() {
        if (bundled == null) {
            bundled = load(DataFile.resource("actors/translit/latin-key.tsv"));
        }
        return bundled;
    }

    static LatinKey load(List<DataFile.Row> rows) {
        Map<String, String> fold = new HashMap<>();
        Map<Long, Double> near = new HashMap<>();
        Map<Character, Double> soft = new HashMap<>();
        Set<String> particles = new HashSet<>();
        Map<Character, Character> groups = new HashMap<>();
        for (DataFile.Row row : rows) {
            switch (row.get(0)) {
                case "fold" -> {
                    if (row.size() != 3 || row.get(1).isEmpty() || fold.put(row.get(1), row.get(2)) != null) {
                        throw row.error("expected fold<TAB>FROM<TAB>TO, FROM listed once");
                    }
                }
                case "near" -> {
                    String letters = letters(row);
                    double cost = cost(row);
                    join(groups, letters);
                    for (int i = 0; i < letters.length(); i++) {
                        for (int j = 0; j < letters.length(); j++) {
                            near.merge(pair(letters.charAt(i), letters.charAt(j)), cost, Math::min);
                        }
                    }
                }
                case "soft" -> {
                    String letters = letters(row);
                    double cost = cost(row);
                    for (int i = 0; i < letters.length(); i++) {
                        soft.merge(letters.charAt(i), cost, Math::min);
                    }
                }
                case "particle" -> {
                    if (row.size() != 2 || row.get(1).isEmpty()) {
                        throw row.error("expected particle<TAB>WORD");
                    }
                    particles.add(row.get(1));
                }
                default -> throw row.error("expected fold, near, soft or particle");
            }
        }
        return new LatinKey(fold, near, soft, particles, groups);
    }

    /** Puts the letters into one group with every group they share a letter with. */
    private static void join(Map<Character, Character> groups, String letters) {
        char to = root(groups, letters.charAt(0));
        for (int i = 1; i < letters.length(); i++) {
            char from = root(groups, letters.charAt(i));
            if (from != to) {
                for (Map.Entry<Character, Character> e : groups.entrySet()) {
                    if (e.getValue() == from) {
                        e.setValue(to);
                    }
                }
                groups.put(from, to);
            }
        }
    }

    private static char root(Map<Character, Character> groups, char c) {
        return groups.computeIfAbsent(c, k -> k);
    }

    /** The letter standing for the group of near letters this one belongs to (itself when none). */
    public char group(char c) {
        return groups.getOrDefault(c, c);
    }

    private static String letters(DataFile.Row row) {
        if (row.size() != 3 || row.get(1).isEmpty()) {
            throw row.error("expected " + row.get(0) + "<TAB>LETTERS<TAB>COST");
        }
        for (int i = 0; i < row.get(1).length(); i++) {
            if (row.get(1).charAt(i) >= INDEXED) {
                throw row.error("'" + row.get(1).charAt(i) + "' is no Latin letter");
            }
        }
        return row.get(1);
    }

    private static double cost(DataFile.Row row) {
        try {
            double c = Double.parseDouble(row.get(2));
            if (c >= 0 && c <= 1) {
                return c;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw row.error("COST must be a number from 0 to 1");
    }

    private static long pair(char a, char b) {
        return ((long) a << 16) | b;
    }

    /** The folded words of a lower-case Latin name, particles left out. */
    public List<String> words(String latin) {
        List<String> out = new ArrayList<>(4);
        int i = 0;
        while (i < latin.length()) {
            int j = i;
            while (j < latin.length() && isLetter(latin.charAt(j))) {
                j++;
            }
            if (j > i) {
                String word = latin.substring(i, j);
                if (!particles.contains(word)) {
                    String key = fold.rewrite(word, c -> true);
                    if (!key.isEmpty()) {
                        out.add(key);
                    }
                }
                i = j;
            } else {
                i++;
            }
        }
        return out;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || c == '\'';
    }

    /** The edit distance between two folded words, cheap edits counted at their cost. */
    public double distance(String a, String b) {
        return distance(a, b, 1);
    }

    /** The edit distance with the cost of adding or leaving out a letter multiplied by {@code scale} (up to 1). */
    public double distance(String a, String b, double scale) {
        double[] prev = new double[b.length() + 1];
        double[] cur = new double[b.length() + 1];
        for (int j = 1; j <= b.length(); j++) {
            prev[j] = prev[j - 1] + indel(indexOf(b.charAt(j - 1)), scale);
        }
        for (int i = 1; i <= a.length(); i++) {
            char ca = a.charAt(i - 1);
            int ia = indexOf(ca);
            double drop = indel(ia, scale);
            cur[0] = prev[0] + drop;
            for (int j = 1; j <= b.length(); j++) {
                char cb = b.charAt(j - 1);
                int ib = indexOf(cb);
                double swap = prev[j - 1] + (ca == cb ? 0 : ia == 0 || ib == 0 ? 1 : near[ia][ib]);
                cur[j] = Math.min(swap, Math.min(prev[j] + drop, cur[j - 1] + indel(ib, scale)));
            }
            double[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private double indel(int letter, double scale) {
        return Math.min(1, soft[letter] * scale);
    }

    private int indexOf(char c) {
        return c < INDEXED ? index[c] : 0;
    }
}
