package org.marsad.ner;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Entity-level precision, recall and F1 the way conlleval counts them: a name is right when its
 * extent and type both match a gold name. The overall figures count PER, ORG and LOC; MISC, which
 * corpora define too differently to compare, is reported on its own line.
 */
public final class NerScore {
    /** Types the overall figures count. */
    public static final Set<String> MAIN = Set.of("PER", "ORG", "LOC");

    private final Map<String, int[]> byType = new TreeMap<>();
    private long tokens;
    private long correctTokens;

    /** Counts one sentence: gold and predicted tags, one per token. */
    public void add(List<String> gold, List<String> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException(gold.size() + " gold tags but " + predicted.size() + " predicted");
        }
        for (int i = 0; i < gold.size(); i++) {
            tokens++;
            if (gold.get(i).equals(predicted.get(i))) {
                correctTokens++;
            }
        }
        Set<Chunk> goldChunks = new HashSet<>(Chunk.of(gold));
        for (Chunk c : goldChunks) {
            counts(c.type())[0]++;
        }
        for (Chunk c : Chunk.of(predicted)) {
            int[] n = counts(c.type());
            n[1]++;
            if (goldChunks.contains(c)) {
                n[2]++;
            }
        }
    }

    private int[] counts(String type) {
        return byType.computeIfAbsent(type, k -> new int[3]);
    }

    /** Gold names, found names and correct names of the main types together. */
    private int[] main() {
        int[] sum = new int[3];
        for (Map.Entry<String, int[]> e : byType.entrySet()) {
            if (MAIN.contains(e.getKey())) {
                for (int k = 0; k < 3; k++) {
                    sum[k] += e.getValue()[k];
                }
            }
        }
        return sum;
    }

    public double precision() {
        int[] m = main();
        return m[1] == 0 ? 0 : (double) m[2] / m[1];
    }

    public double recall() {
        int[] m = main();
        return m[0] == 0 ? 0 : (double) m[2] / m[0];
    }

    public double f1() {
        return f1(main());
    }

    /** F1 of one type, 0 when it never occurs. */
    public double f1(String type) {
        return f1(byType.getOrDefault(type, new int[3]));
    }

    private static double f1(int[] n) {
        double p = n[1] == 0 ? 0 : (double) n[2] / n[1];
        double r = n[0] == 0 ? 0 : (double) n[2] / n[0];
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** A conlleval-style report. */
    public String report() {
        int[] m = main();
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "processed %d tokens with %d phrases; found: %d phrases; correct: %d (PER, ORG, LOC)%n",
                tokens, m[0], m[1], m[2]));
        b.append(String.format(Locale.ROOT, "accuracy: %6.2f%%; precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f%n",
                100.0 * correctTokens / Math.max(1, tokens), 100 * precision(), 100 * recall(), 100 * f1()));
        for (Map.Entry<String, int[]> e : byType.entrySet()) {
            int[] n = e.getValue();
            b.append(String.format(Locale.ROOT, "%17s: precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f  gold %d, found %d%s%n",
                    e.getKey(), n[1] == 0 ? 0.0 : 100.0 * n[2] / n[1], n[0] == 0 ? 0.0 : 100.0 * n[2] / n[0],
                    100 * f1(n), n[0], n[1], MAIN.contains(e.getKey()) ? "" : " (not in the overall figures)"));
        }
        return b.toString();
    }
}
