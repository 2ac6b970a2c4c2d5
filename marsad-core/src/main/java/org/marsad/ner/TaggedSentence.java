package org.marsad.ner;

import java.util.List;

/** A sentence as words with one BIO tag each (PER, ORG, LOC, MISC). */
public record TaggedSentence(List<String> words, List<String> tags) {
    public TaggedSentence {
        words = List.copyOf(words);
        tags = List.copyOf(tags);
        if (words.size() != tags.size()) {
            throw new IllegalArgumentException(words.size() + " words but " + tags.size() + " tags");
        }
    }

    public int size() {
        return words.size();
    }
}
