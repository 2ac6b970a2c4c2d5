package org.marsad.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.marsad.model.Actor;
import org.marsad.model.EntityType;
import org.marsad.model.Token;
import org.marsad.text.LanguagePack;
import org.marsad.text.Segmenter;

/** Names in running text reach the bundled dictionary's entries, affixes and all. */
class ActorLookupTest {
    private static final ActorDictionary DICTIONARY = ActorDictionary.bundled();

    /** "id@text" for each match: the first entity's id and the matched original text. */
    private static List<String> found(String lang, String text) {
        List<Token> tokens = new Segmenter(LanguagePack.of(lang)).tokens(text, 0, text.length());
        List<String> out = new ArrayList<>();
        for (ActorDictionary.Match m : DICTIONARY.match(tokens)) {
            int start = tokens.get(m.start()).span().start();
            int end = tokens.get(m.end() - 1).span().end();
            StringBuilder ids = new StringBuilder();
            for (Entity e : m.entities()) {
                ids.append(ids.length() == 0 ? "" : "+").append(e.id());
            }
            out.add(ids + "@" + text.substring(start, end));
        }
        return out;
    }

    private static void assertFinds(String lang, String text, String... expected) {
        assertEquals(List.of(expected), found(lang, text), lang + ": " + text);
    }

    @Test
    void arabicStatesWithClitics() {
        assertFinds("ar", "وباكستان", "PAK@وباكستان");
        assertFinds("ar", "لروسيا", "RUS@لروسيا");
        assertFinds("ar", "الولايات المتحدة", "USA@الولايات المتحدة");
        assertFinds("ar", "للولايات المتحدة الأمريكية", "USA@للولايات المتحدة الأمريكية");
        assertFinds("ar", "للعراق وأمريكا", "IRQ@للعراق", "USA@وأمريكا");
        assertFinds("ar", "والهند", "IND@والهند");
    }

    @Test
    void arabicDemonymsInEveryForm() {
        assertFinds("ar", "الباكستاني", "demonym-pak@الباكستاني");
        assertFinds("ar", "الروسية", "demonym-rus@الروسية");
        assertFinds("ar", "الباكستانيين", "demonym-pak@الباكستانيين");
        assertFinds("ar", "الأمريكيون", "demonym-usa@الأمريكيون");
        assertFinds("ar", "الهندية", "demonym-ind@الهندية");
        assertFinds("ar", "والصينيين", "demonym-chn@والصينيين");
        assertFinds("ar", "الرياض", "riyadh@الرياض");
        assertFinds("ar", "السعودية", "SAU@السعودية");
    }

    @Test
    void arabicOrganisationsAndCapitals() {
        assertFinds("ar", "قمة \"منظمة شانغهاي للتعاون\"", "sco@منظمة شانغهاي للتعاون");
        assertFinds("ar", "منظمة شنغهاي للتعاون", "sco@منظمة شنغهاي للتعاون");
        assertFinds("ar", "مجموعة \"بريكس\"", "brics@بريكس");
        assertFinds("ar", "وكالة \"ريا نوفوستي\"", "ria-novosti@ريا نوفوستي");
        assertFinds("ar", "زودت موسكو", "moscow@موسكو");
        assertFinds("ar", "إن إسلام آباد لا تنوي", "islamabad@إسلام آباد");
        assertFinds("ar", "في أستانا", "astana@أستانا");
        assertFinds("ar", "حلف شمال الأطلسي", "nato@حلف شمال الأطلسي");
        assertFinds("ar", "بحر الصين الجنوبي", "south-china-sea@بحر الصين الجنوبي");
    }

    @Test
    void capitalsStandForTheirGovernment() {
        Entity moscow = DICTIONARY.get("moscow");
        assertEquals(new Actor("RUS", "GOV"), moscow.actorOn(null));
        assertEquals(new Actor("PAK", "GOV"), DICTIONARY.get("islamabad").actorOn(null));
        assertEquals(new Actor("KAZ", "GOV"), DICTIONARY.get("astana").actorOn(null));
        assertEquals(EntityType.LOC, moscow.type());
        assertTrue(moscow.lat() > 55 && moscow.lon() > 37);
    }

