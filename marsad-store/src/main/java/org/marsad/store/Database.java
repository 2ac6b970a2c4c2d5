package org.marsad.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.duckdb.DuckDBConnection;

/**
 * The DuckDB file: the store's source of truth. Each batch of articles goes in within one
 * transaction, so a batch is either all there or not at all. Writes go through one connection
 * (the caller serialises them); every read takes a connection of its own.
 */
final class Database implements AutoCloseable {
    private final DuckDBConnection conn;

    Database(Path file) throws SQLException {
        conn = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
        try (Statement st = conn.createStatement()) {
            for (String ddl : Schema.TABLES) {
                st.execute(ddl);
            }
            st.execute("INSERT INTO meta VALUES ('schema', '" + Schema.VERSION + "') ON CONFLICT DO NOTHING");
        }
        String version = scalar("SELECT value FROM meta WHERE key = 'schema'");
        if (!String.valueOf(Schema.VERSION).equals(version)) {
            throw new StoreException("the store's schema is version " + version + ", this Marsad reads version "
                    + Schema.VERSION);
        }
    }

    private String scalar(String sql) throws SQLException {
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    Connection reader() throws SQLException {
        return conn.duplicate();
    }

    long maxSeq() throws SQLException {
        String v = scalar("SELECT coalesce(max(seq), 0) FROM articles");
        return Long.parseLong(v);
    }

    /** Which of these hashes are stored. */
    Set<String> knownHashes(Collection<String> hashes) throws SQLException {
        Set<String> out = new HashSet<>();
        forEachIn("SELECT hash FROM articles WHERE hash IN ", hashes, rs -> out.add(rs.getString(1)));
        return out;
    }

    /** The stored hash of each of these ids that is taken. */
    Map<String, String> hashesOf(Collection<String> ids) throws SQLException {
        Map<String, String> out = new HashMap<>();
        forEachIn("SELECT id, hash FROM articles WHERE id IN ", ids, rs -> out.put(rs.getString(1), rs.getString(2)));
        return out;
    }

    private interface Row {
        void accept(ResultSet rs) throws SQLException;
    }

    private void forEachIn(String sql, Collection<String> values, Row row) throws SQLException {
        if (values.isEmpty()) {
            return;
        }
        String marks = String.join(", ", java.util.Collections.nCopies(values.size(), "?"));
        try (Connection c = reader(); PreparedStatement ps = c.prepareStatement(sql + "(" + marks + ")")) {
            int i = 1;
            for (String v : values) {
                ps.setString(i++, v);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    row.accept(rs);
                }
            }
        }
    }

