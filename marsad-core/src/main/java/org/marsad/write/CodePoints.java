package org.marsad.write;

/**
 * Turns UTF-16 indices into the code-point offsets of the contract, and back. Text without
 * surrogate pairs (nearly all news) needs no table.
 */
final class CodePoints {
    private final int[] table;
    /** UTF-16 index of each code-point offset, made on the first {@link #utf16} call. */
    private int[] inverse;

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

    /** The UTF-16 index of a code-point offset; offsets past the text are an error. */
    int utf16(int codePoint) {
        if (table == null) {
            return codePoint;
        }
        if (inverse == null) {
            int[] back = new int[table[table.length - 1] + 1];
            for (int i = 0; i < table.length; i++) {
                back[table[i]] = i; // the later index wins: the end of a pair, not its middle
            }
            inverse = back;
        }
        return inverse[codePoint];
    }
}
