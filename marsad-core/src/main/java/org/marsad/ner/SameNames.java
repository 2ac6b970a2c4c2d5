package org.marsad.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.marsad.model.Token;

/**
 * One name, one type in a document: where the model gives the same words different types in
 * different sentences (Datecs a person here, an organisation there), every occurrence takes the
 * type most of them have. A tie changes nothing.
 */
final class SameNames {
    private SameNames() {
    }

    static void unify(List<List<Token>> sentences, List<List<String>> tags) {
        Map<String, Map<String, Integer>> votes = new HashMap<>();
        for (int s = 0; s < sentences.size(); s++) {
            for (Chunk c : Chunk.of(tags.get(s))) {
                votes.computeIfAbsent(key(sentences.get(s), c), k -> new HashMap<>()).merge(c.type(), 1, Integer::sum);
            }
        }
        for (int s = 0; s < sentences.size(); s++) {
            for (Chunk c : Chunk.of(tags.get(s))) {
                String best = majority(votes.get(key(sentences.get(s), c)));
                if (best != null && !best.equals(c.type())) {
                    new Chunk(c.start(), c.end(), best).writeTo(tags.get(s));
                }
            }
        }
    }

    private static String key(List<Token> tokens, Chunk c) {
        StringBuilder b = new StringBuilder();
        for (int i = c.start(); i < c.end(); i++) {
            b.append(tokens.get(i).norm()).append(' ');
        }
        return b.toString();
    }

    /** The type with strictly more votes than any other, or null. */
    private static String majority(Map<String, Integer> votes) {
        String best = null;
        int most = 0;
        boolean tie = false;
        for (Map.Entry<String, Integer> e : votes.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
                tie = false;
            } else if (e.getValue() == most) {
                tie = true;
            }
        }
        return tie ? null : best;
    }
}
