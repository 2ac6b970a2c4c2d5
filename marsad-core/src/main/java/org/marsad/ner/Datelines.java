package org.marsad.ner;

import java.util.List;

import org.marsad.model.Token;

/**
 * The dateline that opens a news item: "MOSCOW (Reuters) -", "BEIJING, March 4 (Reuters) -",
 * "МОСКВА, 4 марта (Рейтер) —", "القاهرة (رويترز) -". News in every language writes it so: a
 * place of one to three words, perhaps a date after a comma, an agency of one to three words in
 * brackets, then a dash. The training corpora have no such lines, so the model takes the place in
 * capitals for an acronym; the pattern itself says what the two names are.
 */
final class Datelines {
    private static final int MAX_WORDS = 3;
    private static final int MAX_DATE = 4;

    private Datelines() {
    }

    /** Sets the tags of a dateline's place (LOC) and agency (ORG) when the sentence opens with one. */
    static void mark(List<Token> tokens, List<String> tags) {
        int place = words(tokens, 0);
        if (place == 0) {
            return;
        }
        int open = place;
        if (is(tokens, open, ",")) {
            int limit = Math.min(tokens.size(), open + 1 + MAX_DATE + 1);
            while (open < limit && !is(tokens, open, "(")) {
                open++;
            }
        }
        if (!is(tokens, open, "(")) {
            return;
        }
        int agency = words(tokens, open + 1);
        if (agency == open + 1 || !is(tokens, agency, ")") || !dash(tokens, agency + 1)) {
            return;
        }
        new Chunk(0, place, "LOC").writeTo(tags);
        new Chunk(open + 1, agency, "ORG").writeTo(tags);
        // the dash closes the dateline: a name the model began there begins after it
        int dash = agency + 1;
        if (!tags.get(dash).equals("O")) {
            tags.set(dash, "O");
            if (dash + 1 < tags.size() && tags.get(dash + 1).startsWith("I-")) {
                tags.set(dash + 1, "B-" + tags.get(dash + 1).substring(2));
            }
        }
    }

    /** The end of a run of one to {@value #MAX_WORDS} words from {@code from} (hyphens inside: AL-AIN), or {@code from}. */
    private static int words(List<Token> tokens, int from) {
        int i = from;
        int count = 0;
        while (i < tokens.size() && tokens.get(i).kind() == Token.Kind.WORD) {
            count++;
            i++;
            if (i + 1 < tokens.size() && is(tokens, i, "-") && tokens.get(i + 1).kind() == Token.Kind.WORD
                    && tokens.get(i).span().start() == tokens.get(i - 1).span().end()) {
                i++;
            }
        }
        return count >= 1 && count <= MAX_WORDS ? i : from;
    }

    private static boolean dash(List<Token> tokens, int i) {
        return is(tokens, i, "-") || is(tokens, i, "–") || is(tokens, i, "—") || is(tokens, i, "--");
    }

    private static boolean is(List<Token> tokens, int i, String text) {
        return i < tokens.size() && tokens.get(i).norm().equals(text);
    }
}
