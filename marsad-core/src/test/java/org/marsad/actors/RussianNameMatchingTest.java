package org.marsad.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.marsad.model.Token;
import org.marsad.text.LanguagePack;
import org.marsad.text.Segmenter;

/** Russian names in any case reach their entries: through their words' lemmas in text and in the tables. */
class RussianNameMatchingTest {
    private static final ActorDictionary DICTIONARY = ActorDictionary.bundled();

    private static List<ActorDictionary.Match> matches(String text, List<Token> tokens) {
        tokens.addAll(new Segmenter(LanguagePack.of("ru")).tokens(text, 0, text.length()));
        return DICTIONARY.match(tokens);
    }

    /** "id@text" for each match: the first entity's id and the matched original text. */
    private static List<String> found(String text) {
        List<Token> tokens = new ArrayList<>();
        List<String> out = new ArrayList<>();
        for (ActorDictionary.Match m : matches(text, tokens)) {
            int start = tokens.get(m.start()).span().start();
            int end = tokens.get(m.end() - 1).span().end();
            out.add(m.entities().get(0).id() + "@" + text.substring(start, end));
        }
        return out;
    }

    private static void assertFinds(String text, String... expected) {
        assertEquals(List.of(expected), found(text), text);
    }

    @Test
    void statesAndCapitalsInflected() {
        assertFinds("России", "RUS@России");
        assertFinds("между Россией и Пакистаном", "RUS@Россией", "PAK@Пакистаном");
        assertFinds("переговоры в Москве и Исламабаде", "moscow@Москве", "islamabad@Исламабаде");
        assertFinds("президент Российской Федерации", "RUS@Российской Федерации");
        assertFinds("делегация Соединённых Штатов", "USA@Соединённых Штатов");
    }

    @Test
    void peopleInflected() {
        assertFinds("визит Имрана Хана", "imran-khan@Имрана Хана");
        assertFinds("встреча с Имраном Ханом", "imran-khan@Имраном Ханом");
        assertFinds("заявление Владимира Путина", "vladimir-putin@Владимира Путина");
        assertFinds("позвонил Сергею Лаврову", "sergey-lavrov@Сергею Лаврову");
    }

    @Test
    void foreignNamesTheDictionaryLacks() {
        assertFinds("беседа с Тайипом Эрдоганом", "recep-tayyip-erdogan@Тайипом Эрдоганом");
        assertFinds("слова Анналены Бербок", "annalena-baerbock@Анналены Бербок");
        assertFinds("визит Си Цзиньпина", "xi-jinping@Си Цзиньпина");
    }

    @Test
    void placesWhoseCasesTheDictionaryMisreads() {
        assertFinds("бои в Рафахе", "rafah@Рафахе");
        assertFinds("удар по Рафаху", "rafah@Рафаху");
        assertFinds("наводнение в Дерне", "darnah@Дерне");
        assertFinds("Дерна", "darnah@Дерна");
    }

    @Test
    void multiWordOrganisationInflected() {
        assertFinds("саммит Шанхайской организации сотрудничества",
                "sco@Шанхайской организации сотрудничества");
        assertFinds("в Шанхайскую организацию сотрудничества", "sco@Шанхайскую организацию сотрудничества");
        assertFinds("Шанхайская организация сотрудничества", "sco@Шанхайская организация сотрудничества");
    }

    @Test
    void nameAsWrittenIsExactAndInflectedIsNot() {
        List<ActorDictionary.Match> asWritten = matches("Имран Хан", new ArrayList<>());
        List<ActorDictionary.Match> inflected = matches("Имрана Хана", new ArrayList<>());
        assertTrue(asWritten.get(0).exact());
        assertFalse(inflected.get(0).exact());
    }

    @Test
    void ordinaryWordsStayOrdinary() {
        assertFinds("после того как");
        assertFinds("организация сотрудничества");
        assertFinds("шанхайский климат");
        assertFinds("рыболовная путина");
    }
}
