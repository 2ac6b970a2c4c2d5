package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.marsad.model.Analysis;
import org.marsad.model.Token;

/** Russian words reach their lemmas through the dictionary that lang/ru/morphology.tsv names. */
class RussianMorphologyTest {
    private static final LanguagePack RU = LanguagePack.of("ru");

    private static List<String> lemmas(String word) {
        return RU.morphology().analyse(word).stream().map(Analysis::lemma).toList();
    }

    /** The token of a one-word text, normalised as the pipeline does (ё folded, stress marks gone). */
    private static Token token(String text) {
        List<Token> tokens = new Segmenter(RU).tokens(text, 0, text.length());
        assertEquals(1, tokens.size(), text);
        return tokens.get(0);
    }

    private static void assertLemma(String word, String lemma) {
        assertTrue(token(word).hasLemma(lemma), word + " → " + lemma + ", readings " + token(word).analyses());
    }

    @Test
    void russianPackReadsTheDictionary() {
        assertInstanceOf(DictionaryMorphology.class, RU.morphology());
    }

    @Test
    void statesAndCapitalsInEveryCase() {
        assertLemma("России", "россия");
        assertLemma("Россией", "россия");
        assertLemma("Пакистаном", "пакистан");
        assertLemma("Москве", "москва");
        assertLemma("Исламабаде", "исламабад");
    }

    @Test
    void peoplesNames() {
        assertLemma("Путина", "путин");
        assertLemma("Имрана", "имран");
        assertLemma("Хана", "хан");
        assertLemma("Лаврову", "лавров");
    }

    @Test
    void adjectivesAndNounsOfOrganisationNames() {
        assertLemma("Шанхайской", "шанхайский");
        assertLemma("организации", "организация");
        assertLemma("сотрудничества", "сотрудничество");
    }

    @Test
    void anyFormOfAVerbReachesItsInfinitive() {
        assertLemma("встретился", "встретиться");
        assertLemma("встретятся", "встретиться");
        assertLemma("встретились", "встретиться");
        assertLemma("подписали", "подписать");
        assertLemma("подпишут", "подписать");
        assertLemma("подписал", "подписать");
    }

    @Test
    void nounsKeepTheirOwnLemma() {
        // A verbal noun is a word of its own: trigger lists name встреча beside встретиться.
        assertLemma("встречи", "встреча");
        assertFalse(token("встреча").hasLemma("встретиться"));
    }

    @Test
    void wholeLowerCasedWordComesFirst() {
        List<Analysis> readings = token("России").analyses();
        assertEquals(Analysis.whole("россии"), readings.get(0));
        assertEquals("россия", readings.get(1).lemma());
        assertEquals(2, readings.size(), "one reading per distinct lemma: " + readings);
    }

    @Test
    void tagsAreTheDictionarysJoinedPerLemma() {
        Analysis russia = token("России").analyses().get(1);
        assertTrue(List.of(russia.tags().split("\\|")).contains("NN:Inanim:Fem:Sin:R"), russia.tags());
        Analysis pakistan = token("Пакистан").analyses().get(0);
        assertEquals("пакистан", pakistan.lemma());
        assertTrue(pakistan.tags().startsWith("NN:Inanim:Masc:Sin:Nom"), "a lemma's own form carries its tags");
        assertTrue(token("подпишут").analyses().get(1).tags().contains("VB:Fut"));
    }

    @Test
    void yoIsFoldedInWordsAndLemmas() {
        assertLemma("пошёл", "пойти");
        assertLemma("объёма", "объем");
        assertEquals("еще", token("ещё").analyses().get(0).lemma());
    }

    @Test
    void capitalisedWordsTheDictionaryLacksAreGuessed() {
        assertLemma("Эрдогана", "эрдоган");
        assertLemma("Байденом", "байден");
        assertLemma("Анналены", "аннален");
        assertLemma("Ына", "ын");
        assertEquals(List.of("байдена"), lemmas("байдена"), "only capitalised words are guessed");
        assertEquals(List.of("путина", "путин"), lemmas("Путина").subList(0, 2), "known words are not guessed");
    }

    @Test
    void guessedStemsThatAreWordsAreDropped() {
        // Домы is no form of дом; taking -ы off would make it one.
        assertEquals(List.of("домы"), lemmas("Домы"));
    }

    @Test
    void citationFormsGiveTheirNominativeLemmas() {
        Morphology m = RU.morphology();
        assertEquals(List.of("шанхайский"), m.citationLemmas("Шанхайская"));
        assertEquals(List.of(), m.citationLemmas("Путин"), "путина is only a genitive of Путин");
        assertEquals(List.of("штат"), m.citationLemmas("Штаты"));
        assertEquals(List.of("аннален"), m.citationLemmas("Анналена"));
    }

    @Test
    void otherLanguagesKeepTheirAffixes() {
        assertInstanceOf(AffixMorphology.class, LanguagePack.of("ar").morphology());
        assertEquals(List.of(), LanguagePack.of("ar").morphology().citationLemmas("باكستان"));
    }

    @Test
    void repeatedLookupsComeFromTheCache() {
        assertSame(RU.morphology().analyse("Исламабадом"), RU.morphology().analyse("Исламабадом"));
    }

    @Test
    void threadsShareTheMorphology() throws Exception {
        List<String> words = List.of("России", "подпишут", "Эрдогана", "встретились", "Пакистаном", "организации");
        List<List<Analysis>> expected = words.stream().map(w -> RU.morphology().analyse(w)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<List<Analysis>>>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(pool.submit(() -> {
                    List<List<Analysis>> out = new ArrayList<>();
                    for (int i = 0; i < 200; i++) {
                        // Fresh words too, so that threads look up the dictionary at the same time.
                        RU.morphology().analyse("Неизвестное" + i);
                    }
                    for (String w : words) {
                        out.add(RU.morphology().analyse(w));
                    }
                    return out;
                }));
            }
            for (Future<List<List<Analysis>>> f : results) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
