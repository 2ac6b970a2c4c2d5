package org.marsad.ner;

/**
 * 64-bit hashes of features, computed straight from the characters without building strings:
 * FNV-1a over the chars, seeded by the feature's template, then a finalising mix so that the
 * bits spread evenly. The model stores these hashes, so they must never change for a model version.
 */
final class Hashing {
    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private Hashing() {
    }

    static long of(int template, CharSequence s) {
        return of(template, s, 0, s.length());
    }

    static long of(int template, CharSequence s, int from, int to) {
        long h = OFFSET ^ (template * 0x9E3779B97F4A7C15L);
        for (int i = from; i < to; i++) {
            h = (h ^ s.charAt(i)) * PRIME;
        }
        return mix(h);
    }

    /** A feature made of one value under a template (the word two places to the left). */
    static long of(int template, long a) {
        return mix((a ^ (template * 0x9E3779B97F4A7C15L)) * PRIME + template);
    }

    /** A feature joining two values under a template (the word before and this word). */
    static long of(int template, long a, long b) {
        return mix(of(template, a) * 31 + b);
    }

    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
