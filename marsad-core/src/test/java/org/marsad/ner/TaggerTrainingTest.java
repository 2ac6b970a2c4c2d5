package org.marsad.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.marsad.actors.ActorDictionary;
import org.marsad.text.LanguagePack;

/** A model trained on a few made-up sentences learns their pattern, survives a round trip through its file, and yields valid BIO. */
class TaggerTrainingTest {
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ren", "tas", "vo", "bri", "dun", "el", "fen"};

    /** A made-up name of two syllables: Kalo, Mitas, ... */
    private static String name(int i) {
        String s = SYLLABLES[i % 10] + SYLLABLES[(i / 10 + 3 * i) % 10];
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** "PERSON visited PLACE on Monday ." and "The mayor of PLACE met PERSON ." with 40 made-up names of each. */
    private static List<TaggedSentence> corpus() {
        List<TaggedSentence> out = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String person = name(i) + " " + name(i + 41);
            String place = name(i + 7) + "ia";
            List<String> words = new ArrayList<>();
            List<String> tags = new ArrayList<>();
            add(words, tags, person, "PER");
            add(words, tags, "visited", null);
            add(words, tags, place, "LOC");
            add(words, tags, "on Monday .", null);
            out.add(new TaggedSentence(words, tags));
            words = new ArrayList<>();
            tags = new ArrayList<>();
            add(words, tags, "The mayor of", null);
            add(words, tags, place, "LOC");
            add(words, tags, "met", null);
            add(words, tags, person, "PER");
            add(words, tags, ".", null);
            out.add(new TaggedSentence(words, tags));
        }
        return out;
    }

    private static void add(List<String> words, List<String> tags, String text, String type) {
        String[] w = text.split(" ");
        for (int i = 0; i < w.length; i++) {
            words.add(w[i]);
            tags.add(type == null ? "O" : (i == 0 ? "B-" : "I-") + type);
        }
    }

    static NameModel train() {
        return new PerceptronTrainer(LanguagePack.of("en"), ActorDictionary.bundled(),
                new PerceptronTrainer.Options(8, 1, 0f, 1L)).train(List.of(corpus()), line -> { });
    }

    @Test
    void learnsTheCorpusPatternAndGeneralisesToNewNames() {
        NameTagger tagger = new NameTagger(train(), ActorDictionary.bundled());
        assertEquals(List.of("B-PER", "I-PER", "O", "B-LOC", "O", "O", "O"),
                tagger.tagWords(List.of("Pell", "Arden", "visited", "Morvane", "on", "Monday", ".")));
    }

    @Test
    void roundTripsThroughItsFile() throws IOException {
        NameModel model = train();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.write(bytes);
        NameModel read = NameModel.read(new ByteArrayInputStream(bytes.toByteArray()), "test");
        assertEquals("en", read.lang());
        assertEquals(model.features(), read.features());
        List<String> words = List.of("The", "mayor", "of", "Kessik", "met", "Cato", "Wren", ".");
        assertEquals(new NameTagger(model, ActorDictionary.bundled()).tagWords(words),
                new NameTagger(read, ActorDictionary.bundled()).tagWords(words));
    }

    @Test
    void neverYieldsInsideWithoutBegin() {
        NameTagger tagger = new NameTagger(train(), ActorDictionary.bundled());
        List<String> tags = tagger.tagWords(List.of("met", "Wren", "Tallis", "Kessik", "visited", "of", "Ostrand"));
        for (int i = 0; i < tags.size(); i++) {
            if (tags.get(i).startsWith("I-")) {
                String type = tags.get(i).substring(2);
                assertTrue(i > 0 && tags.get(i - 1).endsWith("-" + type), tags.toString());
            }
        }
    }

    @Test
    void sameDataSameModel() throws IOException {
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        train().write(a);
        train().write(b);
        assertEquals(java.util.Arrays.toString(a.toByteArray()), java.util.Arrays.toString(b.toByteArray()));
    }
}
