package org.marsad.ner.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.marsad.data.DataFile;
import org.marsad.ner.Chunk;
import org.marsad.ner.TaggedSentence;

/**
 * CoNLL files: one token per line, the word first and the tag last, blank lines between
 * sentences, {@code -DOCSTART-} lines between documents. Tags may be IOB1 or BIO; their types
 * go through the format's {@link TypeMap} (re3d's Organisation becomes ORG).
 */
final class ConllCorpus {
    private ConllCorpus() {
    }

    static List<TaggedDocument> read(Path file, TypeMap types) {
        List<TaggedDocument> docs = new ArrayList<>();
        List<TaggedSentence> sentences = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                String[] fields = line.replace("\uFEFF", "").trim().split("\\s+");
                if (fields[0].isEmpty() || fields[0].equals("-DOCSTART-")) {
                    flush(words, tags, types, sentences);
                    if (fields[0].equals("-DOCSTART-") && !sentences.isEmpty()) {
                        docs.add(new TaggedDocument(file + "#" + (docs.size() + 1), sentences));
                        sentences = new ArrayList<>();
                    }
                    continue;
                }
                if (fields.length < 2) {
                    throw new DataFile.DataException(file + ":" + number + ": a token line needs a tag in its last column");
                }
                words.add(fields[0]);
                tags.add(fields[fields.length - 1]);
            }
        } catch (IOException e) {
            throw new DataFile.DataException(file + ": " + e.getMessage());
        }
        flush(words, tags, types, sentences);
        if (!sentences.isEmpty()) {
            docs.add(new TaggedDocument(file + "#" + (docs.size() + 1), sentences));
        }
        return docs;
    }

    /** Ends the sentence being read, mapping its chunks' types. */
    static void flush(List<String> words, List<String> tags, TypeMap types, List<TaggedSentence> out) {
        if (words.isEmpty()) {
            return;
        }
        List<Chunk> mapped = new ArrayList<>();
        for (Chunk c : Chunk.of(tags)) {
            String t = types.target(c.type());
            if (t != null) {
                mapped.add(new Chunk(c.start(), c.end(), t));
            }
        }
        out.add(new TaggedSentence(words, Chunk.tags(words.size(), mapped)));
        words.clear();
        tags.clear();
    }
}
