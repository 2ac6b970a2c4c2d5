package org.marsad.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class ChunkTest {
    @Test
    void readsBio() {
        assertEquals(List.of(new Chunk(0, 2, "PER"), new Chunk(2, 3, "PER"), new Chunk(4, 5, "LOC")),
                Chunk.of(List.of("B-PER", "I-PER", "B-PER", "O", "B-LOC")));
    }

    @Test
    void readsIob1AsConllevalDoes() {
        // wikigold: I-X opens a name after O or another type; B-X only between two names of one type
        assertEquals(List.of(new Chunk(0, 2, "ORG"), new Chunk(2, 3, "LOC"), new Chunk(4, 5, "MISC"), new Chunk(5, 6, "MISC")),
                Chunk.of(List.of("I-ORG", "I-ORG", "I-LOC", "O", "I-MISC", "B-MISC")));
    }

    @Test
    void writesBio() {
        assertEquals(List.of("B-ORG", "I-ORG", "O", "B-LOC"),
                Chunk.tags(4, List.of(new Chunk(0, 2, "ORG"), new Chunk(3, 4, "LOC"))));
    }
}
