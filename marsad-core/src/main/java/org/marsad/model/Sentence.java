package org.marsad.model;

import java.util.List;

/** A sentence of an article: its ordinal in the article, its span and its tokens. */
public record Sentence(int index, Section.Kind section, Span span, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }
}
