package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.marsad.model.Article;
import org.marsad.pipeline.Pipeline;

/** A Spark run's Parquet tables come back as the documents extraction made. */
class ParquetImportTest {
    @TempDir
    Path dir;

    /** Writes documents as the Spark job lays them out: one row per item, each with its article's id. */
    private List<StoredDocument> writeRun(Path run) throws IOException, SQLException {
        List<StoredDocument> docs = new ArrayList<>();
        for (Article a : Articles.read(Articles.AR, Articles.EN, Articles.RU)) {
            docs.add(StoredDocument.of(Pipeline.standard().process(a)));
        }
        StringBuilder articles = new StringBuilder();
        StringBuilder[] parts = {new StringBuilder(), new StringBuilder(), new StringBuilder()};
        String[] names = {"mentions", "times", "events"};
        for (StoredDocument d : docs) {
            ObjectNode a = d.article().deepCopy();
            a.put("text", d.text());
            a.put("origin", d.origin());
            articles.append(a).append('\n');
            for (int i = 0; i < names.length; i++) {
                for (JsonNode item : d.json().get(names[i])) {
                    ObjectNode row = Json.MAPPER.createObjectNode();
                    row.put("article_id", d.id());
                    row.setAll((ObjectNode) item);
                    parts[i].append(row).append('\n');
                }
            }
        }
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement s = db.createStatement()) {
            copy(s, run, "articles", articles.toString());
            for (int i = 0; i < names.length; i++) {
                copy(s, run, names[i], parts[i].toString());
            }
        }
        return docs;
    }

    private void copy(Statement s, Path run, String table, String jsonl) throws IOException, SQLException {
        Path source = dir.resolve(table + ".jsonl");
        Files.writeString(source, jsonl, StandardCharsets.UTF_8);
        Files.createDirectories(run.resolve(table));
        s.execute("COPY (SELECT * FROM read_json('" + source + "')) TO '" + run.resolve(table).resolve("part-0.parquet")
                + "' (FORMAT PARQUET)");
    }

    @Test
    void documentsComeBackAsExtractWroteThem() throws Exception {
        Path run = dir.resolve("run");
        List<StoredDocument> written = writeRun(run);
        List<StoredDocument> read = new ArrayList<>();
        ParquetImport.read(run, read::add);
        assertEquals(written.size(), read.size());
        for (StoredDocument w : written) {
            StoredDocument r = read.stream().filter(d -> d.id().equals(w.id())).findFirst().orElseThrow();
            assertEquals(w.hash(), r.hash());
            for (String part : List.of("mentions", "times", "events")) {
                assertEquals(w.json().get(part), r.json().get(part), w.id() + " " + part);
            }
            assertEquals(w.json().get("article").get("published"), r.json().get("article").get("published"));
        }
        assertTrue(read.stream().mapToInt(d -> d.json().get("events").size()).sum() > 0);
    }

    @Test
    void aFolderThatIsNoSparkRunIsAClearError() {
        StoreException e = assertThrows(StoreException.class, () -> ParquetImport.read(dir, d -> { }));
        assertTrue(e.getMessage().contains("articles/"), e.getMessage());
    }
}
