package org.marsad.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.marsad.data.DataFile;
import org.marsad.model.EntityType;

class TranslitLinkerTest {
    /** People each known in one script only, two near namesakes, and a place. */
    private static final List<Entity> ENTITIES = entities(
            "shafqat-ali-khan\tPER\tPAK\t-\t-\t-\tشفقت علي خان",
            "shehbaz-sharif\tPER\tPAK\t-\tShehbaz Sharif\t-\t-",
            "sergei-ivanov\tPER\tRUS\t-\t-\tСергей Иванов\t-",
            "ahmed-hassan\tPER\tEGY\t-\tAhmed Hassan\t-\t-",
            "ahmad-hasan\tPER\tJOR\t-\tAhmad Hasan\t-\t-",
            "imran-khan\tPER\tPAK\t-\tImran Khan\t-\t-",
            "multan\tLOC\tPAK\t-\tMultan\t-\t-");
    private static final TranslitLinker LINKER = TranslitLinker.of(ENTITIES);

    private static List<Entity> entities(String... lines) {
        List<DataFile.Row> rows = new ArrayList<>();
        rows.add(new DataFile.Row("test.tsv", 1, EntityFiles.COLUMNS));
        for (String line : lines) {
            List<String> fields = new ArrayList<>(List.of((line + "\t-\t-").split("\t")));
            rows.add(new DataFile.Row("test.tsv", rows.size() + 1, fields));
        }
        return EntityFiles.parse(rows);
    }

    private static String linked(String name, String lang, EntityType type) {
        TranslitLinker.Link link = LINKER.link(LINKER.keyWords(name, lang), type, lang);
        return link == null ? null : link.entity().id();
    }

    @Test
    void aNameIsComparedWithItsOwnLanguagesNameEvenWhenAnotherScriptSpellsItAlike() {
        TranslitLinker linker = TranslitLinker.of(entities(
                "france-24\tORG\t-\tMED\tFrance 24\tФранс 24\tفرانس 24"));
        for (String[] name : new String[][] {{"فرانس", "ar"}, {"Франс", "ru"}, {"France", "en"}}) {
            TranslitLinker.Link link = linker.link(linker.keyWords(name[0], name[1]), EntityType.ORG, name[1]);
            assertEquals("france-24", link == null ? null : link.entity().id(), name[0]);
        }
    }

    @Test
    void latinMeetsArabic() {
        assertEquals("shafqat-ali-khan", linked("Shafqat Ali Khan", "en", EntityType.PER));
    }

    @Test
    void cyrillicMeetsLatinInflectedOrNot() {
        assertEquals("shehbaz-sharif", linked("Шехбаз Шариф", "ru", EntityType.PER));
        assertEquals("shehbaz-sharif", linked("Шехбаза Шарифа", "ru", EntityType.PER));
        assertEquals("shehbaz-sharif", linked("Shahbaz Sharif", "en", EntityType.PER));
    }

    @Test
    void arabicAndLatinMeetCyrillic() {
        assertEquals("sergei-ivanov", linked("سيرغي إيفانوف", "ar", EntityType.PER));
        assertEquals("sergei-ivanov", linked("Sergey Ivanov", "en", EntityType.PER));
    }

    @Test
    void arabicMeetsLatin() {
        assertEquals("shehbaz-sharif", linked("شهباز شريف", "ar", EntityType.PER));
        assertEquals("imran-khan", linked("عمران خان", "ar", EntityType.PER));
    }

    @Test
    void namesakesTooFarApartAreNotLinked() {
        assertNull(linked("Shaukat Ali Khan", "en", EntityType.PER));
        assertNull(linked("Шаукат Али Хан", "ru", EntityType.PER));
        assertNull(linked("Iman Khan", "en", EntityType.PER));
        assertNull(linked("Shehzad Sharif", "en", EntityType.PER));
    }

    @Test
    void twoPeopleAboutAsNearLinkToNeither() {
        assertNull(linked("Ahmed Hasan", "en", EntityType.PER));
    }

    @Test
    void placesAndOtherTypesAreLeftToTheSkeleton() {
        assertNull(linked("Мултан", "ru", EntityType.LOC));
        assertNull(linked("Shehbaz Sharif", "en", EntityType.ORG));
    }

    @Test
    void theDistanceGrowsWithTheDifference() {
        TranslitLinker.Link same = LINKER.link(LINKER.keyWords("Shehbaz Sharif", "en"), EntityType.PER, "en");
        TranslitLinker.Link near = LINKER.link(LINKER.keyWords("Шехбаз Шариф", "ru"), EntityType.PER, "ru");
        assertEquals(0.0, same.distance());
        assertTrue(near.distance() > 0 && near.distance() <= 0.75, "distance " + near.distance());
    }
}
