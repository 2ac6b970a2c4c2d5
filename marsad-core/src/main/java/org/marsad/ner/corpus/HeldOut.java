package org.marsad.ner.corpus;

import java.util.ArrayList;
import java.util.List;

import org.marsad.ner.TaggedSentence;

/**
 * Splits a corpus into a training part and a held-out slice, the same way every time: the corpus
 * is cut into units (a document, or pieces of {@value #PIECE} sentences of a long document, which
 * NewsFANE is), and every n-th unit is held out. Whole units keep a document's repeated names on
 * one side.
 */
public final class HeldOut {
    static final int PIECE = 25;

    private HeldOut() {
    }

    /** The units a slice 1 in n keeps out (n = 0: none), each unit's sentences together. */
    public static List<List<TaggedSentence>> training(List<TaggedDocument> docs, int n) {
        return pick(docs, n, false);
    }

    /** Every n-th unit (n = 0 or 1: all). */
    public static List<List<TaggedSentence>> heldOut(List<TaggedDocument> docs, int n) {
        return n <= 1 ? pick(docs, 0, false) : pick(docs, n, true);
    }

    private static List<List<TaggedSentence>> pick(List<TaggedDocument> docs, int n, boolean held) {
        List<List<TaggedSentence>> out = new ArrayList<>();
        int unit = 0;
        for (TaggedDocument d : docs) {
            List<TaggedSentence> s = d.sentences();
            int size = s.size() > 2 * PIECE ? PIECE : Math.max(1, s.size());
            for (int from = 0; from < s.size(); from += size) {
                boolean out1 = n > 1 && unit % n == n - 1;
                if (out1 == held) {
                    out.add(s.subList(from, Math.min(s.size(), from + size)));
                }
                unit++;
            }
        }
        return out;
    }
}
