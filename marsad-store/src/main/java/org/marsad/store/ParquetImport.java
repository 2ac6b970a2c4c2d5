package org.marsad.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads the Parquet tables a Spark run wrote ({@code articles/}, {@code mentions/}, {@code times/},
 * {@code events/}) back into documents as {@code extract} writes them, so that the run can be
 * stored, searched and browsed without extracting again. DuckDB reads the Parquet; the four
 * tables are walked together in article order, so memory holds one article at a time.
 */
public final class ParquetImport {
    private static final String[] PARTS = {"mentions", "times", "events"};
    /** Fields that map language codes to text; extract writes only the languages it has. */
    private static final String[] LANGUAGE_MAPS = {"names", "summary"};

    private ParquetImport() {
    }

    /** Every article of the run, in id order, as a stored document. */
    public static void read(Path dir, Consumer<StoredDocument> out) {
        for (String table : new String[] {"articles", "mentions", "times", "events"}) {
            if (!Files.isDirectory(dir.resolve(table))) {
                throw new StoreException(dir + ": no " + table + "/ table here; is it the output of 'marsad spark'?");
            }
        }
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
             Statement articles = db.createStatement();
             Cursor mentions = new Cursor(db, dir, "mentions");
             Cursor times = new Cursor(db, dir, "times");
             Cursor events = new Cursor(db, dir, "events")) {
            ResultSet a = articles.executeQuery("SELECT id, text, origin, to_json(struct_pack(id := id, url := url, "
                    + "title := title, lang := lang, published := published)) AS article FROM "
                    + table(dir, "articles") + " ORDER BY id");
            while (a.next()) {
                String id = a.getString("id");
                String text = a.getString("text");
                ObjectNode doc = Json.MAPPER.createObjectNode();
                doc.set("article", Json.MAPPER.readTree(a.getString("article")));
                doc.set(PARTS[0], mentions.rowsOf(id));
                doc.set(PARTS[1], times.rowsOf(id));
                doc.set(PARTS[2], events.rowsOf(id));
                out.accept(new StoredDocument(id, StoredDocument.hash(text), text, a.getString("origin"), doc));
            }
        } catch (SQLException | java.io.IOException e) {
            throw new StoreException("cannot read the Parquet tables in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static String table(Path dir, String name) {
        return "read_parquet('" + dir.resolve(name).toAbsolutePath().toString().replace("'", "''") + "/*.parquet')";
    }

    /** One table's rows in article order, then in the order of their ids (m1, m2, ... m10). */
    private static final class Cursor implements AutoCloseable {
        private final Statement statement;
        private final ResultSet rows;
        private boolean more;

        Cursor(Connection db, Path dir, String name) throws SQLException {
            statement = db.createStatement();
            rows = statement.executeQuery("SELECT article_id, to_json(t) AS row FROM " + table(dir, name)
                    + " t ORDER BY article_id, CAST(substr(id, 2) AS INTEGER)");
            more = rows.next();
        }

        /** The rows of one article as extract's JSON objects (without the table's own columns). */
        ArrayNode rowsOf(String articleId) throws SQLException, java.io.IOException {
            ArrayNode out = Json.MAPPER.createArrayNode();
            while (more && rows.getString("article_id").compareTo(articleId) < 0) {
                more = rows.next();
            }
            while (more && rows.getString("article_id").equals(articleId)) {
                JsonNode row = Json.MAPPER.readTree(rows.getString("row"));
                ObjectNode obj = (ObjectNode) row;
                obj.remove("article_id");
                obj.remove("date");
                // a language map is a struct in Parquet: the languages it lacks come back as nulls
                for (String map : LANGUAGE_MAPS) {
                    if (obj.get(map) instanceof ObjectNode languages) {
                        languages.properties().removeIf(e -> e.getValue().isNull());
                    }
                }
                out.add(obj);
                more = rows.next();
            }
            return out;
        }

        @Override
        public void close() throws SQLException {
            rows.close();
            statement.close();
        }
    }
}
