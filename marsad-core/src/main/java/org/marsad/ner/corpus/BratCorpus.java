package org.marsad.ner.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.marsad.data.DataFile;
import org.marsad.model.Article;
import org.marsad.model.Section;
import org.marsad.model.Sentence;
import org.marsad.model.Span;
import org.marsad.model.Token;
import org.marsad.ner.Chunk;
import org.marsad.ner.TaggedSentence;
import org.marsad.text.LanguagePack;
import org.marsad.text.Segmenter;

/**
 * brat standoff: {@code NAME.txt} and {@code NAME.ann}, whose {@code T} lines give an entity's
 * type and character offsets ({@code T1<TAB>PERSON 6 11<TAB>Обамы}; a discontinuous entity's
 * pieces are joined by {@code ;}). The text is split into sentences and tokens by the language's
 * {@link Segmenter}; an entity covers the tokens it overlaps; nested entities are flattened by
 * {@link Nesting}.
 */
final class BratCorpus {
    private BratCorpus() {
    }

    static List<TaggedDocument> read(Path dir, TypeMap types, LanguagePack pack) {
        List<Path> texts;
        try (Stream<Path> files = Files.list(dir)) {
            texts = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new DataFile.DataException(dir + ": " + e.getMessage());
        }
        List<TaggedDocument> docs = new ArrayList<>();
        for (Path txt : texts) {
            Path ann = dir.resolve(txt.getFileName().toString().replaceFirst("\\.txt$", ".ann"));
            if (Files.exists(ann)) {
                docs.add(document(txt, ann, types, pack));
            }
        }
        if (docs.isEmpty()) {
            throw new DataFile.DataException(dir + ": no .txt files with an .ann beside them (brat format)");
        }
        return docs;
    }

    private static TaggedDocument document(Path txt, Path ann, TypeMap types, LanguagePack pack) {
        String text = read(txt);
        int codePoints = text.codePointCount(0, text.length());
        List<int[]> entitySpans = new ArrayList<>();
        List<String> entityTypes = new ArrayList<>();
        int number = 0;
        for (String line : read(ann).split("\n")) {
            number++;
            if (!line.startsWith("T")) {
                continue;
            }
            String[] f = line.split("\t");
            String[] typeAndSpans = f.length < 2 ? new String[0] : f[1].split(" ", 2);
            if (typeAndSpans.length < 2 || !typeAndSpans[1].matches("\\d+ \\d+(;\\d+ \\d+)*")) {
                throw new DataFile.DataException(ann + ":" + number + ": expected ID<TAB>TYPE START END<TAB>TEXT");
            }
            String[] offsets = typeAndSpans[1].split("[ ;]");
            // pieces of a discontinuous entity may come in any order: it covers them all
            int start = Integer.MAX_VALUE;
            int end = 0;
            for (int k = 0; k < offsets.length; k += 2) {
                start = Math.min(start, Integer.parseInt(offsets[k]));
                end = Math.max(end, Integer.parseInt(offsets[k + 1]));
            }
            if (end < start || end > codePoints) {
                throw new DataFile.DataException(ann + ":" + number + ": offsets outside the text");
            }
            // brat counts code points; the tokens' spans are UTF-16 indices
            entitySpans.add(new int[] {text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end)});
            entityTypes.add(typeAndSpans[0]);
        }
        Article article = new Article(txt.toString(), null, null, pack.code(), null, text,
                List.of(new Section(Section.Kind.BODY, new Span(0, text.length()))), txt.toString());
        List<TaggedSentence> out = new ArrayList<>();
        for (Sentence s : new Segmenter(pack).sentences(article)) {
            List<Token> tokens = s.tokens();
            List<Nesting.Name> names = new ArrayList<>();
            for (int e = 0; e < entitySpans.size(); e++) {
                int[] span = entitySpans.get(e);
                int first = -1;
                int last = -1;
                for (int i = 0; i < tokens.size(); i++) {
                    Span t = tokens.get(i).span();
                    if (t.start() < span[1] && span[0] < t.end()) {
                        first = first < 0 ? i : first;
                        last = i;
                    }
                }
                if (first >= 0) {
                    names.add(new Nesting.Name(first, last + 1, entityTypes.get(e)));
                }
            }
            List<String> words = new ArrayList<>(tokens.size());
            for (Token t : tokens) {
                words.add(t.text());
            }
            out.add(new TaggedSentence(words, Chunk.tags(words.size(), Nesting.flatten(names, types))));
        }
        return new TaggedDocument(txt.toString(), out);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DataFile.DataException(file + ": " + e.getMessage());
        }
    }
}
