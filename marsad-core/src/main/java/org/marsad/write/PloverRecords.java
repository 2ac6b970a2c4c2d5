package org.marsad.write;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;

import org.marsad.events.EventDay;
import org.marsad.events.EventKey;
import org.marsad.model.Article;
import org.marsad.model.Document;
import org.marsad.model.Event;
import org.marsad.model.Mention;
import org.marsad.model.Modality;
import org.marsad.model.Participant;

/**
 * A document's events as PLOVER event records, with the field names of the PLOVER manual's data
 * fields chapter (id, date, actor, recipient, event, quad_code, mode, context with the auxiliary modes,
 * event_loc, event_text, text, text_info, cite_info) and a few of Marsad's own, as the manual allows: key, event_type (one type, as
 * POLECAT writes it), cameo, goldstein, modality, and code-point offsets of actors. Events PLOVER
 * has no type for (CAMEO roots 01 and 02) get no record. Fields always in the same order.
 */
public final class PloverRecords {
    private PloverRecords() {
    }

    /** Writes one record per event with a PLOVER type, as values of an array the caller has opened. */
    public static void write(Document doc, JsonGenerator g) throws IOException {
        Article a = doc.article();
        CodePoints cp = new CodePoints(a.text());
        MentionNames names = new MentionNames(doc);
        for (Event e : doc.events()) {
            if (e.plover() == null || e.plover().type() == null) {
                continue;
            }
            g.writeStartObject();
            g.writeStringField("id", a.id() + "-" + e.id());
            g.writeStringField("key", EventKey.of(e, a.published()));
            LocalDate day = EventDay.of(e, a.published());
            g.writeStringField("date", day == null ? null : day.toString());
            entities("actor", e.source(), names, cp, g);
            entities("recipient", e.target(), names, cp, g);
            strings("event", List.of(e.plover().type()), g);
            g.writeStringField("event_type", e.plover().type());
            g.writeNumberField("quad_code", e.quad());
            strings("mode", e.plover().mode() == null ? List.of() : List.of(e.plover().mode()), g);
            strings("context", context(e), g);
            location(e.place(), names, g);
            strings("event_text", List.of(e.trigger().text()), g);
            g.writeStringField("cameo", e.cameo());
            g.writeNumberField("goldstein", e.goldstein());
            g.writeStringField("modality", e.modality().code());
            g.writeStringField("text", e.evidence().of(a.text()));
            g.writeObjectFieldStart("text_info");
            g.writeNumberField("sequence", e.sentence());
            g.writeNumberField("start", cp.at(e.evidence().start()));
            g.writeNumberField("end", cp.at(e.evidence().end()));
            g.writeEndObject();
            g.writeObjectFieldStart("cite_info");
            g.writeStringField("citation", a.id());
            g.writeStringField("url", a.url());
            g.writeStringField("title", a.title());
            g.writeStringField("language", a.lang());
            g.writeStringField("coder", "marsad");
            g.writeEndObject();
            g.writeEndObject();
        }
    }

    /** Entity objects: PLOVER country code and sector, the words, and the entity the mention links to. */
    private static void entities(String field, List<Participant> ps, MentionNames names, CodePoints cp,
                                 JsonGenerator g) throws IOException {
        g.writeArrayFieldStart(field);
        for (Participant p : ps) {
            Mention m = names.of(p);
            g.writeStartObject();
            g.writeStringField("code", ActorCodes.plover(p.actor()));
            g.writeStringField("sector", ActorCodes.isState(p.actor()) ? ploverSector(p.actor().sector()) : null);
            g.writeStringField("entity_text", p.text());
            g.writeStringField("identifier_id", m == null ? null : m.entity());
            g.writeStringField("identifier_text", names.english(p));
            g.writeNumberField("start", cp.at(p.span().start()));
            g.writeNumberField("end", cp.at(p.span().end()));
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /**
     * The manual's auxiliary modes, which it puts in {@code context}: a negated event is {@code negation}, a
     * planned one {@code future}, a possible or hypothetical one {@code hypothetical}.
     */
    private static final Map<Modality, String> AUXILIARY = Map.of(Modality.NEGATED, "negation",
            Modality.PLANNED, "future", Modality.POSSIBLE, "hypothetical", Modality.HYPOTHETICAL, "hypothetical");

    /** The event's contexts, then its auxiliary mode where it has one. */
    private static List<String> context(Event e) {
        List<String> out = new ArrayList<>(e.plover().context());
        String auxiliary = AUXILIARY.get(e.modality());
        if (auxiliary != null) {
            out.add(auxiliary);
        }
        return out;
    }

    /** Marsad's sectors are PLOVER's but for media: PLOVER's MED is health, its journalists are JRN. */
    private static String ploverSector(String sector) {
        return "MED".equals(sector) ? "JRN" : sector;
    }

    private static void location(Event.Place place, MentionNames names, JsonGenerator g) throws IOException {
        if (place == null) {
            g.writeNullField("event_loc");
            return;
        }
        g.writeObjectFieldStart("event_loc");
        g.writeStringField("extracted_place", place.text());
        g.writeStringField("resolved_place", names.englishAt(place.span()));
        if (place.lat() == null) {
            g.writeNullField("lat");
            g.writeNullField("lon");
        } else {
            g.writeNumberField("lat", place.lat());
            g.writeNumberField("lon", place.lon());
        }
        g.writeStringField("country_code", place.country());
        // the manual's resolution levels: 4 a city, 1 a country
        g.writeNumberField("resolution", place.lat() != null ? 4 : 1);
        g.writeEndObject();
    }

    private static void strings(String field, List<String> values, JsonGenerator g) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
