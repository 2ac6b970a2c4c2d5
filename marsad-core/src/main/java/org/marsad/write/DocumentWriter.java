package org.marsad.write;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

import org.marsad.model.Document;

/**
 * Streams documents to an output in one of the output formats: {@code jsonl} (one document per
 * line), {@code json} (an indented array of documents), {@code gdelt} (tab-separated rows of the
 * GDELT 2.0 event table, {@link GdeltRows}), {@code plover} (an indented array of PLOVER event
 * records, {@link PloverRecords}) or {@code csv} (a header and one row per event, {@link CsvRows}).
 * Not thread-safe; close it to finish the output.
 */
public final class DocumentWriter implements AutoCloseable {
    public enum Format { JSONL, JSON, GDELT, PLOVER, CSV }

    private static final JsonFactory FACTORY = new JsonFactory();

    private final Format format;
    private final OutputStream out;
    /** The open array of the json and plover formats. */
    private final JsonGenerator array;

    public DocumentWriter(Format format, OutputStream out) {
        this.format = format;
        this.out = out;
        try {
            if (format == Format.JSON || format == Format.PLOVER) {
                array = FACTORY.createGenerator(out, JsonEncoding.UTF8)
                        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                array.setPrettyPrinter(new DefaultPrettyPrinter());
                array.writeStartArray();
            } else {
                array = null;
            }
            if (format == Format.CSV) {
                out.write((CsvRows.header() + CsvRows.EOL).getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(Document doc) {
        try {
            switch (format) {
                case JSON -> DocumentJson.write(doc, array);
                case PLOVER -> PloverRecords.write(doc, array);
                case GDELT -> {
                    for (String row : GdeltRows.of(doc)) {
                        out.write(row.getBytes(StandardCharsets.UTF_8));
                        out.write('\n');
                    }
                }
                case CSV -> {
                    for (String row : CsvRows.of(doc)) {
                        out.write((row + CsvRows.EOL).getBytes(StandardCharsets.UTF_8));
                    }
                }
                case JSONL -> {
                    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)
                            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
                        DocumentJson.write(doc, g);
                    }
                    out.write('\n');
                }
            }
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
