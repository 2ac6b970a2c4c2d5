package org.marsad.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.marsad.model.Token;
import org.marsad.text.LanguagePack;

class WordTokensTest {
    @Test
    void splitsWordsAsTheSegmenterDoesAndMapsTagsBothWays() {
        WordTokens w = WordTokens.of(List.of("в", "Нью-Йорке", "\u200E"), LanguagePack.of("ru"));
        assertEquals(List.of("в", "Нью", "-", "Йорке", ""), w.tokens.stream().map(Token::norm).toList());
        assertEquals(List.of("O", "B-LOC", "I-LOC", "I-LOC", "O"), w.toTokens(List.of("O", "B-LOC", "O")));
        assertEquals(List.of("O", "B-LOC", "O"), w.toWords(List.of("O", "B-LOC", "I-LOC", "I-LOC", "O")));
        // a name found on part of a word covers the word
        assertEquals(List.of("O", "B-LOC", "O"), w.toWords(List.of("O", "O", "O", "B-LOC", "O")));
    }
}
