package org.marsad.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.marsad.data.DataFile;

class TransliterationTest {
    private static final Transliteration T = Transliteration.bundled();

    @Test
    void arabicNamesComeOutAsNewsSpellsThem() {
        assertEquals("muhammad bin slman", T.toLatin("محمد بن سلمان", "ar"));
        assertEquals("abd al-ftah al-sisi", T.toLatin("عبد الفتاح السيسي", "ar"));
        assertEquals("shfqt ali khan", T.toLatin("شفقت علي خان", "ar"));
        assertEquals("yusuf", T.toLatin("يوسف", "ar"));
    }

    @Test
    void russianNamesFollowEnglishNewsNotBgnWhereTheyDiffer() {
        assertEquals("shafkat", T.toLatin("Шафкат", "ru"));
        assertEquals("zelensky", T.toLatin("Зеленский", "ru"));
        assertEquals("khrushchyov", T.toLatin("Хрущёв", "ru"));
        assertEquals("shekhbaz sharif", T.toLatin("Шехбаз Шариф", "ru"));
    }

    @Test
    void latinNamesGoIntoCyrillicAndArabic() {
        assertEquals("шафкат али хан", T.fromLatin("Shafqat Ali Khan", "ru"));
        assertEquals("зеленский", T.fromLatin("zelensky", "ru"));
        assertEquals("столтенберг", T.fromLatin("Stoltenberg", "ru"));
        assertEquals("راسموسن", T.fromLatin("rasmussen", "ar"));
        assertEquals("روته", T.fromLatin("Rutte", "ar"));
        assertEquals("ميركل", T.fromLatin("Merkel", "ar"));
        assertEquals("محمد بن علي", T.fromLatin("Mohammed bin Ali", "ar"));
    }

    @Test
    void latinIsThePivotBetweenArabicAndCyrillic() {
        assertEquals("شافكات", T.convert("Шафкат", "ru", "ar"));
        assertEquals("бутин", T.convert("بوتين", "ar", "ru"));
        assertEquals("shafqat", T.convert("Shafqat", "en", "en"));
    }

    @Test
    void tableErrorsNameTheirLine() {
        DataFile.DataException e = assertThrows(DataFile.DataException.class, () -> Transliteration.compile("x-Latn",
                List.of(new DataFile.Row("x-Latn.tsv", 4, List.of("a$", "b", "c"))), true));
        assertTrue(e.getMessage().startsWith("x-Latn.tsv:4: "), e.getMessage());
        DataFile.DataException masked = assertThrows(DataFile.DataException.class, () -> Transliteration.compile(
                "x-Latn", List.of(new DataFile.Row("x-Latn.tsv", 1, List.of("a", "b")),
                        new DataFile.Row("x-Latn.tsv", 2, List.of("ab", "c"))), true));
        assertTrue(masked.getMessage().contains("masks"), masked.getMessage());
    }
}
