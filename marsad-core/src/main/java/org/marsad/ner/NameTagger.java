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

    /** BIO tags of a sentence's tokens. */
    public List<String> tags(List<Token> tokens) {
        int[] best = model.decode(features.of(tokens));
        List<String> out = new ArrayList<>(best.length);
        for (int y : best) {
            out.add(NameModel.TAGS.get(y));
        }
        return out;
    }

    /** BIO tags of words that come already split, one tag per word. */
    public List<String> tagWords(List<String> words) {
        WordTokens split = WordTokens.of(words, pack);
        return split.toWords(tags(split.tokens));
    }

    /** The names in a sentence's tokens. */
    public List<Chunk> names(List<Token> tokens) {
        return Chunk.of(tags(tokens));
    }
}
