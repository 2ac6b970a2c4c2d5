package org.marsad.ner;

import java.util.ArrayList;
import java.util.List;

/** A name over tokens [start, end) of a sentence, with its type (PER, ORG, LOC, MISC or a corpus's own). */
public record Chunk(int start, int end, String type) {
    /**
     * The chunks of a tag sequence the way conlleval reads it, so IOB1 and BIO both work: B-X always
     * opens a chunk, I-X opens one unless the tag before it has type X, anything else is outside.
     */
    public static List<Chunk> of(List<String> tags) {
        List<Chunk> out = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            String t = typeOf(tag);
            boolean continues = t != null && t.equals(type) && tag.startsWith("I-");
            if (type != null && !continues) {
                out.add(new Chunk(start, i, type));
                type = null;
            }
            if (t != null && !continues) {
                start = i;
                type = t;
            }
        }
        return out;
    }

    /** BIO tags for n tokens holding these chunks (which must not overlap). */
    public static List<String> tags(int n, List<Chunk> chunks) {
        List<String> tags = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            tags.add("O");
        }
        for (Chunk c : chunks) {
            c.writeTo(tags);
        }
        return tags;
    }

    /** Writes this name over BIO tags; a name the next token continued now ends here, so that token begins its own. */
    void writeTo(List<String> tags) {
        for (int i = start; i < end; i++) {
            tags.set(i, (i == start ? "B-" : "I-") + type);
        }
        if (end < tags.size() && tags.get(end).startsWith("I-")) {
            tags.set(end, "B-" + tags.get(end).substring(2));
        }
    }

    /** The type of a B-X or I-X tag, or null for O and anything else. */
    static String typeOf(String tag) {
        return tag.length() > 2 && (tag.startsWith("B-") || tag.startsWith("I-")) ? tag.substring(2) : null;
    }
}
