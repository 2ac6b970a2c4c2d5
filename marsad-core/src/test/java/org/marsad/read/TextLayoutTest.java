package org.marsad.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.Section;

class TextLayoutTest {
    @Test
    void arabicPageHasChromeTitleDateLineAndBody() {
        Article a = Collected.read(Collected.resource("page-ar.txt")).only();
        assertEquals(List.of(
                "CHROME Ru En",
                "TITLE وزير الخارجية المصري يبحث في موسكو ملف سد النهضة",
                "DATELINE ١٥ مارس ٢٠٢١",
                "BODY وصل وزير الخارجية المصري سامح شكري إلى موسكو يوم الإثنين في زيارة رسمية تستمر يومين، يلتقي خلالها نظيره الروسي سيرغي لافروف.",
                "BODY وقالت الخارجية المصرية في بيان إن المحادثات ستتناول التعاون الاقتصادي والأوضاع في ليبيا وسوريا.",
                "BODY وأضاف البيان أن الجانبين سيبحثان أيضا \u202bملف سد النهضة\u202c الإثيوبي.",
                "CHROME شارك طباعة"), Collected.sections(a));
        assertEquals("وزير الخارجية المصري يبحث في موسكو ملف سد النهضة", a.title());
        assertNull(a.published(), "the date line is left to the time tagger");
        assertNull(a.lang());
        assertTrue(a.text().startsWith("Ru En\n\n"), "the text is the whole file");
        assertTrue(a.text().contains("\u202bملف سد النهضة\u202c"), "bidi controls are kept");
    }

    @Test
    void russianPageWithAbbreviatedYear() {
        Article a = Collected.read(Collected.resource("page-ru.txt")).only();
        assertEquals(List.of(
                "CHROME EN | AR",
                "TITLE Глава МИД Египта прибыл в Москву для переговоров",
                "DATELINE 15 марта 2021 г.",
                "BODY Министр иностранных дел Египта Самех Шукри прибыл в Москву с двухдневным официальным визитом.",
                "BODY В ходе визита он проведет переговоры с российским коллегой Сергеем Лавровым.",
                "CHROME Поделиться"), Collected.sections(a));
    }

    @Test
    void englishPageWithDateBeforeTitleAndWindowsLineEnds() {
        Article a = Collected.read(Collected.resource("page-en.txt")).only();
        assertEquals(List.of(
                "CHROME Home | News | World",
                "DATELINE Monday, 15 March 2021",
                "TITLE Egypt's foreign minister in Moscow for talks on Libya and Syria",
                "BODY Egyptian Foreign Minister Sameh Shoukry arrived in Moscow on Monday for a two-day official visit.",
                "BODY He is due to meet his Russian counterpart Sergei Lavrov on Tuesday.",
                "CHROME Share this"), Collected.sections(a));
    }

    @Test
    void aSingleLineIsAlwaysBody() {
        for (String text : List.of("Ru En", "٠٣ يونيو ٢٠٢٠", "  Putin met Khan in Astana.  ", "Share")) {
            TextLayout.Layout layout = TextLayout.of(text);
            assertEquals(1, layout.sections().size(), text);
            Section s = layout.sections().get(0);
            assertEquals(Section.Kind.BODY, s.kind(), text);
            assertEquals(text.strip(), s.span().of(text));
            assertNull(layout.title());
        }
        assertEquals(List.of(), TextLayout.of(" \u00a0\n\u200f\n").sections());
    }

    @Test
    void sentenceLinesAreNotTitlesOrDateLines() {
        String text = "It happened in 2001.\nThe two ministers met in Moscow.";
        assertEquals(List.of(Section.Kind.BODY, Section.Kind.BODY),
                TextLayout.of(text).sections().stream().map(Section::kind).toList());
    }

    @Test
    void dateLinesInAnyDigitScript() {
        for (String line : List.of("٠٣ يونيو ٢٠٢٠", "۱۵ اسفند ۱۳۹۹ - ۱۵ مارس ۲۰۲۱", "3 июня 2020 г.", "03.06.2020",
                "2020-06-03 14:35", "June 3, 2020", "Wednesday, 3 June 2020", "الأربعاء 3 يونيو 2020")) {
            assertTrue(DateLine.isDateLine(line, 0, line.length()), line);
        }
        for (String line : List.of("It happened in 2001.", "В 2020 году", "June 2020", "Is it 3 June 2020?",
                "He said \"3 June 2020\"", "Putin and Khan met in Astana on 9 June 2017 to sign a long agreement",
                "Room 12, 20345")) {
            assertFalse(DateLine.isDateLine(line, 0, line.length()), line);
        }
    }

    @Test
    void chromeLinesAreShortAndMadeOfChromeWords() {
        ChromeWords chrome = ChromeWords.standard();
        for (String line : List.of("Ru En", "RU · EN · AR", "English | Русский | العربية", "Share this", "Читайте также",
                "اقرأ أيضاً", "* * *", "\u200f|\u200f")) {
            assertTrue(chrome.isChrome(line, 0, line.length()), line);
        }
        for (String line : List.of("Russia and Egypt", "Lavrov", "Поделиться мнением о визите", "روسيا")) {
            assertFalse(chrome.isChrome(line, 0, line.length()), line);
        }
    }
}