    /** Adds documents in one transaction, numbering them from {@code firstSeq}. */
    void insert(List<StoredDocument> docs, long firstSeq) throws SQLException {
        conn.setAutoCommit(false);
        try (PreparedStatement articles = conn.prepareStatement(
                     "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement mentions = conn.prepareStatement(
                     "INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement times = conn.prepareStatement("INSERT INTO times VALUES (?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement events = conn.prepareStatement("INSERT INTO events VALUES ("
                     + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement participants = conn.prepareStatement(
                     "INSERT INTO participants VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            long seq = firstSeq;
            Timestamp now = Timestamp.from(Instant.now());
            for (StoredDocument d : docs) {
                addArticle(articles, d, seq++, now);
                for (JsonNode m : d.json().get("mentions")) {
                    addMention(mentions, d.id(), m);
                }
                for (JsonNode t : d.json().get("times")) {
                    set(times, d.id(), Json.text(t, "id"), Json.text(t, "text"), Json.integer(t, "start"),
                            Json.integer(t, "end"), Json.text(t, "type"), Json.text(t, "value"));
                    times.addBatch();
                }
                int ord = 0;
                for (JsonNode e : d.json().get("events")) {
                    addEvent(events, d, e, ord++);
                    String event = Json.text(e, "id");
                    addParticipants(participants, d.id(), event, "source", e.get("source"));
                    addParticipants(participants, d.id(), event, "target", e.get("target"));
                    JsonNode speaker = e.get("attribution");
                    if (speaker != null && !speaker.isNull()) {
                        addParticipants(participants, d.id(), event, "attribution",
                                Json.MAPPER.createArrayNode().add(speaker));
                    }
                }
            }
            articles.executeBatch();
            mentions.executeBatch();
            times.executeBatch();
            events.executeBatch();
            participants.executeBatch();
            conn.commit();
        } catch (SQLException | RuntimeException e) {
            conn.rollback();
            throw e;
        } finally {
            conn.setAutoCommit(true);
        }
    }

    private static void addArticle(PreparedStatement ps, StoredDocument d, long seq, Timestamp now)
            throws SQLException {
        ObjectNode a = d.article();
        String published = Json.text(a, "published");
        set(ps, d.id(), d.hash(), seq, Json.text(a, "url"), Json.text(a, "title"), Json.text(a, "lang"),
                published == null ? null : Date.valueOf(LocalDate.parse(published)), d.origin(), now, d.text(),
                Json.string(d.json()));
        ps.addBatch();
    }

    private static void addMention(PreparedStatement ps, String article, JsonNode m) throws SQLException {
        JsonNode names = m.get("names");
        set(ps, article, Json.text(m, "id"), Json.text(m, "type"), Json.text(m, "text"), Json.integer(m, "start"),
                Json.integer(m, "end"), Json.text(m, "actor"), Json.text(m, "sector"), Json.text(m, "entity"),
                Json.text(names, "en"), Json.text(names, "ru"), Json.text(names, "ar"), Json.number(m, "confidence"));
        ps.addBatch();
    }

    private static void addEvent(PreparedStatement ps, StoredDocument d, JsonNode e, int ord) throws SQLException {
        JsonNode evidence = e.get("evidence");
        JsonNode trigger = e.get("trigger");
        JsonNode plover = e.get("plover");
        JsonNode time = e.get("time");
        JsonNode place = e.get("place");
        JsonNode summary = e.get("summary");
        String timeValue = Json.text(time, "value");
        DateRange range = DateRange.of(timeValue);
        if (range == null) {
            range = DateRange.of(Json.text(d.article(), "published"));
        }
        List<String> context = new ArrayList<>();
        if (plover != null && plover.get("context") != null) {
            plover.get("context").forEach(c -> context.add(c.asText()));
        }
        set(ps, d.id(), Json.text(e, "id"), ord, Json.integer(e, "sentence"),
                Json.integer(evidence, "start"), Json.integer(evidence, "end"),
                Json.text(trigger, "text"), Json.integer(trigger, "start"), Json.integer(trigger, "end"),
                Json.text(e, "cameo"), Json.text(plover, "type"), Json.text(plover, "mode"),
                context.isEmpty() ? null : String.join(",", context),
                Json.integer(e, "quad"), Json.number(e, "goldstein"),
                timeValue, Json.text(time, "time"),
                range == null ? null : Date.valueOf(range.from()), range == null ? null : Date.valueOf(range.to()),
                Json.text(place, "text"), Json.text(place, "country"), Json.number(place, "lat"),
                Json.number(place, "lon"),
                Json.text(e, "modality"), Json.number(e, "confidence"),
                Json.text(summary, "en"), Json.text(summary, "ru"), Json.text(summary, "ar"),
                d.lang(), Json.string(e));
        ps.addBatch();
    }

    private static void addParticipants(PreparedStatement ps, String article, String event, String role,
                                        JsonNode list) throws SQLException {
        if (list == null) {
            return;
        }
        for (JsonNode p : (ArrayNode) list) {
            set(ps, article, event, role, Json.text(p, "actor"), Json.text(p, "sector"), Json.text(p, "text"),
                    Json.integer(p, "start"), Json.integer(p, "end"), Json.text(p, "mention"));
            ps.addBatch();
        }
    }

    private static void set(PreparedStatement ps, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                ps.setNull(i + 1, Types.NULL);
            } else {
                ps.setObject(i + 1, v);
            }
        }
    }

    /** Every stored document numbered above {@code seq}, in order: for bringing the index up to date. */
    void documentsAfter(long seq, Consumer<Indexed> out) throws SQLException {
        try (Connection c = reader();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT seq, id, hash, text, origin, document FROM articles WHERE seq > ? ORDER BY seq")) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.accept(new Indexed(rs.getLong(1), new StoredDocument(rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), Json.object(rs.getString(6)))));
                }
            }
        }
    }

