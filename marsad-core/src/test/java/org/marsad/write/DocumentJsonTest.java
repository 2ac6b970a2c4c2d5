package org.marsad.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.marsad.model.Actor;
import org.marsad.model.Article;
import org.marsad.model.Document;
import org.marsad.model.EntityType;
import org.marsad.model.Mention;
import org.marsad.model.Section;
import org.marsad.model.Span;

class DocumentJsonTest {
    private static Document doc(String text, Span mention) {
        Article a = new Article("a1", null, null, "en", null, text,
                List.of(new Section(Section.Kind.BODY, new Span(0, text.length()))), "test");
        Mention m = new Mention("m1", EntityType.LOC, mention, mention.of(text), Actor.of("PAK"), "PAK",
                Map.of("ru", "Пакистан", "en", "Pakistan", "ar", "باكستان"), 0.95, Mention.LISTED);
        return new Document(a, List.of(), List.of(m), List.of(), List.of());
    }

    private static String write(Document d, DocumentWriter.Format format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DocumentWriter w = new DocumentWriter(format, out)) {
            w.write(d);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void offsetsAreCodePointsNotUtf16Units() throws Exception {
        String text = "😀😀 Pakistan";
        JsonNode m = new ObjectMapper().readTree(write(doc(text, new Span(5, 13)), DocumentWriter.Format.JSONL))
                .path("mentions").get(0);
        assertEquals(3, m.path("start").asInt());
        assertEquals(11, m.path("end").asInt());
        assertEquals("Pakistan", m.path("text").asText());
    }

    @Test
    void everyArrayIsPresentAndFieldsKeepTheirOrder() throws Exception {
        String line = write(doc("Pakistan", new Span(0, 8)), DocumentWriter.Format.JSONL);
        assertEquals(1, line.chars().filter(c -> c == '\n').count());
        JsonNode root = new ObjectMapper().readTree(line);
        assertEquals(List.of("article", "mentions", "times", "events"), fieldNames(root));
        assertEquals(List.of("en", "ru", "ar"), fieldNames(root.path("mentions").get(0).path("names")));
        assertEquals(0, root.path("events").size());
    }

    @Test
    void jsonIsAnArrayOfDocuments() throws Exception {
        JsonNode root = new ObjectMapper().readTree(write(doc("Pakistan", new Span(0, 8)), DocumentWriter.Format.JSON));
        assertEquals(1, root.size());
        assertEquals("a1", root.get(0).path("article").path("id").asText());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