    @Test
    void movementsAndTheOccupationsForcesInThreeLanguages() {
        assertFinds("ar", "بيان جماعة الإخوان المسلمين", "muslim-brotherhood@جماعة الإخوان المسلمين");
        assertFinds("ar", "وحذر من الإخوان", "muslim-brotherhood@الإخوان");
        assertFinds("en", "the Muslim Brotherhood said", "muslim-brotherhood@Muslim Brotherhood");
        assertFinds("ru", "лидеры Братьев-мусульман", "muslim-brotherhood@Братьев-мусульман");
        assertFinds("ar", "واعتقلت قوات الاحتلال شابين", "israeli-occupation-forces@قوات الاحتلال");
        assertFinds("ar", "وقررت سلطات الاحتلال الإسرائيلي هدم المنزل",
                "israeli-occupation-authorities@سلطات الاحتلال الإسرائيلي");
        assertEquals(new Actor("EGY", "OPP"), DICTIONARY.get("muslim-brotherhood").actorOn(java.time.LocalDate.of(2015, 7, 21)));
        assertEquals(new Actor("EGY", "PTY"), DICTIONARY.get("muslim-brotherhood").actorOn(java.time.LocalDate.of(2013, 1, 1)));
        assertEquals(new Actor("ISR", "MIL"), DICTIONARY.get("israeli-occupation-forces").actorOn(null));
    }

    @Test
    void organisationsCarryTheirCodes() {
        assertEquals(new Actor("SCO", "IGO"), DICTIONARY.get("sco").actorOn(null));
        assertEquals(new Actor("ARAB_LEAGUE", "IGO"), DICTIONARY.get("arab-league").actorOn(null));
        assertEquals(null, DICTIONARY.get("ria-novosti").actorOn(null));
        assertEquals("MED", DICTIONARY.get("ria-novosti").sector());
        Entity taliban = DICTIONARY.get("taliban");
        assertEquals(new Actor("AFG", "REB"), taliban.actorOn(java.time.LocalDate.of(2020, 6, 3)));
        assertEquals(new Actor("AFG", "GOV"), taliban.actorOn(java.time.LocalDate.of(2022, 1, 1)));
    }

    @Test
    void russianNames() {
        assertFinds("ru", "Россия и Пакистан", "RUS@Россия", "PAK@Пакистан");
        assertFinds("ru", "Москва", "moscow@Москва");
        assertFinds("ru", "саммит ШОС", "sco@ШОС");
        assertFinds("ru", "Российская Федерация", "RUS@Российская Федерация");
        assertFinds("ru", "российский", "demonym-rus@российский");
        assertFinds("ru", "по данным РИА Новости", "ria-novosti@РИА Новости");
    }

    @Test
    void englishNames() {
        assertFinds("en", "Pakistan and Russia", "PAK@Pakistan", "RUS@Russia");
        assertFinds("en", "talks in Moscow", "moscow@Moscow");
        assertFinds("en", "NATO allies", "nato@NATO");
        assertFinds("en", "the U.S. and the UK", "USA@U.S.", "GBR@UK");
        assertFinds("en", "Pakistani officials", "demonym-pak@Pakistani");
        assertFinds("en", "The Washington Post", "washington-post@The Washington Post");
    }

    @Test
    void theTwoCongosKeptApart() {
        assertFinds("en", "the eastern Democratic Republic of Congo", "COD@Democratic Republic of Congo");
        assertFinds("en", "troops in the Republic of Congo", "COG@Republic of Congo");
        assertFinds("ru", "Демократической Республики Конго", "COD@Демократической Республики Конго");
        assertFinds("ar", "شرق الكونغو الديموقراطية", "COD@الكونغو الديموقراطية");
    }

    @Test
    void namesMarkedExactMatchOnlyAsWritten() {
        assertFinds("en", "US troops left", "USA@US");
        assertEquals(List.of(), found("en", "let us talk, said the Us weekly"));
    }

    @Test
    void ordinaryWordsAreNotNames() {
        assertFinds("en", "tell us who polished it");
        assertFinds("en", "Latin American leaders", "latin-american@Latin American");
        assertFinds("en", "New Jersey", "new-jersey@New Jersey");
        assertFinds("ar", "كيف حالك");
        assertFinds("ar", "القاعدة الجوية");
        assertFinds("ar", "وزارة الرياضة والدعم المالي والمالية");
        assertFinds("ar", "بالإكراه");
        assertFinds("ru", "после того как");
    }

    @Test
    void aNameMatchedOnlyAsWrittenReadsWithoutItsMark() {
        assertFinds("en", "Polish trucks blocked the border, and they polish their boots.", "demonym-pol@Polish");
        Entity polish = DICTIONARY.match(new Segmenter(LanguagePack.of("en")).tokens("Polish", 0, 6)).get(0).entities().get(0);
        assertEquals("Polish", polish.name("en"));
    }
}
