package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marsad.cli.Cli.run;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.marsad.cli.Cli.Run;
import org.marsad.write.CsvRows;

/** marsad export: a store's events in every format, the same as extract writes them, filters applied. */
class ExportCommandTest {
    private static final List<String> SAMPLES = List.of("ar-03-qatar-boycott.txt", "en-04-pakistan-india-pilot.txt",
            "ru-05-imran-khan-moscow.txt");
    /** An article whose evidence holds a comma and quotes, for CSV quoting. */
    private static final String QUOTED = "{\"id\": \"q1\", \"lang\": \"en\", \"date\": \"2019-02-27\", \"text\": "
            + "\"Pakistan condemned India, calling the strike \\\"reckless\\\".\"}\n";

    @TempDir
    static Path tmp;
    static Path inputs;
    static String store;

    @BeforeAll
    static void ingestSamples() throws Exception {
        inputs = Files.createDirectories(tmp.resolve("inputs"));
        for (String name : SAMPLES) {
            try (InputStream in = ExportCommandTest.class.getResourceAsStream("/marsad/samples/" + name)) {
                Files.copy(in, inputs.resolve(name));
            }
        }
        Files.writeString(inputs.resolve("z-quoted.jsonl"), QUOTED, StandardCharsets.UTF_8);
        store = tmp.resolve("store").toString();
        Run ingest = run("ingest", "--store", store, inputs.toString());
        assertEquals(0, ingest.status(), ingest.err());
    }

    @Test
    void documentFormatsAreWhatExtractWrites() {
        for (String format : List.of("jsonl", "gdelt", "plover", "csv")) {
            Run extracted = run("extract", "--format", format, inputs.toString());
            Run exported = run("export", "--store", store, "--format", format);
            assertEquals(0, exported.status(), exported.err());
            assertFalse(exported.out().isBlank(), format);
            assertEquals(extracted.out(), exported.out(), format);
        }
    }

    @Test
    void csvHasAHeaderAndOneQuotedRowPerEvent() throws Exception {
        Run csv = run("export", "--store", store, "--format", "csv");
        List<List<String>> records = parseCsv(csv.out());
        assertEquals(CsvRows.COLUMNS, records.get(0));
        long events = countEvents(run("export", "--store", store, "--format", "jsonl").out());
        assertEquals(events + 1, records.size());
        boolean quoted = false;
        boolean russian = false;
        for (List<String> r : records.subList(1, records.size())) {
            assertEquals(CsvRows.COLUMNS.size(), r.size(), r.toString());
            String evidence = r.get(CsvRows.COLUMNS.indexOf("evidence"));
            quoted |= evidence.equals("Pakistan condemned India, calling the strike \"reckless\".");
            russian |= r.get(CsvRows.COLUMNS.indexOf("lang")).equals("ru") && evidence.matches("(?s).*\\p{IsCyrillic}.*");
        }
        assertTrue(quoted, "the evidence with a comma and quotes reads back whole: " + csv.out());
        assertTrue(russian, "Russian text in UTF-8");
        assertTrue(csv.out().contains("\"Pakistan condemned India, calling the strike \"\"reckless\"\".\""));
        assertTrue(csv.out().endsWith("\r\n"));
    }

    @Test
    void filtersChooseTheEvents() throws Exception {
        Run all = run("export", "--store", store, "--format", "jsonl");
        Run pak = run("export", "--store", store, "--format", "jsonl", "--actor", "PAK");
        long allEvents = countEvents(all.out());
        long pakEvents = countEvents(pak.out());
        assertTrue(pakEvents > 0 && pakEvents < allEvents, pakEvents + " of " + allEvents);
        ObjectMapper json = new ObjectMapper();
        for (String line : pak.out().split("\n")) {
            for (JsonNode e : json.readTree(line).get("events")) {
                assertTrue((e.get("source") + "" + e.get("target")).contains("\"PAK\""), e.toString());
            }
        }
        Run ru = run("export", "--store", store, "--format", "csv", "--lang", "ru");
        List<List<String>> rows = parseCsv(ru.out());
        assertTrue(rows.size() > 1);
        rows.subList(1, rows.size()).forEach(r -> assertEquals("ru", r.get(CsvRows.COLUMNS.indexOf("lang"))));
        Run none = run("export", "--store", store, "--format", "csv", "--from", "2030-01-01");
        assertEquals(1, parseCsv(none.out()).size(), "only the header");
        Run cameo = run("export", "--store", store, "--format", "gdelt", "--cameo", "11");
        assertFalse(cameo.out().isBlank());
        for (String row : cameo.out().split("\n")) {
            assertTrue(row.split("\t", -1)[26].startsWith("11"), row);
        }
    }

    @Test
    void parquetReadsBackInDuckDb() throws Exception {
        Path file = tmp.resolve("events.parquet");
        Run parquet = run("export", "--store", store, "--format", "parquet", "--out", file.toString());
        assertEquals(0, parquet.status(), parquet.err());
        List<List<String>> csv = parseCsv(run("export", "--store", store, "--format", "csv").out());
        int id = CsvRows.COLUMNS.indexOf("id");
        int evidence = CsvRows.COLUMNS.indexOf("evidence");
        int sources = CsvRows.COLUMNS.indexOf("source_actors");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, evidence, array_to_string(source_actors, ';'), lang "
                     + "FROM read_parquet('" + file + "')")) {
            int row = 1;
            while (rs.next()) {
                List<String> expected = csv.get(row++);
                assertEquals(expected.get(id), rs.getString(1));
                assertEquals(expected.get(evidence), rs.getString(2), "evidence by code points");
                assertEquals(expected.get(sources), rs.getString(3));
            }
            assertEquals(csv.size(), row, "every event, in the same order");
        }
        Run stdout = run("export", "--store", store, "--format", "parquet", "--lang", "ar");
        assertEquals(0, stdout.status(), stdout.err());
        assertEquals("PAR1", new String(stdout.bytes(), 0, 4, StandardCharsets.US_ASCII));
    }

    private static long countEvents(String jsonl) throws Exception {
        ObjectMapper json = new ObjectMapper();
        long n = 0;
        for (String line : jsonl.split("\n")) {
            if (!line.isBlank()) {
                n += json.readTree(line).get("events").size();
            }
        }
        return n;
    }

    /** An RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks. */
    private static List<List<String>> parseCsv(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean inQuotes = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inQuotes) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    inQuotes = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                inQuotes = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertTrue(record.isEmpty() && field.length() == 0, "the last record ends with CRLF");
        return records;
    }
}