    /** A stored document and its number. */
    record Indexed(long seq, StoredDocument doc) {
    }

    /** The stored document of an article, or null. */
    StoredDocument document(String id) throws SQLException {
        try (Connection c = reader();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT id, hash, text, origin, document FROM articles WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new StoredDocument(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), Json.object(rs.getString(5))) : null;
            }
        }
    }

    long count(String table) throws SQLException {
        return Long.parseLong(scalar("SELECT count(*) FROM " + table));
    }

    /** The latest articles by publication date, as {@code article} objects. */
    List<ObjectNode> latest(int limit, String lang) throws SQLException {
        List<ObjectNode> out = new ArrayList<>();
        try (Connection c = reader(); PreparedStatement ps = c.prepareStatement(
                "SELECT document FROM articles WHERE (? IS NULL OR lang = ?) "
                        + "ORDER BY published DESC NULLS LAST, seq LIMIT ?")) {
            ps.setString(1, lang);
            ps.setString(2, lang);
            ps.setInt(3, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add((ObjectNode) Json.object(rs.getString(1)).get("article"));
                }
            }
        }
        return out;
    }

    /** Events matching a filter, newest first, each with its article. */
    EventPage events(EventFilter f) throws SQLException {
        List<Object> args = new ArrayList<>();
        String where = where(f, args);
        try (Connection c = reader()) {
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM events e" + where)) {
                bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<ObjectNode> events = new ArrayList<>();
            Map<String, ObjectNode> articles = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT e.json, a.id, a.url, a.title, a.lang, a.published"
                    + " FROM events e JOIN articles a ON a.id = e.article" + where
                    + " ORDER BY e.date_from DESC NULLS LAST, a.published DESC NULLS LAST, a.seq, e.ord"
                    + " LIMIT ? OFFSET ?")) {
                args.add(f.limit());
                args.add(f.offset());
                bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ObjectNode event = Json.object(rs.getString(1));
                        event.set("article", articles.computeIfAbsent(rs.getString(2), id -> articleNode(rs)));
                        events.add(event);
                    }
                }
            }
            return new EventPage(total, events);
        }
    }

    /**
     * The SQL condition on events {@code e} for a filter (limit and offset aside), its values added
     * to {@code args}.
     */
    static String where(EventFilter f, List<Object> args) {
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        if (f.actor() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM participants p WHERE p.article = e.article AND p.event = e.id"
                    + " AND p.role IN ('source', 'target') AND p.actor = ?)");
            args.add(f.actor());
        }
        if (f.type() != null) {
            where.append(" AND e.plover_type = ?");
            args.add(f.type());
        }
        if (f.cameo() != null) {
            where.append(" AND starts_with(e.cameo, ?)");
            args.add(f.cameo());
        }
        if (f.from() != null) {
            where.append(" AND e.date_to >= ?");
            args.add(Date.valueOf(f.from()));
        }
        if (f.to() != null) {
            where.append(" AND e.date_from <= ?");
            args.add(Date.valueOf(f.to()));
        }
        if (f.lang() != null) {
            where.append(" AND e.lang = ?");
            args.add(f.lang());
        }
        if (f.modality() != null) {
            where.append(" AND e.modality = ?");
            args.add(f.modality());
        }
        if (f.article() != null) {
            where.append(" AND e.article = ?");
            args.add(f.article());
        }
        return where.toString();
    }

    private static ObjectNode articleNode(ResultSet rs) {
        try {
            ObjectNode a = Json.MAPPER.createObjectNode();
            a.put("id", rs.getString(2));
            a.put("url", rs.getString(3));
            a.put("title", rs.getString(4));
            a.put("lang", rs.getString(5));
            Date published = rs.getDate(6);
            a.put("published", published == null ? null : published.toLocalDate().toString());
            return a;
        } catch (SQLException e) {
            throw new StoreException("cannot read an article row", e);
        }
    }

    static void bind(PreparedStatement ps, List<Object> args) throws SQLException {
        for (int i = 0; i < args.size(); i++) {
            ps.setObject(i + 1, args.get(i));
        }
    }

    @Override
    public void close() throws SQLException {
        conn.close();
    }
}
