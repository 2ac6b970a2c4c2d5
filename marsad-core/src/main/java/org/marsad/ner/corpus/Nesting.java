package org.marsad.ner.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.marsad.ner.Chunk;

/**
 * Flattens nested names (мэрии Москвы, an organisation holding a city) into the non-overlapping
 * chunks BIO can hold: the longest name wins, then the type the {@link TypeMap} lists first.
 */
final class Nesting {
    private Nesting() {
    }

    /** A name over tokens [start, end) with its corpus type. */
    record Name(int start, int end, String type) {
    }

    /** Chunks with Marsad's types, in order; names whose type is left out take no part. */
    static List<Chunk> flatten(List<Name> names, TypeMap types) {
        List<Name> candidates = new ArrayList<>();
        for (Name n : names) {
            if (n.end() > n.start() && types.target(n.type()) != null) {
                candidates.add(n);
            }
        }
        candidates.sort(Comparator.comparingInt((Name n) -> n.start() - n.end())
                .thenComparingInt(n -> types.rank(n.type()))
                .thenComparingInt(Name::start));
        List<Chunk> kept = new ArrayList<>();
        for (Name n : candidates) {
            boolean free = true;
            for (Chunk c : kept) {
                if (n.start() < c.end() && c.start() < n.end()) {
                    free = false;
                    break;
                }
            }
            if (free) {
                kept.add(new Chunk(n.start(), n.end(), types.target(n.type())));
            }
        }
        kept.sort(Comparator.comparingInt(Chunk::start));
        return kept;
    }
}
