package org.marsad.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.Section;

class JsonlReadTest {
    private final String path = Collected.resource("articles.jsonl");

    @Test
    void goodLinesAreReadAndBadLinesReported() {
        Collected c = Collected.read(path);
        assertEquals(List.of(3L, 5L, 6L, 7L, 11L, 12L, 13L), c.errors.stream().map(InputError::line).toList());
        assertEquals(List.of(path), c.errors.stream().map(InputError::origin).distinct().toList());
        assertTrue(c.errors.get(0).reason().startsWith("broken JSON at column 41: Unexpected end-of-input"),
                c.errors.get(0).reason());
        assertEquals(List.of("missing \"text\"", "\"text\" must be a string, not a number",
                "\"date\" is not a YYYY-MM-DD date: \"15/03/2021\"", "expected a JSON object, found an array"),
                c.errors.subList(1, 5).stream().map(InputError::reason).toList());
        assertTrue(c.errors.get(5).reason().startsWith("broken JSON at column 22: Trailing token"),
                c.errors.get(5).reason());
        assertEquals("\"title\" must be a string, not an array", c.errors.get(6).reason());
        assertEquals(path + ":5: missing \"text\"", c.errors.get(1).message());
        assertEquals(List.of(path + ":1", path + ":2", path + ":9", path + ":10"),
                c.articles.stream().map(Article::origin).toList());
    }

    @Test
    void fieldsAreTakenAsGiven() {
        Article a = Collected.read(path).articles.get(0);
        assertEquals("a1", a.id());
        assertEquals("https://example.org/a1", a.url());
        assertEquals("زيارة", a.title());
        assertEquals("ar", a.lang());
        assertEquals(LocalDate.of(2021, 3, 15), a.published());
        assertEquals("وصل وزير الخارجية المصري إلى موسكو.", a.text());
    }

    @Test
    void aSingleSentenceIsOneBodySectionWithAHashId() {
        Collected c = Collected.read(path);
        Article a = c.articles.get(2);
        assertEquals("It happened in 2001.", a.text());
        assertEquals(List.of("BODY It happened in 2001."), Collected.sections(a));
        assertEquals(Articles.id("It happened in 2001."), a.id());
        assertEquals(16, a.id().length());
        assertNull(a.title());
        assertNull(a.published());
    }

    @Test
    void aMultiLineTextGetsThePageLayoutAndANumericIdIsKept() {
        Article a = Collected.read(path).articles.get(3);
        assertEquals("7", a.id());
        assertEquals(List.of("CHROME Ru En", "TITLE Egypt and Russia hold talks", "DATELINE 15 March 2021",
                "BODY The two ministers met in Moscow."), Collected.sections(a));
        assertEquals("Egypt and Russia hold talks", a.title());
    }

    @Test
    void optionsOverrideTheLanguageAndFillInMissingDates() {
        ReadOptions options = ReadOptions.defaults().withLang("RU").withDate(LocalDate.of(2020, 1, 2));
        Collected c = Collected.read(options, path);
        assertEquals(List.of("ru"), c.articles.stream().map(Article::lang).distinct().toList());
        assertEquals(LocalDate.of(2021, 3, 15), c.articles.get(0).published(), "the input's own date wins");
        assertEquals(LocalDate.of(2020, 1, 2), c.articles.get(1).published());
        assertEquals(null, ReadOptions.defaults().withLang("auto").lang());
    }

    @Test
    void aJsonArrayIsReadElementByElement() {
        String json = "[\n {\"text\": \"First.\"},\n {\"text\": 5},\n {\"id\": \"x\", \"text\": \"Second.\"}\n]\n";
        Collected c = Collected.stream(ReadOptions.defaults(), "posted",
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("First.", "Second."), c.articles.stream().map(Article::text).toList());
        assertEquals(List.of("posted:3: \"text\" must be a string, not a number"), c.messages());
        assertEquals("posted:4", c.articles.get(1).origin());
    }

    @Test
    void aBrokenJsonArrayStopsWhereItBreaks() {
        String json = "[{\"text\": \"First.\"},\n{\"text\": \"Second.\"\n";
        Collected c = Collected.stream(ReadOptions.defaults(), "a.json",
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("First."), c.articles.stream().map(Article::text).toList());
        assertEquals(1, c.errors.size());
        assertEquals(3, c.errors.get(0).line());
        assertTrue(c.errors.get(0).reason().startsWith("broken JSON"), c.errors.get(0).reason());
    }

    @Test
    void anOverlongLineIsAnErrorAndTheNextLineIsRead() {
        String jsonl = "{\"text\": \"" + "x".repeat(200) + "\"}\n{\"text\": \"short\"}\n";
        Collected c = Collected.stream(ReadOptions.defaults().withMaxBytes(100), "big.jsonl",
                new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("big.jsonl:1: line longer than the limit of 100 bytes"), c.messages());
        assertEquals(List.of("short"), c.articles.stream().map(Article::text).toList());
        assertEquals(Section.Kind.BODY, c.articles.get(0).sections().get(0).kind());
    }
}
