package org.marsad.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.marsad.model.Actor;
import org.marsad.model.Article;
import org.marsad.model.Document;
import org.marsad.model.EntityType;
import org.marsad.model.Event;
import org.marsad.model.Mention;
import org.marsad.model.Modality;
import org.marsad.model.Participant;
import org.marsad.model.Span;
import org.marsad.model.TimeExpression;

class DocumentJsonParserTest {
    private static String json(Document doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DocumentWriter w = new DocumentWriter(DocumentWriter.Format.JSONL, out)) {
            w.write(doc);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Document roundTrip(Document doc) throws Exception {
        return DocumentJsonParser.parse(new ObjectMapper().readTree(json(doc)), doc.article().text(), "here");
    }

    @Test
    void writingWhatWasReadGivesTheSameJson() throws Exception {
        Document doc = ExportDocs.document();
        Document back = roundTrip(doc);
        assertEquals(json(doc), json(back));
        assertEquals(doc.events(), back.events());
        assertEquals(GdeltRows.of(doc), GdeltRows.of(back), "the title and lead are found again in the text");
    }

    @Test
    void codePointOffsetsBecomeUtf16IndicesAgain() throws Exception {
        // two characters outside the BMP before the names: code points and UTF-16 indices differ
        String text = "\uD83D\uDE00 Russia \uD835\uDD4F met Pakistan.";
        Span russia = new Span(3, 9);
        Span pakistan = new Span(17, 25);
        assertEquals("Pakistan", pakistan.of(text));
        Participant rus = new Participant(new Actor("RUS", "GOV"), "Russia", russia, "m1");
        Participant pak = new Participant(Actor.of("PAK"), "Pakistan", pakistan, "m2");
        Document doc = new Document(
                new Article("x", null, null, "en", LocalDate.of(2020, 6, 3), text, List.of(), "x"), List.of(),
                List.of(new Mention("m1", EntityType.LOC, russia, "Russia", new Actor("RUS", "GOV"), "RUS",
                                Map.of("en", "Russia", "ru", "Россия"), 0.9, Mention.LISTED),
                        new Mention("m2", EntityType.LOC, pakistan, "Pakistan", Actor.of("PAK"), "PAK",
                                Map.of("en", "Pakistan"), 0.9, Mention.TRANSLITERATION)),
                List.of(new TimeExpression("t1", TimeExpression.Type.DATE, new Span(0, 2), "\uD83D\uDE00", "2020-06-03")),
                List.of(new Event("e1", 0, new Span(0, text.length()), new Event.Trigger("met", new Span(13, 16)),
                        "040", new Event.Plover("CONSULT", null, List.of()), 1, 1.0, List.of(rus), List.of(pak),
                        new Event.EventTime("2020-06-03", "t1"), null, Modality.PLANNED, pak, 0.7,
                        Map.of("en", "Russia met Pakistan"))));
        Document back = roundTrip(doc);
        assertEquals(doc.mentions(), back.mentions());
        assertEquals(doc.times(), back.times());
        assertEquals(doc.events(), back.events());
        assertEquals(json(doc), json(back));
    }
}
