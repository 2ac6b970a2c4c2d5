package org.marsad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.marsad.data.DataFile;

class SummaryTemplatesTest {
    private static final List<String> LANGS = List.of("ar", "ru", "en");
    private static final List<String> COMMON = List.of("010", "012", "013", "020", "030", "031", "0311", "0312",
            "036", "040", "042", "043", "044", "045", "046", "050", "051", "057", "060", "061", "062", "070", "071",
            "072", "073", "080", "100", "110", "111", "112", "120", "125", "128", "130", "138", "140", "141", "145",
            "150", "160", "163", "170", "172", "173", "180", "181", "183", "190", "193", "195", "200");

    private final SummaryTemplates templates = SummaryTemplates.bundled();
    /** The bundled file's rows after its header. */
    private final List<DataFile.Row> rows = withoutHeader(DataFile.resource(SummaryTemplates.RESOURCE));

    private static List<DataFile.Row> withoutHeader(List<DataFile.Row> all) {
        return all.subList(1, all.size());
    }

    @Test
    void englishWithEveryPart() {
        assertEquals("Russia provided military aid to Pakistan (November 2014)",
                templates.render("072", "en", "Russia", "Pakistan", "November 2014"));
    }

    @Test
    void englishDropsWhatIsMissing() {
        assertEquals("Russia provided military aid to Pakistan",
                templates.render("072", "en", "Russia", "Pakistan", null));
        assertEquals("Russia provided military aid (2017)", templates.render("072", "en", "Russia", " ", "2017"));
        assertEquals("Russia and Pakistan signed an agreement",
                templates.render("057", "en", "Russia and Pakistan", null, ""));
    }

    @Test
    void russianKeepsNamesInTheNominative() {
        assertEquals("Россия: подписание соглашения, другая сторона — Пакистан (ноябрь 2014)",
                templates.render("057", "ru", "Россия", "Пакистан", "ноябрь 2014"));
        assertEquals("Россия: визит, принимающая сторона — Пакистан",
                templates.render("042", "ru", "Россия", "Пакистан", null));
        assertEquals("Пакистан: намерение развивать военное сотрудничество",
                templates.render("0312", "ru", "Пакистан", null, null));
    }

    @Test
    void arabicStartsFromAVerbalNoun() {
        assertEquals("توقيع روسيا اتفاقًا مع باكستان (نوفمبر 2014)",
                templates.render("057", "ar", "روسيا", "باكستان", "نوفمبر 2014"));
        assertEquals("زيارة فلاديمير بوتين إلى باكستان",
                templates.render("042", "ar", "فلاديمير بوتين", "باكستان", null));
        assertEquals("لقاء عمران خان في مكان محايد", templates.render("044", "ar", "عمران خان", null, null));
    }

    @Test
    void aCodeWithoutItsOwnTemplateUsesItsParentThenItsRoot() {
        assertEquals(templates.render("057", "en", "A", "B", "2020"), templates.render("0571", "en", "A", "B", "2020"));
        assertEquals(templates.render("17", "ru", "A", "B", null), templates.render("1711", "ru", "A", "B", null));
        assertEquals(templates.render("02", "ar", "A", "B", null), templates.render("0213", "ar", "A", "B", null));
    }

    @Test
    void aMissingSourceOutsideBracketsShowsAsAnEllipsis() {
        assertEquals("… signed an agreement with Pakistan", templates.render("057", "en", null, "Pakistan", null));
    }

    @Test
    void valuesAreInsertedAsTheyAre() {
        assertEquals("{target} [x] made threats against B",
                templates.render("130", "en", "{target} [x]", "B", null));
    }

    @Test
    void unknownLanguageOrCodeIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> templates.render("057", "fr", "A", "B", null));
        assertThrows(IllegalArgumentException.class, () -> templates.render("57", "en", "A", "B", null));
        assertThrows(IllegalArgumentException.class, () -> templates.render("99", "en", "A", "B", null));
        assertThrows(IllegalArgumentException.class, () -> templates.render(null, "en", "A", "B", null));
    }

    @Test
    void everyRootAndCommonCodeHasItsOwnTemplateInEachLanguage() {
        Set<String> have = new HashSet<>();
        for (DataFile.Row row : rows) {
            have.add(row.get(0) + "/" + row.get(1));
        }
        Set<String> missing = new TreeSet<>();
        for (int root = 1; root <= 20; root++) {
            for (String lang : LANGS) {
                String key = String.format("%02d", root) + "/" + lang;
                if (!have.contains(key)) {
                    missing.add(key);
                }
            }
        }
        for (String code : COMMON) {
            for (String lang : LANGS) {
                if (!have.contains(code + "/" + lang)) {
                    missing.add(code + "/" + lang);
                }
            }
        }
        assertTrue(missing.isEmpty(), "no template for " + missing);
    }

    @Test
    void everyTemplateIsForAKnownCodeAndNamesItsSource() {
        for (DataFile.Row row : rows) {
            assertTrue(CameoCodes.bundled().get(row.get(0)).isPresent(), row.file() + ":" + row.line());
            assertTrue(row.get(2).contains("{source}"), row.file() + ":" + row.line());
        }
    }

    @Test
    void theLanguagesOfACodeUseTheSamePlaceholders() {
        Pattern slot = Pattern.compile("\\{(\\w+)}");
        Map<String, Set<String>> byCode = new HashMap<>();
        for (DataFile.Row row : rows) {
            Set<String> slots = new TreeSet<>();
            Matcher m = slot.matcher(row.get(2));
            while (m.find()) {
                slots.add(m.group(1));
            }
            Set<String> first = byCode.putIfAbsent(row.get(0), slots);
            if (first != null) {
                assertEquals(first, slots, row.file() + ":" + row.line());
            }
        }
    }

    @Test
    void arabicAndRussianTemplatesHoldNoLatinLettersBesidesPlaceholders() {
        for (DataFile.Row row : rows) {
            if (!row.get(1).equals("en")) {
                String text = row.get(2).replaceAll("\\{(source|target|time)}", "");
                assertFalse(text.matches(".*[A-Za-z].*"), row.file() + ":" + row.line() + ": " + row.get(2));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{source} met[ with [{target}]]",
        "{source} met] with",
        "{source} met[ with",
        "{source} met[ again]",
        "{source} met {who}",
        "{source} met {target",
        "{source} met }"
    })
    void malformedTemplatesAreReportedWithTheirLine(String template, @TempDir Path dir) throws IOException {
        Path file = dir.resolve("summaries.tsv");
        Files.writeString(file, "code\tlang\ttemplate\n04\ten\t{source} consulted\n04\tru\t" + template + "\n");
        DataFile.DataException e = assertThrows(DataFile.DataException.class,
                () -> SummaryTemplates.from(DataFile.file(file)));
        assertTrue(e.getMessage().contains("summaries.tsv:3: "), e.getMessage());
    }

    @Test
    void aSecondTemplateForTheSameCodeAndLanguageIsRejected(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("summaries.tsv");
        Files.writeString(file, "code\tlang\ttemplate\n04\ten\t{source} consulted\n04\ten\t{source} met\n");
        DataFile.DataException e = assertThrows(DataFile.DataException.class,
                () -> SummaryTemplates.from(DataFile.file(file)));
        assertTrue(e.getMessage().contains("summaries.tsv:3: second template"), e.getMessage());
    }
}
