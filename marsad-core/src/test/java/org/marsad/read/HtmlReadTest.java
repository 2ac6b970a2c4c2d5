package org.marsad.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.Section;

class HtmlReadTest {
    @Test
    void titleDateAndBodyComeFromTheMarkup() {
        Article a = Collected.read(Collected.resource("page.html")).only();
        assertEquals("Глава МИД Египта прибыл в Москву", a.title());
        assertEquals(LocalDate.of(2021, 3, 15), a.published(), "meta date wins over <time>");
        assertEquals("ru", a.lang());
        assertEquals("https://news.example.org/2021/03/15/egypt-moscow", a.url());
        assertEquals(List.of(
                "TITLE Глава МИД Египта прибыл в Москву",
                "BODY Министр иностранных дел Египта Самех Шукри прибыл в Москву с официальным визитом.",
                "BODY В ходе визита он проведет переговоры с российским коллегой Сергеем Лавровым.",
                "BODY Ливия",
                "BODY Сирия"), Collected.sections(a));
        assertEquals(String.join("\n\n", Collected.texts(a, Section.Kind.TITLE).get(0),
                "Министр иностранных дел Египта Самех Шукри прибыл в Москву с официальным визитом.",
                "В ходе визита он проведет переговоры с российским коллегой Сергеем Лавровым.", "Ливия", "Сирия"),
                a.text());
    }

    @Test
    void hostileMarkupYieldsOnlyVisibleText() {
        Article a = Collected.read(Collected.resource("hostile.html")).only();
        assertEquals("Hostile page", a.title());
        assertEquals(LocalDate.of(2020, 6, 3), a.published(), "bad date values are passed over");
        for (String absent : List.of("injected", "written", "alert", "iframe text", "comment text", "cdata text",
                "svg text", "body{}")) {
            assertFalse(a.text().contains(absent), absent + " in " + a.text());
        }
        for (String present : List.of("broken tag text", "unclosed nesting text", "Real paragraph one about the summit.",
                "Real paragraph two continues here.", "cell text")) {
            assertTrue(a.text().contains(present), present + " missing from " + a.text());
        }
    }

    @Test
    void deeplyNestedMarkupDoesNotBreakTheReader() {
        int depth = 50_000;
        String html = "<html><body>" + "<div><span>".repeat(depth) + "deep text" + "</span></div>".repeat(depth)
                + "<p>after the nest</p></body></html>";
        Collected c = Collected.stream(ReadOptions.defaults().withFormat(InputFormat.HTML), "deep",
                new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        Article a = c.only();
        assertTrue(a.text().contains("deep text"), a.text());
        assertTrue(a.text().contains("after the nest"), a.text());
    }

    @Test
    void aDeclaredLegacyCharsetIsHonoured() {
        String html = "<html><head><meta charset=\"windows-1256\"><title>قمة</title></head>"
                + "<body><p>وصل الوزير إلى موسكو.</p></body></html>";
        Collected c = Collected.stream(ReadOptions.defaults(), "legacy",
                new ByteArrayInputStream(html.getBytes(Charset.forName("windows-1256"))));
        Article a = c.only();
        assertEquals("قمة", a.title());
        assertEquals(List.of("BODY وصل الوزير إلى موسكو."), Collected.texts(a, Section.Kind.BODY).stream()
                .map(t -> "BODY " + t).toList());
    }

    @Test
    void aVisibleDateLineAtTheTopIsTold() {
        String html = "<html><body><article><h1>Talks in Moscow</h1><p>15 March 2021</p>"
                + "<p>The ministers met.</p></article></body></html>";
        Article a = Collected.stream(ReadOptions.defaults(), "d",
                new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8))).only();
        assertEquals(List.of("TITLE Talks in Moscow", "DATELINE 15 March 2021", "BODY The ministers met."),
                Collected.sections(a));
        assertEquals(null, a.published(), "a visible date is the time tagger's job");
    }
}
