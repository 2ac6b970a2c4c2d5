package org.marsad.read;

import java.util.ArrayList;
import java.util.List;

import org.marsad.model.Section;
import org.marsad.model.Span;

/**
 * Tells apart the lines of a plain-text article page: chrome (language switchers, share
 * buttons, menus), the title line, the date line and body paragraphs. A text of one line is
 * always body, so single sentences pass through untouched. Each non-blank line becomes one
 * section spanning the line without its surrounding blanks (spaces, NBSP, invisible marks).
 */
public final class TextLayout {
    /** Longer first lines are paragraphs, not titles. */
    private static final int MAX_TITLE_WORDS = 40;
    private static final int MAX_TITLE_CHARS = 400;
    private static final String CLOSERS = "\"'\u00BB\u201D\u2019)]}";

    /** The sections found and the title line's text (null when none). */
    public record Layout(String title, List<Section> sections) {
        public Layout {
            sections = List.copyOf(sections);
        }
    }

    private TextLayout() {
    }

    public static Layout of(String text) {
        List<Span> lines = lines(text);
        if (lines.size() <= 1) {
            return new Layout(null, lines.stream().map(s -> new Section(Section.Kind.BODY, s)).toList());
        }
        ChromeWords chrome = ChromeWords.standard();
        Section.Kind[] kinds = new Section.Kind[lines.size()];
        List<Integer> content = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Span line = lines.get(i);
            if (chrome.isChrome(text, line.start(), line.end())) {
                kinds[i] = Section.Kind.CHROME;
            } else {
                kinds[i] = Section.Kind.BODY;
                content.add(i);
            }
        }
        String title = null;
        if (content.size() >= 2) {
            int p = 0;
            boolean dated = false;
            if (isDate(text, lines.get(content.get(p)))) {
                kinds[content.get(p++)] = Section.Kind.DATELINE;
                dated = true;
            }
            if (p < content.size() - 1 && isTitle(text, lines.get(content.get(p)))) {
                title = lines.get(content.get(p)).of(text);
                kinds[content.get(p++)] = Section.Kind.TITLE;
            }
            if (!dated && p < content.size() && isDate(text, lines.get(content.get(p)))) {
                kinds[content.get(p)] = Section.Kind.DATELINE;
            }
        }
        List<Section> sections = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            sections.add(new Section(kinds[i], lines.get(i)));
        }
        return new Layout(title, sections);
    }

    /** Non-blank lines, each without its leading and trailing blanks. */
    static List<Span> lines(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            Span span = trim(text, start, end);
            if (span != null) {
                out.add(span);
            }
            start = end + 1;
        }
        return out;
    }

    /** text[from, to) without blanks at either end, or null when it is all blank. */
    static Span trim(String text, int from, int to) {
        int s = from;
        while (s < to && isBlank(text.codePointAt(s))) {
            s += Character.charCount(text.codePointAt(s));
        }
        int e = to;
        while (e > s && isBlank(text.codePointBefore(e))) {
            e -= Character.charCount(text.codePointBefore(e));
        }
        return s < e ? new Span(s, e) : null;
    }

    /** Whitespace of any width (NBSP too) and invisible format characters such as bidi marks. */
    static boolean isBlank(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.getType(cp) == Character.FORMAT;
    }

    private static boolean isDate(String text, Span line) {
        return DateLine.isDateLine(text, line.start(), line.end());
    }

    /** A title has two words or more, is not too long and does not end like a sentence. */
    private static boolean isTitle(String text, Span line) {
        if (line.length() > MAX_TITLE_CHARS) {
            return false;
        }
        int words = ChromeWords.words(text, line.start(), line.end()).size();
        if (words < 2 || words > MAX_TITLE_WORDS) {
            return false;
        }
        int e = line.end();
        while (e > line.start() && CLOSERS.indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        char last = e > line.start() ? text.charAt(e - 1) : ' ';
        return last != '.' && last != ':' && last != ',' && last != '\u060C';
    }
}
