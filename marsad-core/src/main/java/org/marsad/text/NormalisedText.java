package org.marsad.text;

import org.marsad.model.Span;

/**
 * A normalised copy of a stretch of original text, with each normalised char mapped back to
 * the original chars it came from, so that anything found in the copy has original offsets.
 */
public final class NormalisedText {
    private final String text;
    private final int[] origStart;
    private final int[] origEnd;

    NormalisedText(String text, int[] origStart, int[] origEnd) {
        this.text = text;
        this.origStart = origStart;
        this.origEnd = origEnd;
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    /** The original span covered by normalised chars [start, end); end > start. */
    public Span toOriginal(int start, int end) {
        if (end <= start) {
            throw new IllegalArgumentException("empty range " + start + ".." + end);
        }
        return new Span(origStart[start], origEnd[end - 1]);
    }
}
