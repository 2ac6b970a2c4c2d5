package org.marsad.store;

import java.util.ArrayList;
import java.util.List;

/**
 * A short stretch of an article's text around what a query matched, as plain text, with the
 * matched stretches as code-point offsets into it (so a page can mark them without taking any
 * markup from the text).
 */
public record Snippet(String text, List<Mark> marks) {
    /** Characters of text kept before the first match. */
    private static final int BEFORE = 80;
    /** Characters of text a snippet holds at most. */
    static final int LENGTH = 240;

    public record Mark(int start, int end) {
    }

    public Snippet {
        marks = List.copyOf(marks);
    }

    /**
     * The snippet around the first of {@code matches} (UTF-16 spans into {@code text}, in order),
     * with those that fit in it marked; the start of the body when there are none. It begins no
     * earlier than {@code body}, where the page's chrome ends (a language switcher is no news),
     * unless a match stands before that.
     */
    static Snippet around(String text, List<int[]> matches, int body) {
        int first = matches.isEmpty() ? body : matches.get(0)[0];
        int floor = first >= body ? body : 0;
        int from = Math.max(floor, first - BEFORE);
        if (from > floor) {
            int space = text.indexOf(' ', from);
            from = space >= 0 && space < first ? space + 1 : from;
        }
        int to = Math.min(text.length(), from + LENGTH);
        if (to < text.length()) {
            int space = text.lastIndexOf(' ', to);
            to = space > first ? space : to;
        }
        from = safe(text, from);
        to = safe(text, to);
        // line breaks become spaces, one character for one, so that the marks stay in place
        String part = text.substring(from, to).replace('\n', ' ').replace('\r', ' ');
        List<Mark> marks = new ArrayList<>();
        for (int[] m : matches) {
            if (m[0] >= from && m[1] <= to) {
                marks.add(new Mark(part.codePointCount(0, m[0] - from), part.codePointCount(0, m[1] - from)));
            }
        }
        return new Snippet(part, marks);
    }

    /** Never cuts a surrogate pair. */
    private static int safe(String text, int i) {
        return i > 0 && i < text.length() && Character.isLowSurrogate(text.charAt(i)) ? i - 1 : i;
    }
}
