package org.marsad.write;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

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
import org.marsad.read.TextLayout;

/**
 * The inverse of {@link DocumentJson}: a document as the contract's JSON and its article's text
 * back into the model, so that a store's documents can be written in every output format. The
 * JSON holds no sentences and no sections: the document has no sentences, and its sections are
 * those {@link TextLayout} finds in the text (what the plain-text and JSONL readers do).
 */
public final class DocumentJsonParser {
    private DocumentJsonParser() {
    }

    /** Writing the result with {@link DocumentJson} gives the same JSON back. */
    public static Document parse(JsonNode json, String text, String origin) {
        CodePoints cp = new CodePoints(text);
        JsonNode a = json.get("article");
        String published = string(a, "published");
        Article article = new Article(string(a, "id"), string(a, "url"), string(a, "title"), string(a, "lang"),
                published == null ? null : LocalDate.parse(published), text, TextLayout.of(text).sections(), origin);
        List<Mention> mentions = new ArrayList<>();
        for (JsonNode m : json.get("mentions")) {
            String code = string(m, "actor");
            mentions.add(new Mention(string(m, "id"), EntityType.valueOf(string(m, "type")), span(m, cp),
                    string(m, "text"), code == null ? null : new Actor(code, string(m, "sector")),
                    string(m, "entity"), byLanguage(m.get("names")), m.get("confidence").asDouble(),
                    string(m, "link")));
        }
        List<TimeExpression> times = new ArrayList<>();
        for (JsonNode t : json.get("times")) {
            times.add(new TimeExpression(string(t, "id"), TimeExpression.Type.valueOf(string(t, "type")), span(t, cp),
                    string(t, "text"), string(t, "value")));
        }
        List<Event> events = new ArrayList<>();
        for (JsonNode e : json.get("events")) {
            events.add(event(e, cp));
        }
        return new Document(article, List.of(), mentions, times, events);
    }

    private static Event event(JsonNode e, CodePoints cp) {
        JsonNode trigger = e.get("trigger");
        JsonNode plover = e.get("plover");
        JsonNode time = e.get("time");
        JsonNode place = e.get("place");
        JsonNode speaker = e.get("attribution");
        return new Event(string(e, "id"), e.get("sentence").asInt(), span(e.get("evidence"), cp),
                new Event.Trigger(string(trigger, "text"), span(trigger, cp)), string(e, "cameo"),
                absent(plover) ? null : new Event.Plover(string(plover, "type"), string(plover, "mode"),
                        strings(plover.get("context"))),
                e.get("quad").asInt(), e.get("goldstein").asDouble(),
                participants(e.get("source"), cp), participants(e.get("target"), cp),
                absent(time) ? null : new Event.EventTime(string(time, "value"), string(time, "time")),
                absent(place) ? null : new Event.Place(string(place, "text"), span(place, cp),
                        string(place, "country"), number(place, "lat"), number(place, "lon")),
                Modality.valueOf(string(e, "modality").toUpperCase(Locale.ROOT)),
                absent(speaker) ? null : participant(speaker, cp),
                e.get("confidence").asDouble(), byLanguage(e.get("summary")));
    }

    private static List<Participant> participants(JsonNode list, CodePoints cp) {
        List<Participant> out = new ArrayList<>();
        for (JsonNode p : list) {
            out.add(participant(p, cp));
        }
        return out;
    }

    private static Participant participant(JsonNode p, CodePoints cp) {
        return new Participant(new Actor(string(p, "actor"), string(p, "sector")), string(p, "text"), span(p, cp),
                string(p, "mention"));
    }

    private static Span span(JsonNode node, CodePoints cp) {
        return new Span(cp.utf16(node.get("start").asInt()), cp.utf16(node.get("end").asInt()));
    }

    private static Map<String, String> byLanguage(JsonNode node) {
        Map<String, String> out = new LinkedHashMap<>();
        if (!absent(node)) {
            node.fields().forEachRemaining(f -> out.put(f.getKey(), f.getValue().asText()));
        }
        return out;
    }

    private static List<String> strings(JsonNode list) {
        List<String> out = new ArrayList<>();
        if (!absent(list)) {
            list.forEach(v -> out.add(v.asText()));
        }
        return out;
    }

    private static boolean absent(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
    }

    private static String string(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return absent(v) ? null : v.asText();
    }

    private static Double number(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return absent(v) ? null : v.asDouble();
    }
}
