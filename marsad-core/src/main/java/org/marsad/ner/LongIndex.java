package org.marsad.ner;

/**
 * Numbers distinct 64-bit feature hashes 0, 1, 2, … in the order they are added: an open-addressing
 * table without boxing, as the tagger looks up every feature of every token here. Reading is
 * thread-safe once adding is over.
 */
final class LongIndex {
    private static final long EMPTY = 0L;

    private long[] keys;
    private int[] values;
    private int size;
    /** Key 0 would look like an empty slot, so it is kept apart. */
    private int zeroValue = -1;

    LongIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        keys = new long[capacity];
        values = new int[capacity];
    }

    int size() {
        return size;
    }

    /** The number of a key, or -1. */
    int get(long key) {
        if (key == EMPTY) {
            return zeroValue;
        }
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (true) {
            long k = keys[i];
            if (k == key) {
                return values[i];
            }
            if (k == EMPTY) {
                return -1;
            }
            i = (i + 1) & mask;
        }
    }

    /** The number of a key, giving it the next number when it is new. */
    int add(long key) {
        if (key == EMPTY) {
            if (zeroValue < 0) {
                zeroValue = size++;
            }
            return zeroValue;
        }
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (keys[i] != EMPTY) {
            if (keys[i] == key) {
                return values[i];
            }
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = size;
        return size++;
    }

    /** All keys, in the order of their numbers. */
    long[] keysInOrder() {
        long[] out = new long[size];
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                out[values[i]] = keys[i];
            }
        }
        if (zeroValue >= 0) {
            out[zeroValue] = EMPTY;
        }
        return out;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != EMPTY) {
                int i = slot(oldKeys[j], mask);
                while (keys[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
            }
        }
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
