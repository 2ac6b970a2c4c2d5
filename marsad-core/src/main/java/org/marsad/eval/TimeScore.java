package org.marsad.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.marsad.eval.TimeMlDocument.Timex;

/**
 * Counts for scoring time expressions the TempEval-3 way. Strict: a system expression with
 * exactly a gold extent. Relaxed: system and gold expressions that overlap, paired one to one.
 * Value: a relaxed pair whose values are equal. Precision divides by the system's expressions,
 * recall by the gold ones, for all three.
 */
public record TimeScore(int gold, int system, int strict, int relaxed, int value) {
    public static final TimeScore ZERO = new TimeScore(0, 0, 0, 0, 0);

    /** Precision, recall and F1 of one measure. */
    public record Prf(double precision, double recall, double f1) {
        static Prf of(int correct, int system, int gold) {
            double p = system == 0 ? 0 : (double) correct / system;
            double r = gold == 0 ? 0 : (double) correct / gold;
            return new Prf(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "P %.3f  R %.3f  F1 %.3f", precision, recall, f1);
        }
    }

    /** The score of one document's system expressions against its gold ones. */
    public static TimeScore of(List<Timex> gold, List<Timex> system) {
        Alignment a = align(gold, system);
        int strict = 0;
        int value = 0;
        for (int g = 0; g < gold.size(); g++) {
            int s = a.systemOf[g];
            if (s < 0) {
                continue;
            }
            if (gold.get(g).span().equals(system.get(s).span())) {
                strict++;
            }
            if (gold.get(g).value().equals(system.get(s).value())) {
                value++;
            }
        }
        return new TimeScore(gold.size(), system.size(), strict, a.pairs, value);
    }

    /**
     * One-to-one pairs of overlapping expressions: exact extents first, so that a strict match is
     * never lost to a neighbour, then the rest in text order, each gold taking the overlapping
     * system expression that shares the most characters with it.
     */
    public static Alignment align(List<Timex> gold, List<Timex> system) {
        int[] systemOf = new int[gold.size()];
        int[] goldOf = new int[system.size()];
        Arrays.fill(systemOf, -1);
        Arrays.fill(goldOf, -1);
        int pairs = 0;
        for (int g = 0; g < gold.size(); g++) {
            for (int s = 0; s < system.size(); s++) {
                if (goldOf[s] < 0 && gold.get(g).span().equals(system.get(s).span())) {
                    systemOf[g] = s;
                    goldOf[s] = g;
                    pairs++;
                    break;
                }
            }
        }
        for (int g = 0; g < gold.size(); g++) {
            if (systemOf[g] >= 0) {
                continue;
            }
            int best = -1;
            int bestShared = 0;
            for (int s = 0; s < system.size(); s++) {
                int shared = shared(gold.get(g), system.get(s));
                if (goldOf[s] < 0 && shared > bestShared) {
                    best = s;
                    bestShared = shared;
                }
            }
            if (best >= 0) {
                systemOf[g] = best;
                goldOf[best] = g;
                pairs++;
            }
        }
        return new Alignment(systemOf, goldOf, pairs);
    }

    /** Which system expression each gold one is paired with and back (-1 for none). */
    public record Alignment(int[] systemOf, int[] goldOf, int pairs) {
    }

    private static int shared(Timex a, Timex b) {
        return Math.max(0, Math.min(a.span().end(), b.span().end()) - Math.max(a.span().start(), b.span().start()));
    }

    public TimeScore plus(TimeScore o) {
        return new TimeScore(gold + o.gold, system + o.system, strict + o.strict, relaxed + o.relaxed, value + o.value);
    }

    public Prf strictExtent() {
        return Prf.of(strict, system, gold);
    }

    public Prf relaxedExtent() {
        return Prf.of(relaxed, system, gold);
    }

    public Prf valueScore() {
        return Prf.of(value, system, gold);
    }

    /** Three lines: strict and relaxed extent, value. */
    public List<String> report() {
        List<String> lines = new ArrayList<>();
        lines.add("strict extent   " + strictExtent());
        lines.add("relaxed extent  " + relaxedExtent());
        lines.add("value           " + valueScore());
        return lines;
    }
}
