package org.marsad.model;

import java.util.List;

/**
 * A word, number or punctuation mark.
 *
 * @param text     the original surface, exactly {@code span} of the article text
 * @param norm     the normalised surface (letter variants folded, digits made ASCII, marks removed)
 * @param analyses readings for matching, the whole normalised word first
 */
public record Token(String text, String norm, Span span, Kind kind, List<Analysis> analyses) {
    public enum Kind { WORD, NUMBER, PUNCT }

    public Token {
        analyses = List.copyOf(analyses);
    }

    /** True when some reading of this token has the given lemma. */
    public boolean hasLemma(String lemma) {
        for (Analysis a : analyses) {
            if (a.lemma().equals(lemma)) {
                return true;
            }
        }
        return false;
    }
}
