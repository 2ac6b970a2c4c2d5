package org.marsad.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.marsad.model.Article;
import org.marsad.model.Document;
import org.marsad.model.Event;
import org.marsad.model.Mention;
import org.marsad.model.Section;
import org.marsad.model.Span;
import org.marsad.read.TextLayout;
import org.marsad.write.DocumentWriter;

class PipelineTest {
    private static final Pipeline PIPELINE = Pipeline.standard();

    private static Article page(String text) {
        TextLayout.Layout layout = TextLayout.of(text);
        return new Article("t", null, layout.title(), null, null, text, layout.sections(), "test");
    }

    private static Article sentence(String text, String lang, LocalDate date) {
        return new Article("s", null, null, lang, date, text, List.of(new Section(Section.Kind.BODY,
                new Span(0, text.length()))), "test");
    }

    @Test
    void takesTheArticleDateFromTheDateLineAndSkipsChrome() {
        Document d = PIPELINE.process(page("Ru En\n\nعنوان الخبر\n\n٠٣ يونيو ٢٠٢٠\n\nزار الرئيس الروسي باكستان أمس."));
        assertEquals("ar", d.article().lang());
        assertEquals(LocalDate.of(2020, 6, 3), d.article().published());
        assertTrue(d.mentions().stream().noneMatch(m -> m.text().equals("Ru")));
    }

    @Test
    void offsetsPointAtTheOriginalText() {
        String text = "وقّعت روسيا وباكستان اتفاقية للتعاون العسكري في العام 2014.";
        Document d = PIPELINE.process(sentence(text, "ar", LocalDate.of(2020, 6, 3)));
        for (Mention m : d.mentions()) {
            assertEquals(m.text(), m.span().of(text));
        }
        Event e = d.events().get(0);
        assertEquals("وقّعت", e.trigger().text());
        assertEquals("057", e.cameo());
        assertEquals("RUS", e.source().get(0).actor().code());
        assertEquals("PAK", e.target().get(0).actor().code());
        assertEquals("باكستان", e.target().get(0).text());
        assertEquals("2014", e.time().value());
    }

    @Test
    void sameInputGivesByteIdenticalOutput() {
        String text = "Ru En\n\nعنوان\n\n٠٣ يونيو ٢٠٢٠\n\nاستقبل الرئيس المصري نظيره التركي في القاهرة أمس.";
        assertEquals(json(PIPELINE.process(page(text))), json(Pipeline.standard().process(page(text))));
    }

    @Test
    void anArticleWithoutEventsStillGetsItsDocument() {
        Document d = PIPELINE.process(sentence("الطقس جميل اليوم.", "ar", null));
        assertTrue(d.events().isEmpty());
        assertNull(d.article().published());
    }

    private static String json(Document d) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DocumentWriter w = new DocumentWriter(DocumentWriter.Format.JSONL, out)) {
            w.write(d);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
