package org.marsad.ner.corpus;

import java.util.List;

import org.marsad.ner.TaggedSentence;

/** A document of a named-entity corpus: where it came from and its sentences. */
public record TaggedDocument(String name, List<TaggedSentence> sentences) {
    public TaggedDocument {
        sentences = List.copyOf(sentences);
    }

    public int tokens() {
        int n = 0;
        for (TaggedSentence s : sentences) {
            n += s.size();
        }
        return n;
    }
}
