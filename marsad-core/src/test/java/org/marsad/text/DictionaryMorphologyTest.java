package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.marsad.data.DataFile;
import org.marsad.model.Analysis;

/** morphology.tsv rows and what each one changes. */
class DictionaryMorphologyTest {
    private static final String DICT = "/org/languagetool/resource/ru/russian.dict";
    private static final Normaliser NORMALISER = LanguagePack.of("ru").normaliser();
    private static final Morphology ENDINGS = new AffixMorphology(List.of(), List.of("а"), 2, java.util.Set.of(), java.util.Map.of(), java.util.Map.of());

    private static DataFile.Row row(int line, String... fields) {
        return new DataFile.Row("morphology.tsv", line, List.of(fields));
    }

    private static DictionaryMorphology load(DataFile.Row... rows) {
        return DictionaryMorphology.load(List.of(rows), NORMALISER, ENDINGS);
    }

    private static List<String> lemmas(Morphology m, String word) {
        return m.analyse(word).stream().map(Analysis::lemma).toList();
    }

    @Test
    void guessingFollowsTheGuessRow() {
        assertEquals(List.of("байдена"), lemmas(load(row(1, "morfologik", DICT)), "Байдена"));
        assertEquals(List.of("байдена", "байден"),
                lemmas(load(row(1, "morfologik", DICT), row(2, "guess", "capitalised")), "Байдена"));
        assertEquals(List.of("байдена"),
                lemmas(load(row(1, "morfologik", DICT), row(2, "guess", "capitalised")), "байдена"));
        assertEquals(List.of("байдена", "байден"),
                lemmas(load(row(1, "morfologik", DICT), row(2, "guess", "all")), "байдена"));
    }

    @Test
    void aStemKnownOnlyAsANameStaysAGuessWithTheProperRow() {
        Morphology endingE = new AffixMorphology(List.of(), List.of("е", "ем"), 2, java.util.Set.of(), java.util.Map.of(), java.util.Map.of());
        DataFile.Row dict = row(1, "morfologik", DICT);
        DataFile.Row guess = row(2, "guess", "capitalised");
        DataFile.Row proper = row(3, "proper", "NN:(Name|Fam|Patr):.*");
        // Рафах reads as a plural of the given names Рафа, Раф; дому is a form of the word дом.
        assertEquals(List.of("рафахе"), lemmas(DictionaryMorphology.load(List.of(dict, guess), NORMALISER, endingE), "Рафахе"));
        assertEquals(List.of("рафахе", "рафах"),
                lemmas(DictionaryMorphology.load(List.of(dict, guess, proper), NORMALISER, endingE), "Рафахе"));
        assertEquals(List.of("домуе"),
                lemmas(DictionaryMorphology.load(List.of(dict, guess, proper), NORMALISER, endingE), "Домуе"));
        // A name in the tables is not indexed under such a stem: the city Маркем is no key for марку.
        DictionaryMorphology withProper = DictionaryMorphology.load(List.of(dict, guess, proper), NORMALISER, endingE);
        assertTrue(lemmas(withProper, "Маркем").contains("марк"));
        assertEquals(List.of(), withProper.citationLemmas("Маркем"));
    }

    @Test
    void citationLemmasNeedTheCitationRow() {
        assertEquals(List.of(), load(row(1, "morfologik", DICT)).citationLemmas("Шанхайская"));
        assertEquals(List.of("шанхайский"),
                load(row(1, "morfologik", DICT), row(2, "citation", ".*:Nom(:.*)?")).citationLemmas("Шанхайская"));
    }

    @Test
    void badRowsAreReportedWhereTheyStand() {
        assertMessage("morphology.tsv:3: unknown morphology row kind 'stemmer'", () -> load(row(3, "stemmer", DICT)));
        assertMessage("morphology.tsv:1: dictionary /nowhere.dict is not on the class path",
                () -> load(row(1, "morfologik", "/nowhere.dict")));
        assertMessage("morphology.tsv:2: guess must be none, capitalised or all, not 'some'",
                () -> load(row(1, "morfologik", DICT), row(2, "guess", "some")));
        assertMessage("morphology.tsv:2: bad citation pattern", () -> load(row(1, "morfologik", DICT), row(2, "citation", "(")));
        assertMessage("morphology.tsv:2: bad proper pattern", () -> load(row(1, "morfologik", DICT), row(2, "proper", "(")));
        assertMessage("morphology.tsv: no morfologik dictionary named", () -> load(row(1, "guess", "all")));
    }

    private static void assertMessage(String start, Runnable r) {
        DataFile.DataException e = assertThrows(DataFile.DataException.class, r::run);
        assertTrue(e.getMessage().startsWith(start), e.getMessage());
    }
}
