package org.marsad.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.marsad.actors.ActorDictionary;
import org.marsad.ner.corpus.CorpusFormat;
import org.marsad.ner.corpus.ProperNames;
import org.marsad.ner.corpus.TaggedDocument;
import org.marsad.ner.corpus.TypeMap;
import org.marsad.text.LanguagePack;

/** What news has and the training corpora lack: datelines, listed organisations, "The" opening a sentence. */
class NewsNamesTest {
    private static final NameTagger EN = NameTagger.bundled("en", ActorDictionary.bundled()).orElseThrow();

    private static List<String> tag(NameTagger tagger, String sentence) {
        return tagger.tagWords(Arrays.asList(sentence.split(" ")));
    }

    @Test
    void theNewsFixtureScoresWell() throws URISyntaxException {
        Path file = Path.of(NewsNamesTest.class.getResource("/ner/news-en.conll").toURI());
        List<TaggedDocument> docs = CorpusFormat.parse("conll").read(file, TypeMap.bundled("conll"), LanguagePack.of("en"));
        NerScore score = new NerScore();
        for (TaggedDocument d : docs) {
            List<List<String>> words = new ArrayList<>();
            for (TaggedSentence s : d.sentences()) {
                words.add(s.words());
            }
            List<List<String>> tags = EN.tagDocumentWords(words);
            for (int i = 0; i < tags.size(); i++) {
                score.add(d.sentences().get(i).tags(), tags.get(i));
            }
        }
        assertTrue(score.f1() >= 0.80, score.report());
    }

    @Test
    void aDatelineInEveryLanguage() {
        assertEquals(List.of("B-LOC", "O", "B-ORG", "O", "O"), tag(EN, "MOSCOW ( Reuters ) -").subList(0, 5));
        assertEquals(List.of("B-LOC", "I-LOC", "O", "O", "O", "O", "B-ORG", "O", "O"),
                tag(EN, "NEW DELHI , March 4 ( Reuters ) - India voted .").subList(0, 9));
        NameTagger ru = NameTagger.bundled("ru", ActorDictionary.bundled()).orElseThrow();
        assertEquals(List.of("B-LOC", "O", "O", "O", "O", "B-ORG", "O", "O"),
                tag(ru, "МОСКВА , 4 марта ( Рейтер ) — Россия заявила .").subList(0, 8));
        NameTagger ar = NameTagger.bundled("ar", ActorDictionary.bundled()).orElseThrow();
        assertEquals(List.of("B-LOC", "O", "B-ORG", "O", "O"), tag(ar, "القاهرة ( رويترز ) - قالت مصر .").subList(0, 5));
        List<String> eu = tag(EN, "BRUSSELS ( Reuters ) - European Union leaders agreed .");
        assertEquals(List.of("O", "B-ORG", "I-ORG"), eu.subList(4, 7), "the dash is no part of the next name");
        // brackets without the dash are no dateline
        assertEquals("O", tag(EN, "He said ( Reuters ) that it rained .").get(1));
    }

    @Test
    void aListedOrganisationIsNoPerson() {
        List<String> tags = tag(EN, "Hamas said it had received the proposal .");
        assertEquals("B-ORG", tags.get(0));
    }

    @Test
    void theOpeningASentenceIsNoPartOfAName() {
        List<TaggedSentence> sentences = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            sentences.add(new TaggedSentence(List.of("He", "saw", "the", "river", "."), List.of("O", "O", "O", "O", "O")));
        }
        sentences.add(new TaggedSentence(List.of("The", "State", "Department", "said", "."), List.of("B-ORG", "I-ORG", "I-ORG", "O", "O")));
        sentences.add(new TaggedSentence(List.of("Bank", "of", "England", "said", "."), List.of("B-ORG", "I-ORG", "I-ORG", "O", "O")));
        sentences.add(new TaggedSentence(List.of("a", "bank", "."), List.of("O", "O", "O")));
        List<TaggedSentence> clean = ProperNames.clean(List.of(new TaggedDocument("d", sentences))).get(0).sentences();
        assertEquals(List.of("O", "B-ORG", "I-ORG", "O", "O"), clean.get(25).tags());
        assertEquals(List.of("B-ORG", "I-ORG", "I-ORG", "O", "O"), clean.get(26).tags(), "bank is written small once only");
    }
}
