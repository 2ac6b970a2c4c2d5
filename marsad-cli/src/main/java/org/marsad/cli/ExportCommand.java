package org.marsad.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.marsad.store.EventFilter;
import org.marsad.store.Store;
import org.marsad.write.DocumentWriter;

/** {@code marsad export}: a store's events (or documents) in an event-data format, to a file or standard output. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes a store's events as GDELT rows, PLOVER records, CSV or Parquet, or its documents as "
                + "JSON lines; the filters choose which events.")
final class ExportCommand implements Callable<Integer> {
    /** The formats: all but parquet go through the writer {@code extract} uses. */
    enum Format {
        GDELT(DocumentWriter.Format.GDELT), PLOVER(DocumentWriter.Format.PLOVER), CSV(DocumentWriter.Format.CSV),
        JSONL(DocumentWriter.Format.JSONL), JSON(DocumentWriter.Format.JSON), PARQUET(null);

        final DocumentWriter.Format writer;

        Format(DocumentWriter.Format writer) {
            this.writer = writer;
        }
    }

    @Mixin
    StoreOption store;

    @Option(names = "--format", required = true, paramLabel = "gdelt|plover|csv|jsonl|json|parquet",
            description = "gdelt (GDELT 2.0 event rows), plover (PLOVER event records), csv (one row per event), "
                    + "jsonl/json (documents as 'extract' writes them), parquet (one row per event).")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output (replaced).")
    Path out;

    @Option(names = "--actor", paramLabel = "CODE", description = "Only events with this source or target actor (PAK, UN).")
    String actor;

    @Option(names = "--type", paramLabel = "PLOVER", description = "Only events of this PLOVER type (CONSULT).")
    String type;

    @Option(names = "--cameo", paramLabel = "PREFIX", description = "Only events whose CAMEO code starts so (05, 057).")
    String cameo;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only events whose time reaches this day or later.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only events whose time begins on this day or earlier.")
    LocalDate to;

    @Option(names = "--lang", paramLabel = "ar|ru|en", description = "Only articles in this language.")
    String lang;

    @Option(names = "--modality", paramLabel = "M",
            description = "Only events of this modality: asserted, planned, possible, negated or hypothetical.")
    String modality;

    @Override
    public Integer call() throws IOException {
        EventFilter filter = new EventFilter(blankToNull(actor, false), blankToNull(type, false),
                blankToNull(cameo, false), from, to, blankToNull(lang, true), blankToNull(modality, true), null,
                Integer.MAX_VALUE, 0);
        try (Store s = Store.open(store.dir)) {
            long written = format == Format.PARQUET ? parquet(s, filter) : documents(s, filter);
            System.err.printf("marsad: %d events written%s%n", written, out == null ? "" : " to " + out);
        }
        return 0;
    }

    /** Documents through the writer; returns the events they hold. */
    private long documents(Store s, EventFilter filter) throws IOException {
        long[] events = {0};
        OutputStream raw = out == null ? System.out : Files.newOutputStream(out);
        try (DocumentWriter writer = new DocumentWriter(format.writer, new BufferedOutputStream(raw, 1 << 16))) {
            s.exportDocuments(filter, doc -> {
                events[0] += doc.events().size();
                writer.write(doc);
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            if (out != null) {
                raw.close(); // standard output stays open
            }
        }
        return events[0];
    }

    /** DuckDB writes the file; for standard output, a temporary file is copied there. */
    private long parquet(Store s, EventFilter filter) throws IOException {
        if (out != null) {
            return s.exportParquet(filter, out);
        }
        Path tmp = Files.createTempFile("marsad-export", ".parquet");
        try {
            long n = s.exportParquet(filter, tmp);
            Files.copy(tmp, System.out);
            System.out.flush();
            return n;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static String blankToNull(String value, boolean lower) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return lower ? value.strip().toLowerCase(Locale.ROOT) : value.strip();
    }
}
