package org.marsad.ner.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.marsad.data.DataFile;
import org.marsad.ner.TaggedSentence;

/**
 * factRuEval-2016's layered standoff: for each document {@code NAME.tokens} (token id, offset,
 * length, text; blank lines between sentences), {@code NAME.spans} (span id, type, offset, length,
 * first token id, token count) and {@code NAME.objects} (object id, type, the ids of its spans, then
 * {@code #} and a comment). An object covers its spans' tokens from the first to the last; nested
 * objects are flattened by {@link Nesting}.
 */
final class FactRuEvalCorpus {
    private FactRuEvalCorpus() {
    }

    static List<TaggedDocument> read(Path dir, TypeMap types) {
        List<Path> tokenFiles;
        try (Stream<Path> files = Files.list(dir)) {
            tokenFiles = files.filter(p -> p.getFileName().toString().endsWith(".tokens")).sorted().toList();
        } catch (IOException e) {
            throw new DataFile.DataException(dir + ": " + e.getMessage());
        }
        if (tokenFiles.isEmpty()) {
            throw new DataFile.DataException(dir + ": no .tokens files (factRuEval format)");
        }
        List<TaggedDocument> docs = new ArrayList<>();
        for (Path tokens : tokenFiles) {
            String base = tokens.getFileName().toString().replaceFirst("\\.tokens$", "");
            docs.add(document(tokens, dir.resolve(base + ".spans"), dir.resolve(base + ".objects"), types));
        }
        return docs;
    }

    private static TaggedDocument document(Path tokenFile, Path spanFile, Path objectFile, TypeMap types) {
        // Tokens: id → (sentence, position in it).
        List<List<String>> sentences = new ArrayList<>();
        Map<String, int[]> where = new HashMap<>();
        List<String> current = new ArrayList<>();
        int number = 0;
        for (String line : lines(tokenFile)) {
            number++;
            String[] f = line.strip().split(" ");
            if (f[0].isEmpty()) {
                if (!current.isEmpty()) {
                    sentences.add(current);
                    current = new ArrayList<>();
                }
                continue;
            }
            if (f.length < 4) {
                throw new DataFile.DataException(tokenFile + ":" + number + ": expected id, offset, length and text");
            }
            where.put(f[0], new int[] {sentences.size(), current.size()});
            current.add(f[3]);
        }
        if (!current.isEmpty()) {
            sentences.add(current);
        }
        // Spans: id → ids of its first token and count.
        Map<String, String[]> spans = new HashMap<>();
        number = 0;
        for (String line : lines(spanFile)) {
            number++;
            String[] f = line.split("#", 2)[0].strip().split("\\s+");
            if (f[0].isEmpty()) {
                continue;
            }
            if (f.length < 6) {
                throw new DataFile.DataException(spanFile + ":" + number + ": expected six fields");
            }
            if (!f[5].matches("\\d+")) {
                throw new DataFile.DataException(spanFile + ":" + number + ": token count must be a number");
            }
            spans.put(f[0], new String[] {f[4], f[5]});
        }
        List<List<Nesting.Name>> names = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            names.add(new ArrayList<>());
        }
        number = 0;
        for (String line : lines(objectFile)) {
            number++;
            String[] f = line.split("#", 2)[0].strip().split("\\s+");
            if (f[0].isEmpty()) {
                continue;
            }
            int sentence = -1;
            int start = Integer.MAX_VALUE;
            int end = -1;
            boolean oneSentence = true;
            for (int k = 2; k < f.length; k++) {
                String[] span = spans.get(f[k]);
                int[] first = span == null ? null : where.get(span[0]);
                if (first == null) {
                    throw new DataFile.DataException(objectFile + ":" + number + ": unknown span " + f[k]);
                }
                oneSentence &= sentence < 0 || sentence == first[0];
                sentence = first[0];
                start = Math.min(start, first[1]);
                end = Math.max(end, first[1] + Integer.parseInt(span[1]));
            }
            if (sentence >= 0 && oneSentence) {
                names.get(sentence).add(new Nesting.Name(start, Math.min(end, sentences.get(sentence).size()), f[1]));
            }
        }
        List<TaggedSentence> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            List<String> words = sentences.get(i);
            out.add(new TaggedSentence(words, org.marsad.ner.Chunk.tags(words.size(), Nesting.flatten(names.get(i), types))));
        }
        return new TaggedDocument(tokenFile.toString(), out);
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DataFile.DataException(file + ": " + e.getMessage());
        }
    }
}
