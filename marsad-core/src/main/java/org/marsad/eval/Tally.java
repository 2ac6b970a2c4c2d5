package org.marsad.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Counts of true positives, false positives and false negatives, overall and per label (a CAMEO
 * root, a PLOVER type), with precision, recall and F1.
 */
public final class Tally {
    /** Counts of one label. */
    public static final class Counts {
        private int tp;
        private int fp;
        private int fn;

        public int tp() {
            return tp;
        }

        public int fp() {
            return fp;
        }

        public int fn() {
            return fn;
        }

        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        /** "P 0.50 R 0.25 F1 0.33 (tp 1, fp 1, fn 3)". */
        public String line() {
            return String.format(Locale.ROOT, "P %.2f R %.2f F1 %.2f (tp %d, fp %d, fn %d)",
                    precision(), recall(), f1(), tp, fp, fn);
        }
    }

    private final Counts all = new Counts();
    private final Map<String, Counts> byLabel = new TreeMap<>();

    public void truePositive(String label) {
        all.tp++;
        of(label).tp++;
    }

    public void falsePositive(String label) {
        all.fp++;
        of(label).fp++;
    }

    public void falseNegative(String label) {
        all.fn++;
        of(label).fn++;
    }

    /**
     * Counts one sentence: each gold item, in order, takes the first found item it matches that no
     * earlier gold item took (a true positive under the gold item's label) or is missed; found items
     * left over are false positives under their own labels.
     */
    public <G, F> void count(List<G> gold, List<F> found, BiPredicate<G, F> matches, Function<G, String> goldLabel,
                             Function<F, String> foundLabel) {
        List<F> left = new ArrayList<>(found);
        for (G g : gold) {
            F hit = null;
            for (F f : left) {
                if (matches.test(g, f)) {
                    hit = f;
                    break;
                }
            }
            if (hit == null) {
                falseNegative(goldLabel.apply(g));
            } else {
                left.remove(hit);
                truePositive(goldLabel.apply(g));
            }
        }
        for (F f : left) {
            falsePositive(foundLabel.apply(f));
        }
    }

    /** Lines "LABEL  gold N  found N  P .. R .. F1 ..", one per label. */
    public List<String> table() {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Counts> e : byLabel.entrySet()) {
            Counts c = e.getValue();
            out.add(String.format(Locale.ROOT, "  %-10s gold %4d  found %4d  %s", e.getKey(), c.tp + c.fn, c.tp + c.fp,
                    c.line()));
        }
        return out;
    }

    public Counts overall() {
        return all;
    }

    /** Counts by label, labels in sorted order. */
    public Map<String, Counts> byLabel() {
        return Collections.unmodifiableMap(byLabel);
    }

    private Counts of(String label) {
        return byLabel.computeIfAbsent(label, k -> new Counts());
    }
}
