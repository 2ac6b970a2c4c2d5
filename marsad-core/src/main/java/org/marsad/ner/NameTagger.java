package org.marsad.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.marsad.actors.ActorDictionary;
import org.marsad.data.DataFile;
import org.marsad.model.Token;
import org.marsad.text.LanguagePack;

/**
 * Finds names (PER, ORG, LOC, MISC) in tokens with a trained {@link NameModel}: the statistical
 * half of Marsad's mentions, for names the actor dictionary lacks. One tagger per language,
 * immutable and thread-safe. Bundled models live at {@code marsad/ner/XX.model} on the class path.
 */
public final class NameTagger {
    private static final Map<String, Optional<NameModel>> BUNDLED = new ConcurrentHashMap<>();

    private final NameModel model;
    private final LanguagePack pack;
    private final Features features;

    public NameTagger(NameModel model, ActorDictionary dictionary) {
        this.model = model;
        this.pack = LanguagePack.of(model.lang());
        this.features = new Features(dictionary);
    }

    /** The tagger with Marsad's model for a language, if it has one. */
    public static Optional<NameTagger> bundled(String lang, ActorDictionary dictionary) {
        return bundledModel(lang).map(m -> new NameTagger(m, dictionary));
    }

    /** The bundled model for a language, read once. */
    public static Optional<NameModel> bundledModel(String lang) {
        if (lang == null) {
            return Optional.empty();
        }
        return BUNDLED.computeIfAbsent(lang, l -> {
            String name = DataFile.ROOT + "ner/" + l + ".model";
            try (InputStream in = NameTagger.class.getClassLoader().getResourceAsStream(name)) {
                return in == null ? Optional.empty() : Optional.of(NameModel.read(in, name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A model from a file. */
    public static NameModel load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return NameModel.read(in, file.toString());
        }
    }

    public String lang() {
        return model.lang();
    }

    public LanguagePack pack() {
        return pack;
    }

    /** BIO tags of each sentence's tokens; the other sentences of the document inform each one. */
    public List<List<String>> tagDocument(List<List<Token>> sentences) {
        Features.Document doc = features.document(sentences);
        List<List<String>> out = new ArrayList<>(sentences.size());
        for (List<Token> tokens : sentences) {
            Features.Sentence fs = features.of(tokens, doc);
            int[] best = model.decode(fs);
            List<String> tags = new ArrayList<>(best.length);
            for (int y : best) {
                tags.add(NameModel.TAGS.get(y));
            }
            DictionaryNames.apply(tokens, tags, fs.names());
            Datelines.mark(tokens, tags);
            out.add(tags);
        }
        SameNames.unify(sentences, out);
        return out;
    }

    /** BIO tags of words that come already split, one tag per word, the sentence taken alone. */
    public List<String> tagWords(List<String> words) {
        return tagDocumentWords(List.of(words)).get(0);
    }

    /** BIO tags of a document's sentences of words that come already split, one tag per word. */
    public List<List<String>> tagDocumentWords(List<List<String>> sentences) {
        List<WordTokens> split = new ArrayList<>(sentences.size());
        List<List<Token>> tokens = new ArrayList<>(sentences.size());
        for (List<String> words : sentences) {
            WordTokens w = WordTokens.of(words, pack);
            split.add(w);
            tokens.add(w.tokens);
        }
        List<List<String>> tags = tagDocument(tokens);
        List<List<String>> out = new ArrayList<>(sentences.size());
        for (int i = 0; i < tags.size(); i++) {
            out.add(split.get(i).toWords(tags.get(i)));
        }
        return out;
    }

    /** The names in each sentence of a document. */
    public List<List<Chunk>> names(List<List<Token>> sentences) {
        List<List<Chunk>> out = new ArrayList<>(sentences.size());
        for (List<String> tags : tagDocument(sentences)) {
            out.add(Chunk.of(tags));
        }
        return out;
    }
}
