package org.marsad.write;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

import org.marsad.model.Document;

/**
 * Streams documents to an output in one of the output formats: {@code jsonl} (one document per
 * line) or {@code json} (an indented array). Not thread-safe; close it to finish the output.
 */
public final class DocumentWriter implements AutoCloseable {
    public enum Format {
        JSONL, JSON;

        public static Format parse(String s) {
            try {
                return valueOf(s.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown output format '" + s + "' (jsonl, json)");
            }
        }
    }

    private static final JsonFactory FACTORY = new JsonFactory();

    private final Format format;
    private final OutputStream out;
    private final JsonGenerator array;

    public DocumentWriter(Format format, OutputStream out) {
        this.format = format;
        this.out = out;
        try {
            if (format == Format.JSON) {
                array = FACTORY.createGenerator(out, JsonEncoding.UTF8)
                        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                array.setPrettyPrinter(new DefaultPrettyPrinter());
                array.writeStartArray();
            } else {
                array = null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(Document doc) {
        try {
            if (format == Format.JSON) {
                DocumentJson.write(doc, array);
                return;
            }
            try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)
                    .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
                DocumentJson.write(doc, g);
            }
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            if (array != null) {
                array.writeEndArray();
                array.close();
                out.write('\n');
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
