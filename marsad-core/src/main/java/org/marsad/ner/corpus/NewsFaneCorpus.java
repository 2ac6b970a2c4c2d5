package org.marsad.ner.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.marsad.data.DataFile;
import org.marsad.ner.TaggedSentence;

/**
 * NewsFANE (Alotaibi and Lee, 2014): {@code word<TAB>tag} lines with BIO tags of 50 fine classes,
 * a line with an empty word between sentences, CRLF line ends and a left-to-right mark (U+200E)
 * before most words, which is dropped. The file is one document.
 */
final class NewsFaneCorpus {
    private NewsFaneCorpus() {
    }

    static List<TaggedDocument> read(Path file, TypeMap types) {
        List<TaggedSentence> sentences = new ArrayList<>();
        List<String> words = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                String[] fields = line.split("\t", -1);
                String word = fields[0].replaceAll("[\uFEFF\u200E\u200F\r]", "").strip();
                if (word.isEmpty()) {
                    ConllCorpus.flush(words, tags, types, sentences);
                    continue;
                }
                if (fields.length < 2 || fields[1].isBlank()) {
                    throw new DataFile.DataException(file + ":" + number + ": expected word<TAB>tag");
                }
                words.add(word);
                tags.add(fields[1].strip());
            }
        } catch (IOException e) {
            throw new DataFile.DataException(file + ": " + e.getMessage());
        }
        ConllCorpus.flush(words, tags, types, sentences);
        return List.of(new TaggedDocument(file.toString(), sentences));
    }
}
