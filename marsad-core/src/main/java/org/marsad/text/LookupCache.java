package org.marsad.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers the results of a pure function across threads in bounded memory. Entries live in two
 * generations: when the young one fills up it becomes the old one and the previous old one is
 * dropped whole, and a key found in the old generation moves back to the young one. So words used
 * again and again stay, a long tail of rare words can't grow the cache, and no lock is taken
 * except for the moment of turning over.
 */
final class LookupCache<K, V> {
    private final int generationSize;
    private volatile Map<K, V> young = new ConcurrentHashMap<>();
    private volatile Map<K, V> old = Map.of();

    /** A cache holding at most {@code 2 * generationSize} entries. */
    LookupCache(int generationSize) {
        if (generationSize < 1) {
            throw new IllegalArgumentException("generation size must be positive: " + generationSize);
        }
        this.generationSize = generationSize;
    }

    V get(K key, Function<? super K, ? extends V> compute) {
        V value = young.get(key);
        if (value != null) {
            return value;
        }
        value = old.get(key);
        if (value == null) {
            value = compute.apply(key);
        }
        Map<K, V> current = young;
        current.put(key, value);
        if (current.size() >= generationSize) {
            turnOver(current);
        }
        return value;
    }

    int size() {
        return young.size() + old.size();
    }

    private synchronized void turnOver(Map<K, V> full) {
        if (young == full) {
            old = full;
            young = new ConcurrentHashMap<>();
        }
    }
}
