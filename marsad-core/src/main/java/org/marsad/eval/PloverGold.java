package org.marsad.eval;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * PLOVER gold standard records, one per sentence: its {@code text}, event type ({@code event_type},
 * or {@code event} as a string or list), {@code date} where given, and the actor and recipient
 * country codes. Those come from entity lists ({@code actor}/{@code source},
 * {@code recipient}/{@code target}: objects with a {@code code}) as in the PLOVER manual's records,
 * or from annotators' spans ({@code spans[].source_role.main}, {@code spans[].target_role.main},
 * {@code None} for none) as in the Arabic event detection sets' protest_spans.json. The file may be
 * a JSON array, objects one per line, or objects separated by commas with trailing commas
 * (PLOVER_GSR_CAMEO.txt).
 */
public final class PloverGold {
    /** One record; empty actor sets mean the record names no country for that side. */
    public record Record(String id, LocalDate date, String text, Set<String> types, Set<String> actors,
                         Set<String> recipients) {
        public Record {
            types = Set.copyOf(types);
            actors = Set.copyOf(actors);
            recipients = Set.copyOf(recipients);
        }
    }

    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA).build()).build();

    private PloverGold() {
    }

    public static List<Record> parse(String json) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        String s = json.strip();
        if (s.startsWith("[")) {
            MAPPER.readTree(s).forEach(nodes::add);
        } else {
            try {
                MAPPER.readTree("[" + s + "]").forEach(nodes::add);
            } catch (JsonProcessingException notCommaSeparated) {
                try (MappingIterator<JsonNode> it = MAPPER.readerFor(JsonNode.class).readValues(s)) {
                    it.forEachRemaining(nodes::add);
                }
            }
        }
        List<Record> out = new ArrayList<>();
        for (JsonNode n : nodes) {
            if (n.isObject() && n.path("text").isTextual()) {
                out.add(record(n));
            }
        }
        return out;
    }

    private static Record record(JsonNode n) {
        String id = n.has("_id") ? n.get("_id").asText() : n.path("id").asText("");
        Set<String> types = new LinkedHashSet<>();
        addStrings(n.has("event_type") ? n.get("event_type") : n.path("event"), types);
        Set<String> actors = new LinkedHashSet<>();
        Set<String> recipients = new LinkedHashSet<>();
        addCodes(n.path("actor"), actors);
        addCodes(n.path("source"), actors);
        addCodes(n.path("recipient"), recipients);
        addCodes(n.path("target"), recipients);
        for (JsonNode span : n.path("spans")) {
            addCode(span.path("source_role").path("main"), actors);
            addCode(span.path("target_role").path("main"), recipients);
        }
        return new Record(id, date(n.path("date").asText(null)), n.get("text").asText(), types, actors, recipients);
    }

    private static void addStrings(JsonNode node, Set<String> out) {
        if (node.isArray()) {
            node.forEach(x -> addStrings(x, out));
        } else if (node.isTextual() && !node.asText().isBlank()) {
            out.add(node.asText().strip().toUpperCase(Locale.ROOT));
        }
    }

    /** Codes of a list of entity objects; anything else (the news source's name in "source") is not one. */
    private static void addCodes(JsonNode entities, Set<String> out) {
        if (entities.isArray()) {
            for (JsonNode e : entities) {
                addCode(e.path("code"), out);
            }
        }
    }

    private static void addCode(JsonNode code, Set<String> out) {
        if (code.isTextual()) {
            String c = code.asText().strip().toUpperCase(Locale.ROOT);
            if (!c.isEmpty() && !c.equals("NONE")) {
                out.add(c);
            }
        }
    }

    private static LocalDate date(String s) {
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
