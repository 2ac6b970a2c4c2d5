package org.marsad.read;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.marsad.data.DataFile;

/**
 * Recognises page chrome: short lines made only of the words in {@code read/chrome.tsv}
 * (language switchers, sharing buttons, menus) and lines with no word at all ("* * *", "|").
 */
final class ChromeWords {
    /** Longer lines are text, whatever words they hold. */
    private static final int MAX_WORDS = 12;
    /** Twelve words fit in this many characters; longer lines are not looked at word by word. */
    private static final int MAX_CHARS = 200;
    private static final ChromeWords STANDARD = load("read/chrome.tsv");

    private final Set<String> phrases;
    private final int longestPhrase;

    private ChromeWords(Set<String> phrases, int longestPhrase) {
        this.phrases = phrases;
        this.longestPhrase = longestPhrase;
    }

    static ChromeWords standard() {
        return STANDARD;
    }

    static ChromeWords load(String resource) {
        Set<String> phrases = new HashSet<>();
        int longest = 1;
        for (DataFile.Row row : DataFile.resource(resource)) {
            if (row.size() != 2) {
                throw row.error("expected LANG<TAB>ENTRIES, found " + row.size() + " fields");
            }
            for (String entry : DataFile.values(row.get(1))) {
                List<String> words = words(entry, 0, entry.length());
                if (words.isEmpty()) {
                    throw row.error("entry without a word: '" + entry + "'");
                }
                phrases.add(String.join(" ", words));
                longest = Math.max(longest, words.size());
            }
        }
        return new ChromeWords(Set.copyOf(phrases), longest);
    }

    /** Whether text[from, to) is chrome: no words, or at most a few, all covered by chrome entries. */
    boolean isChrome(String text, int from, int to) {
        if (to - from > MAX_CHARS) {
            return false;
        }
        List<String> words = words(text, from, to);
        if (words.size() > MAX_WORDS) {
            return false;
        }
        int i = 0;
        while (i < words.size()) {
            int matched = 0;
            for (int n = Math.min(longestPhrase, words.size() - i); n > 0 && matched == 0; n--) {
                if (phrases.contains(String.join(" ", words.subList(i, i + n)))) {
                    matched = n;
                }
            }
            if (matched == 0) {
                return false;
            }
            i += matched;
        }
        return true;
    }

    /** Runs of letters, digits and combining marks, lower-cased and in NFC; invisible format characters dropped. */
    static List<String> words(String text, int from, int to) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = from; i < to; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.FORMAT) {
                continue;
            }
            if (Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK) {
                word.appendCodePoint(cp);
            } else if (word.length() > 0) {
                out.add(normal(word));
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            out.add(normal(word));
        }
        return out;
    }

    private static String normal(CharSequence word) {
        return Normalizer.normalize(word, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
