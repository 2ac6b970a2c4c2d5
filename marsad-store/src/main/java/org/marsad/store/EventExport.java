package org.marsad.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads out the events a filter selects, for {@code marsad export}: as stored documents (each
 * with the ids of its selected events), or as one Parquet file that DuckDB writes itself.
 * Both in the order articles were stored, events in article order.
 */
final class EventExport {
    /** The Parquet file's columns: one row per event, participant lists as lists. */
    private static final String PARQUET_SELECT = """
            WITH roles AS (
              SELECT p.article, p.event, p.role,
                     list(p.actor ORDER BY p.rowid) AS actors,
                     list(p.sector ORDER BY p.rowid) AS sectors,
                     list(coalesce(m.name_en, p.text) ORDER BY p.rowid) AS names
              FROM participants p LEFT JOIN mentions m ON m.article = p.article AND m.id = p.mention
              GROUP BY p.article, p.event, p.role)
            SELECT e.article || '-' || e.id AS id, e.article, a.url, a.title, a.published,
                   e.date_from, e.date_to, a.lang, e.cameo, substr(e.cameo, 1, 2) AS cameo_root,
                   e.plover_type, e.plover_mode, e.plover_context, e.quad AS quad_class, e.goldstein,
                   coalesce(s.actors, []::VARCHAR[]) AS source_actors,
                   coalesce(s.sectors, []::VARCHAR[]) AS source_sectors,
                   coalesce(s.names, []::VARCHAR[]) AS source_names,
                   coalesce(t.actors, []::VARCHAR[]) AS target_actors,
                   coalesce(t.sectors, []::VARCHAR[]) AS target_sectors,
                   coalesce(t.names, []::VARCHAR[]) AS target_names,
                   e.modality, sp.names[1] AS attribution, e.place_text AS place, e.place_country,
                   e.place_lat AS lat, e.place_lon AS lon, e.time_value, json_extract_string(e.json, '$.key') AS key,
                   substring(a.text, e.evidence_start + 1, e.evidence_end - e.evidence_start) AS evidence,
                   e.confidence, e.summary_en, e.summary_ru, e.summary_ar
            FROM events e JOIN articles a ON a.id = e.article
              LEFT JOIN roles s ON s.article = e.article AND s.event = e.id AND s.role = 'source'
              LEFT JOIN roles t ON t.article = e.article AND t.event = e.id AND t.role = 'target'
              LEFT JOIN roles sp ON sp.article = e.article AND sp.event = e.id AND sp.role = 'attribution'
            """;

    /** A stored document and the ids of its selected events; null ids select them all. */
    record Selected(StoredDocument doc, Set<String> events) {
    }

    private final Database db;

    EventExport(Database db) {
        this.db = db;
    }

    /**
     * The documents holding selected events. A filter on nothing but the language selects every
     * article in it, articles without events too.
     */
    void documents(EventFilter f, Consumer<Selected> out) throws SQLException {
        List<Object> args = new ArrayList<>();
        String sql;
        if (onEvents(f)) {
            sql = "SELECT a.id, a.hash, a.text, a.origin, a.document, m.ids FROM articles a JOIN ("
                    + "SELECT e.article, string_agg(e.id, ',' ORDER BY e.ord) AS ids FROM events e"
                    + FilterSql.where(f, args) + " GROUP BY e.article) m ON m.article = a.id ORDER BY a.seq";
        } else {
            sql = "SELECT id, hash, text, origin, document, NULL FROM articles WHERE (? IS NULL OR lang = ?) ORDER BY seq";
            args.add(f.lang());
            args.add(f.lang());
        }
        try (Connection c = db.reader(); PreparedStatement ps = c.prepareStatement(sql)) {
            Database.bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String ids = rs.getString(6);
                    out.accept(new Selected(new StoredDocument(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), Json.object(rs.getString(5))),
                            ids == null ? null : new LinkedHashSet<>(Arrays.asList(ids.split(",")))));
                }
            }
        }
    }

    /** Writes the selected events to a Parquet file (replaced when it exists); returns how many. */
    long parquet(EventFilter f, Path file) throws SQLException {
        List<Object> args = new ArrayList<>();
        String select = PARQUET_SELECT + FilterSql.where(f, args) + " ORDER BY a.seq, e.ord";
        String target = file.toAbsolutePath().toString().replace("'", "''");
        try (Connection c = db.reader();
             PreparedStatement ps = c.prepareStatement("COPY (" + select + ") TO '" + target + "' (FORMAT PARQUET)")) {
            Database.bind(ps, args);
            return ps.executeUpdate();
        }
    }

    /** Whether the filter says anything about events beyond their article's language. */
    private static boolean onEvents(EventFilter f) {
        return f.actor() != null || f.type() != null || f.cameo() != null || f.from() != null || f.to() != null
                || f.modality() != null || f.article() != null;
    }
}
