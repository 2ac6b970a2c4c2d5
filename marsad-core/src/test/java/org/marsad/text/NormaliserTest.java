package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import org.marsad.model.Span;

class NormaliserTest {
    private final Normaliser arabic = LanguagePack.of("ar").normaliser();

    @Test
    void foldsArabicLetterVariantsForMatching() {
        assertEquals("اسلام اباد", arabic.normalise("إسلام آباد", 0, 10).text());
        assertEquals("منظمه", arabic.normalise("منظمة", 0, 5).text());
        assertEquals("مصطفي", arabic.normalise("مصطفى", 0, 5).text());
    }

    @Test
    void dropsTatweelDiacriticsAndBidiMarksKeepingOffsets() {
        String text = "قال \u200Fالرئيـــسُ";
        NormalisedText n = arabic.normalise(text, 0, text.length());
        assertEquals("قال الرئيس", n.text());
        Span word = n.toOriginal(4, n.length());
        assertEquals("الرئيـــسُ", word.of(text));
    }

    @Test
    void makesArabicIndicAndPersianDigitsAscii() {
        assertEquals("03 يونيو 2020", arabic.normalise("٠٣ يونيو ٢٠٢٠", 0, 13).text());
        assertEquals("1441", arabic.normalise("۱۴۴۱", 0, 4).text());
    }

    @Test
    void foldsRussianYo() {
        Normaliser ru = LanguagePack.of("ru").normaliser();
        assertEquals("ее Петр", ru.normalise("её Пётр", 0, 7).text());
    }

    @Test
    void mapsEveryNormalisedCharBackIntoTheOriginal() {
        String text = "x\u00A0«Ru»\u200E ﻻ é";
        NormalisedText n = LanguagePack.of("en").normaliser().normalise(text, 0, text.length());
        for (int i = 0; i < n.length(); i++) {
            Span s = n.toOriginal(i, i + 1);
            assertEquals(true, s.start() >= 0 && s.end() <= text.length() && s.end() > s.start(), "char " + i);
        }
        assertEquals("x \"Ru\" ﻻ é", n.text());
    }
}
