package org.marsad.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.marsad.eval.PloverGold;
import org.marsad.model.Document;

class PloverRecordsTest {
    private static final Document DOC = ExportDocs.document();

    private static String written(Document... docs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DocumentWriter w = new DocumentWriter(DocumentWriter.Format.PLOVER, out)) {
            for (Document d : docs) {
                w.write(d);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static JsonNode records(Document... docs) throws Exception {
        return new ObjectMapper().readTree(written(docs));
    }

    @Test
    void oneRecordPerEventWithAPloverTypeInOneArray() throws Exception {
        JsonNode all = records(DOC, DOC);
        assertTrue(all.isArray());
        // e4 (010, a statement) has no PLOVER type
        assertEquals(6, all.size());
        List<String> ids = new ArrayList<>();
        all.get(0).fieldNames().forEachRemaining(ids::add);
        assertEquals(List.of("id", "key", "date", "actor", "recipient", "event", "event_type", "quad_code", "mode", "context",
                "event_loc", "event_text", "cameo", "goldstein", "modality", "text", "text_info", "cite_info"), ids);
    }

    @Test
    void fieldsOfARecord() throws Exception {
        JsonNode r = records(DOC).get(0);
        assertEquals("a1-e1", r.get("id").asText());
        assertEquals("2017-06-09", r.get("date").asText());
        assertEquals("RUS", r.get("actor").get(0).get("code").asText());
        assertEquals("PAK", r.get("actor").get(1).get("code").asText());
        assertEquals("Russia", r.get("actor").get(0).get("entity_text").asText());
        assertEquals("RUS", r.get("actor").get(0).get("identifier_id").asText());
        assertEquals("IND", r.get("recipient").get(0).get("code").asText());
        assertEquals("AGREE", r.get("event").get(0).asText());
        assertEquals("AGREE", r.get("event_type").asText());
        assertEquals(0, r.get("mode").size());
        assertEquals("diplomatic", r.get("context").get(0).asText());
        assertEquals("Astana", r.get("event_loc").get("extracted_place").asText());
        assertEquals("KAZ", r.get("event_loc").get("country_code").asText());
        assertEquals(51.18, r.get("event_loc").get("lat").asDouble());
        assertEquals(4, r.get("event_loc").get("resolution").asInt());
        assertEquals("signed", r.get("event_text").get(0).asText());
        assertEquals(ExportDocs.LEAD, r.get("text").asText());
        int start = r.get("text_info").get("start").asInt();
        assertEquals(ExportDocs.LEAD, ExportDocs.TEXT.substring(start, r.get("text_info").get("end").asInt()));
        assertEquals("https://example.org/astana", r.get("cite_info").get("url").asText());
        assertEquals("en", r.get("cite_info").get("language").asText());
    }

    @Test
    void negatedEventsKeepTheirModalityAndOrganisationsGetPloversCodes() throws Exception {
        JsonNode all = records(DOC);
        JsonNode negated = all.get(1);
        assertEquals("negated", negated.get("modality").asText());
        // the manual's auxiliary mode, in context, so that PLOVER readers leave the event out
        JsonNode context = negated.get("context");
        assertEquals("negation", context.get(context.size() - 1).asText());
        assertEquals(1, all.get(0).get("quad_code").asInt());
        assertEquals("IGO", negated.get("actor").get(0).get("code").asText());
        assertTrue(negated.get("actor").get(0).get("sector").isNull());
        assertEquals("Shanghai Cooperation Organisation", negated.get("actor").get(0).get("identifier_text").asText());
        assertEquals("2020-06-03", negated.get("date").asText());
        JsonNode welcomed = all.get(2);
        assertEquals("UNO", welcomed.get("actor").get(0).get("code").asText());
        assertEquals(2, welcomed.get("recipient").size());
        assertTrue(welcomed.get("recipient").get(0).get("identifier_id").isNull());
        assertTrue(welcomed.get("event_loc").isNull());
    }

    @Test
    void theScorerReadsTheExportAsTheManualDefinesIt() throws Exception {
        List<PloverGold.Record> read = PloverGold.parse(written(DOC));
        JsonNode all = records(DOC);
        assertEquals(all.size(), read.size());
        assertEquals(Set.of("RUS", "PAK"), read.get(0).actors());
        assertEquals(Set.of("IND"), read.get(0).recipients());
        assertEquals(Set.of("AGREE"), read.get(0).types());
        // the negated event is read as a sentence that tells of none
        assertTrue(read.get(1).types().isEmpty());
    }

    @Test
    void emptyInputIsAnEmptyArrayAndOutputIsDeterministic() throws Exception {
        assertEquals(0, records().size());
        assertEquals(written(DOC), written(DOC));
    }
}
