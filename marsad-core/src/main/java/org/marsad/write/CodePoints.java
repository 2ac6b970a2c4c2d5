package org.marsad.write;

/**
 * Turns UTF-16 indices into the code-point offsets of the contract. Text without surrogate pairs
 * (nearly all news) needs no table.
 */
final class CodePoints {
    private final int[] table;

    CodePoints(String text) {
        boolean surrogates = false;
        for (int i = 0; i < text.length() && !surrogates; i++) {
            surrogates = Character.isSurrogate(text.charAt(i));
        }
        if (!surrogates) {
            table = null;
            return;
        }
        table = new int[text.length() + 1];
        for (int i = 0; i < text.length(); i++) {
            boolean secondHalf = i > 0 && Character.isLowSurrogate(text.charAt(i))
                    && Character.isHighSurrogate(text.charAt(i - 1));
            table[i + 1] = table[i] + (secondHalf ? 0 : 1);
        }
    }

    int at(int utf16Index) {
        return table == null ? utf16Index : table[utf16Index];
    }
}
