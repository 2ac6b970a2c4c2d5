package org.marsad.ner;

/**
 * Numbers distinct 64-bit feature hashes 0, 1, 2, … in the order they are added: an open-addressing
 * table without boxing, as the tagger looks up every feature of every token here. Each key sits
 * next to its number in one array, so that a look-up mostly touches one cache line. Reading is
 * thread-safe once adding is over.
 */
final class LongIndex {
    private static final long EMPTY = 0L;

    /** Slot i holds its key at 2i and its number at 2i + 1. */
    private long[] slots;
    private int size;
    /** Key 0 would look like an empty slot, so it is kept apart. */
    private int zeroValue = -1;

    LongIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        slots = new long[2 * capacity];
    }

    int size() {
        return size;
    }

    /** The number of a key, or -1. */
    int get(long key) {
        if (key == EMPTY) {
            return zeroValue;
        }
        int mask = slots.length / 2 - 1;
        int i = slot(key, mask);
        while (true) {
            long k = slots[2 * i];
            if (k == key) {
                return (int) slots[2 * i + 1];
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
        if (4 * (size + 1) > slots.length) {
            grow();
        }
        int mask = slots.length / 2 - 1;
        int i = slot(key, mask);
        while (slots[2 * i] != EMPTY) {
            if (slots[2 * i] == key) {
                return (int) slots[2 * i + 1];
            }
            i = (i + 1) & mask;
        }
        slots[2 * i] = key;
        slots[2 * i + 1] = size;
        return size++;
    }

    /** All keys, in the order of their numbers. */
    long[] keysInOrder() {
        long[] out = new long[size];
        for (int i = 0; i < slots.length; i += 2) {
            if (slots[i] != EMPTY) {
                out[(int) slots[i + 1]] = slots[i];
            }
        }
        if (zeroValue >= 0) {
            out[zeroValue] = EMPTY;
        }
        return out;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        int mask = slots.length / 2 - 1;
        for (int j = 0; j < old.length; j += 2) {
            if (old[j] != EMPTY) {
                int i = slot(old[j], mask);
                while (slots[2 * i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                slots[2 * i] = old[j];
                slots[2 * i + 1] = old[j + 1];
            }
        }
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
