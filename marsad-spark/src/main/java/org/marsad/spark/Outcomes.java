package org.marsad.spark;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import org.marsad.events.EventDay;
import org.marsad.model.Document;
import org.marsad.model.Event;
import org.marsad.write.DocumentJson;

/**
 * What the executors hand back for each article or reject: one JSON object, the document written
 * by {@link DocumentJson} (the fields of {@code marsad extract}, with the article's text) beside
 * where it came from. The driver parses these with {@link Tables#OUTCOME} into the Parquet tables,
 * so that the tables hold exactly the fields {@code extract} writes.
 */
final class Outcomes {
    private static final JsonFactory FACTORY = new JsonFactory();
    /** The host of an absolute URL, user and port aside; lenient, as crawled URLs often are. */
    private static final Pattern HOST = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://(?:[^/?#@]*@)?([^/?#:\\s]+)");

    private Outcomes() {
    }

    /** {@code {"origin", "file", "source", "days", "document"}}; {@code days} holds each event's {@link EventDay}. */
    static String document(Document doc, String file) {
        return write(g -> {
            g.writeStringField("origin", doc.article().origin());
            g.writeStringField("file", file);
            g.writeStringField("source", source(doc.article().url(), file));
            g.writeArrayFieldStart("days");
            for (Event e : doc.events()) {
                LocalDate day = EventDay.of(e, doc.article().published());
                g.writeString(day == null ? null : day.toString());
            }
            g.writeEndArray();
            g.writeFieldName("document");
            DocumentJson.write(doc, g, true);
        });
    }

    /** {@code {"origin", "file", "reason"}}. */
    static String reject(Reject r) {
        return write(g -> {
            g.writeStringField("origin", r.origin());
            g.writeStringField("file", r.file());
            g.writeStringField("reason", r.reason());
        });
    }

    /**
     * Who published the article, for counting sources: the host of its URL without "www.", else
     * the file it came in (one feed or crawl per file is the common case).
     */
    static String source(String url, String file) {
        Matcher m = url == null ? null : HOST.matcher(url.strip());
        if (m == null || !m.find()) {
            return file;
        }
        String host = m.group(1).toLowerCase(Locale.ROOT);
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    private interface Fields {
        void write(JsonGenerator g) throws IOException;
    }

    private static String write(Fields fields) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            fields.write(g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
