package org.marsad.write;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;

import org.marsad.events.EventKey;
import org.marsad.model.Article;
import org.marsad.model.Document;
import org.marsad.model.Event;
import org.marsad.model.Mention;
import org.marsad.model.Participant;
import org.marsad.model.Span;
import org.marsad.model.TimeExpression;

/**
 * Writes a Document as the contract's JSON object, fields always in the same order, offsets in
 * code points, so that the same input gives byte-identical output.
 */
public final class DocumentJson {
    /** Language order of names and summaries in the output. */
    private static final List<String> LANGS = List.of("en", "ru", "ar");

    private DocumentJson() {
    }

    public static void write(Document doc, JsonGenerator g) throws IOException {
        write(doc, g, false);
    }

    /** As {@link #write(Document, JsonGenerator)}, adding the article's text when asked. */
    public static void write(Document doc, JsonGenerator g, boolean withText) throws IOException {
        CodePoints cp = new CodePoints(doc.article().text());
        g.writeStartObject();
        article(doc.article(), g, withText);
        g.writeArrayFieldStart("mentions");
        for (Mention m : doc.mentions()) {
            mention(m, cp, g);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("times");
        for (TimeExpression t : doc.times()) {
            g.writeStartObject();
            g.writeStringField("id", t.id());
            g.writeStringField("text", t.text());
            offsets(t.span(), cp, g);
            g.writeStringField("type", t.type().name());
            g.writeStringField("value", t.value());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("events");
        for (Event e : doc.events()) {
            event(e, doc.article().published(), cp, g);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void article(Article a, JsonGenerator g, boolean withText) throws IOException {
        g.writeObjectFieldStart("article");
        g.writeStringField("id", a.id());
        g.writeStringField("url", a.url());
        g.writeStringField("title", a.title());
        g.writeStringField("lang", a.lang());
        g.writeStringField("published", a.published() == null ? null : a.published().toString());
        if (withText) {
            g.writeStringField("text", a.text());
        }
        g.writeEndObject();
    }

    private static void mention(Mention m, CodePoints cp, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", m.id());
        g.writeStringField("type", m.type().name());
        g.writeStringField("text", m.text());
        offsets(m.span(), cp, g);
        g.writeStringField("actor", m.actor() == null ? null : m.actor().code());
        g.writeStringField("sector", m.actor() == null ? null : m.actor().sector());
        g.writeStringField("entity", m.entity());
        languages("names", m.names(), g);
        g.writeNumberField("confidence", m.confidence());
        g.writeStringField("link", m.link());
        g.writeEndObject();
    }

    private static void event(Event e, LocalDate published, CodePoints cp, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", e.id());
        g.writeStringField("key", EventKey.of(e, published));
        g.writeNumberField("sentence", e.sentence());
        g.writeObjectFieldStart("evidence");
        offsets(e.evidence(), cp, g);
        g.writeEndObject();
        g.writeObjectFieldStart("trigger");
        g.writeStringField("text", e.trigger().text());
        offsets(e.trigger().span(), cp, g);
        g.writeEndObject();
        g.writeStringField("cameo", e.cameo());
        if (e.plover() == null) {
            g.writeNullField("plover");
        } else {
            g.writeObjectFieldStart("plover");
            g.writeStringField("type", e.plover().type());
            g.writeStringField("mode", e.plover().mode());
            g.writeArrayFieldStart("context");
            for (String c : e.plover().context()) {
                g.writeString(c);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeNumberField("quad", e.quad());
        g.writeNumberField("goldstein", e.goldstein());
        participants("source", e.source(), cp, g);
        participants("target", e.target(), cp, g);
        if (e.time() == null) {
            g.writeNullField("time");
        } else {
            g.writeObjectFieldStart("time");
            g.writeStringField("value", e.time().value());
            g.writeStringField("time", e.time().time());
            g.writeEndObject();
        }
        if (e.place() == null) {
            g.writeNullField("place");
        } else {
            g.writeObjectFieldStart("place");
            g.writeStringField("text", e.place().text());
            offsets(e.place().span(), cp, g);
            g.writeStringField("country", e.place().country());
            if (e.place().lat() == null) {
                g.writeNullField("lat");
                g.writeNullField("lon");
            } else {
                g.writeNumberField("lat", e.place().lat());
                g.writeNumberField("lon", e.place().lon());
            }
            g.writeEndObject();
        }
        g.writeStringField("modality", e.modality().code());
        if (e.attribution() == null) {
            g.writeNullField("attribution");
        } else {
            g.writeFieldName("attribution");
            participant(e.attribution(), cp, g);
        }
        g.writeNumberField("confidence", e.confidence());
        languages("summary", e.summary(), g);
        g.writeEndObject();
    }

    private static void participants(String name, List<Participant> ps, CodePoints cp, JsonGenerator g)
            throws IOException {
        g.writeArrayFieldStart(name);
        for (Participant p : ps) {
            participant(p, cp, g);
        }
        g.writeEndArray();
    }

    private static void participant(Participant p, CodePoints cp, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("actor", p.actor().code());
        g.writeStringField("sector", p.actor().sector());
        g.writeStringField("text", p.text());
        offsets(p.span(), cp, g);
        g.writeStringField("mention", p.mention());
        g.writeEndObject();
    }

    private static void languages(String name, Map<String, String> byLang, JsonGenerator g) throws IOException {
        g.writeObjectFieldStart(name);
        for (String lang : LANGS) {
            if (byLang.containsKey(lang)) {
                g.writeStringField(lang, byLang.get(lang));
            }
        }
        g.writeEndObject();
    }

    private static void offsets(Span span, CodePoints cp, JsonGenerator g) throws IOException {
        g.writeNumberField("start", cp.at(span.start()));
        g.writeNumberField("end", cp.at(span.end()));
    }
}
