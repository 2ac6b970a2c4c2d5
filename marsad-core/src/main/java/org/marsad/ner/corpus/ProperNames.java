package org.marsad.ner.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.marsad.ner.Chunk;
import org.marsad.ner.TaggedSentence;

/**
 * Keeps only proper names in a corpus that also marks descriptions and pronouns (re3d's "the
 * group", "their supporters", "We", "he"), as CoNLL-style data does: words without a capital
 * letter are trimmed off both ends of each name, words the corpus also writes in lower case off
 * the start of a person's name (Prime Minister; UN Special Envoy before Staffan de Mistura), and a
 * name is left out when each of its words is such a word (He: he, The Coalition: the, coalition).
 * Which words the corpus writes in lower case is learnt from the whole corpus, so that a held-out
 * slice is cleaned as the training part is. A name's first word at the start of a sentence goes
 * too when the corpus writes it in lower case far more often than capitalised inside a sentence
 * (The at the start of "The US State Department said", as "the" goes inside a sentence; Bank of
 * England keeps its Bank). In a script without letter case nothing changes.
 */
public final class ProperNames {
    private ProperNames() {
    }

    /** How many times more often a word stands in lower case than capitalised inside a sentence to be a common word. */
    private static final int COMMON = 20;

    public static List<TaggedDocument> clean(List<TaggedDocument> docs) {
        Set<String> lowerWords = new HashSet<>();
        Map<String, Integer> lowerCounts = new HashMap<>();
        Map<String, Integer> capitalInside = new HashMap<>();
        for (TaggedDocument d : docs) {
            for (TaggedSentence s : d.sentences()) {
                for (int i = 0; i < s.size(); i++) {
                    String w = s.words().get(i);
                    if (lowerOnly(w)) {
                        lowerWords.add(w);
                        lowerCounts.merge(w, 1, Integer::sum);
                    } else if (i > 0 && hasUpper(w)) {
                        capitalInside.merge(w.toLowerCase(Locale.ROOT), 1, Integer::sum);
                    }
                }
            }
        }
        Set<String> common = new HashSet<>();
        lowerCounts.forEach((w, n) -> {
            if (n >= COMMON * (1 + capitalInside.getOrDefault(w, 0))) {
                common.add(w);
            }
        });
        List<TaggedDocument> out = new ArrayList<>(docs.size());
        for (TaggedDocument d : docs) {
            out.add(new TaggedDocument(d.name(), clean(d.sentences(), lowerWords, common)));
        }
        return out;
    }

    private static List<TaggedSentence> clean(List<TaggedSentence> sentences, Set<String> lowerWords, Set<String> common) {
        List<TaggedSentence> out = new ArrayList<>(sentences.size());
        for (TaggedSentence s : sentences) {
            List<Chunk> kept = new ArrayList<>();
            for (Chunk c : Chunk.of(s.tags())) {
                int start = c.start();
                int end = c.end();
                while (start < end && lowerOnly(s.words().get(start))) {
                    start++;
                }
                while (end > start && lowerOnly(s.words().get(end - 1))) {
                    end--;
                }
                if (start == 0 && end > 1 && common.contains(s.words().get(0).toLowerCase(Locale.ROOT))) {
                    start = 1;
                }
                int firstProper = start;
                while (firstProper < end && lowerWords.contains(s.words().get(firstProper).toLowerCase(Locale.ROOT))) {
                    firstProper++;
                }
                if (firstProper < end && c.type().equals("PER")) {
                    // a title before a person's name is not part of it, whatever stands before the title
                    // (UN Special Envoy Staffan de Mistura); a name's own last word may be a common word (May)
                    for (int k = end - 2; k > firstProper; k--) {
                        String w = s.words().get(k);
                        if (hasUpper(w) && lowerWords.contains(w.toLowerCase(Locale.ROOT))) {
                            firstProper = k + 1;
                            break;
                        }
                    }
                    if (!lowerOnly(s.words().get(firstProper))) {
                        kept.add(new Chunk(firstProper, end, c.type()));
                    }
                } else if (firstProper < end) {
                    // an organisation's first word is part of it (Bank of England)
                    kept.add(new Chunk(start, end, c.type()));
                }
            }
            out.add(new TaggedSentence(s.words(), Chunk.tags(s.size(), kept)));
        }
        return out;
    }

    private static boolean lowerOnly(String w) {
        return hasLower(w) && !hasUpper(w);
    }

    private static boolean hasLower(String w) {
        return w.codePoints().anyMatch(Character::isLowerCase);
    }

    private static boolean hasUpper(String w) {
        return w.codePoints().anyMatch(Character::isUpperCase);
    }
}
