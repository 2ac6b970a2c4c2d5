package org.marsad.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.marsad.ner.NameTagger;

/**
 * {@code marsad tag}: named entities in pre-tokenised text. Each input line comes out unchanged
 * (its line end too) with a tab and a BIO tag added; blank and {@code -DOCSTART-} lines are copied.
 * Each document is tagged whole, as {@code eval ner} tags its units.
 */
@Command(name = "tag", mixinStandardHelpOptions = true,
        description = "Tags named entities in CoNLL input (one token per line, blank lines between sentences): "
                + "each line is repeated with a BIO tag (B-PER, I-ORG, O, ...) added as a last tab-separated column.")
final class TagCommand implements Callable<Integer> {
    /** A sentence longer than this (input without blank lines) is tagged in pieces, at a full stop if it can. */
    private static final int LONG_SENTENCE = 300;
    private static final int MAX_SENTENCE = 2000;
    private static final int DOCUMENT_SENTENCES = 50;

    @Option(names = "--lang", required = true, paramLabel = "ar|ru|en", description = "Language of the input.")
    String lang;

    @Option(names = "--format", defaultValue = "conll", paramLabel = "conll", description = "Input format (conll).")
    String format;

    @Option(names = "--model", paramLabel = "FILE", description = "A model made by 'marsad train ner' (default: the bundled one).")
    Path model;

    @Parameters(paramLabel = "IN", description = "Input file, or - for standard input.")
    String in;

    @Override
    public Integer call() throws IOException {
        if (!format.equals("conll")) {
            System.err.println("marsad: tag: unknown format '" + format + "' (conll)");
            return 2;
        }
        NameTagger tagger = NerModels.tagger(lang, model);
        if (tagger == null) {
            return 2;
        }
        try (InputStream input = in.equals("-") ? System.in : Files.newInputStream(Path.of(in));
             Reader reader = new InputStreamReader(input, StandardCharsets.UTF_8);
             Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16)) {
            tag(tagger, reader, out);
        } catch (IOException e) {
            System.err.println("marsad: " + in + ": " + e.getMessage());
            return 1;
        }
        return 0;
    }

    static void tag(NameTagger tagger, Reader reader, Writer out) throws IOException {
        Lines lines = new Lines(reader);
        Document doc = new Document(tagger, out);
        String[] line;
        while ((line = lines.next()) != null) {
            String word = firstColumn(line[0]);
            if (word == null || word.equals("-DOCSTART-")) {
                doc.endSentence();
                if (word != null) {
                    doc.flush();
                }
                doc.copy(line);
                continue;
            }
            doc.add(line, word);
            boolean stop = doc.words.size() >= LONG_SENTENCE && (word.equals(".") || word.equals("!") || word.equals("?")
                    || word.equals("؟"));
            if (stop || doc.words.size() >= MAX_SENTENCE) {
                doc.endSentence();
            }
        }
        doc.endSentence();
        doc.flush();
    }

    /**
     * The lines of one document (up to a {@code -DOCSTART-} line, or {@value #DOCUMENT_SENTENCES}
     * sentences), held until it is tagged whole: the models read a word's other occurrences in
     * its document.
     */
    private static final class Document {
        private final NameTagger tagger;
        private final Writer out;
        /** Lines in input order; a token line's tag comes from its sentence and place. */
        private final List<String[]> lines = new ArrayList<>();
        private final List<int[]> places = new ArrayList<>();
        private final List<List<String>> sentences = new ArrayList<>();
        final List<String> words = new ArrayList<>();

        Document(NameTagger tagger, Writer out) {
            this.tagger = tagger;
            this.out = out;
        }

        void copy(String[] line) {
            lines.add(line);
            places.add(null);
        }

        void add(String[] line, String word) {
            lines.add(line);
            places.add(new int[] {sentences.size(), words.size()});
            words.add(word);
        }

        void endSentence() throws IOException {
            if (words.isEmpty()) {
                return;
            }
            sentences.add(new ArrayList<>(words));
            words.clear();
            if (sentences.size() >= DOCUMENT_SENTENCES) {
                flush();
            }
        }

        void flush() throws IOException {
            List<List<String>> tags = tagger.tagDocumentWords(sentences);
            for (int i = 0; i < lines.size(); i++) {
                out.write(lines.get(i)[0]);
                int[] at = places.get(i);
                if (at != null) {
                    out.write('\t');
                    out.write(tags.get(at[0]).get(at[1]));
                }
                out.write(lines.get(i)[1]);
            }
            lines.clear();
            places.clear();
            sentences.clear();
        }
    }

    /** The token of a line: its first whitespace-separated column, or null for a blank line. */
    private static String firstColumn(String content) {
        String s = content.startsWith("\uFEFF") ? content.substring(1) : content;
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        int j = i;
        while (j < s.length() && !Character.isWhitespace(s.charAt(j))) {
            j++;
        }
        return j > i ? s.substring(i, j) : null;
    }

    /** Lines with their ends kept apart: {content, "\n" | "\r\n" | "\r" | ""}. */
    private static final class Lines {
        private final Reader reader;
        private final char[] buffer = new char[1 << 16];
        private int pos;
        private int limit;

        Lines(Reader reader) {
            this.reader = reader;
        }

        String[] next() throws IOException {
            StringBuilder content = new StringBuilder();
            while (true) {
                int c = read();
                if (c < 0) {
                    return content.length() == 0 ? null : new String[] {content.toString(), ""};
                }
                if (c == '\n') {
                    return new String[] {content.toString(), "\n"};
                }
                if (c == '\r') {
                    if (peek() == '\n') {
                        read();
                        return new String[] {content.toString(), "\r\n"};
                    }
                    return new String[] {content.toString(), "\r"};
                }
                content.append((char) c);
            }
        }

        private int read() throws IOException {
            return fill() ? buffer[pos++] : -1;
        }

        private int peek() throws IOException {
            return fill() ? buffer[pos] : -1;
        }

        private boolean fill() throws IOException {
            if (pos < limit) {
                return true;
            }
            limit = reader.read(buffer, 0, buffer.length);
            pos = 0;
            return limit > 0;
        }
    }
}
