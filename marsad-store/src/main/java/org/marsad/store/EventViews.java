package org.marsad.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.marsad.actors.ActorDictionary;
import org.marsad.actors.Entity;
import org.marsad.actors.StateCentroids;
import org.marsad.events.EventDay;

/** The views over events the UI draws: a timeline between two actors, the actor network, event places. */
final class EventViews {
    private static final List<String> LANGS = List.of("en", "ru", "ar");
    /** The event's own key, for counting events over joins that repeat them. */
    private static final String EVENT_KEY = "e.article || '/' || e.id";

    private final Database db;
    private final ActorDictionary dictionary;
    private final StateCentroids centroids;

    EventViews(Database db, ActorDictionary dictionary, StateCentroids centroids) {
        this.db = db;
        this.dictionary = dictionary;
        this.centroids = centroids;
    }

    /**
     * Events in which both the filter's actor and {@code other} are sources or targets, newest
     * first (at most the filter's limit), each with its article, its {@code day} and its evidence
     * {@code sentence}.
     */
    EventPage between(EventFilter f, String other) throws SQLException {
        if (f.actor() == null || other == null) {
            throw new IllegalArgumentException("a timeline needs two actors");
        }
        List<Object> args = new ArrayList<>();
        StringBuilder where = FilterSql.where(f, args).append(" AND ").append(FilterSql.involves("e"));
        args.add(other);
        try (Connection c = db.reader()) {
            long total = count(c, "SELECT count(*) FROM events e" + where, args);
            List<ObjectNode> events = new ArrayList<>();
            Map<String, ObjectNode> articles = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT e.json, a.id, a.url, a.title, a.lang, a.published,"
                    + " e.time_value, substring(a.text, e.evidence_start + 1, e.evidence_end - e.evidence_start)"
                    + " FROM events e JOIN articles a ON a.id = e.article" + where
                    + " ORDER BY e.date_from DESC NULLS LAST, a.published DESC NULLS LAST, a.seq, e.ord LIMIT ?")) {
                List<Object> all = new ArrayList<>(args);
                all.add(f.limit());
                Database.bind(ps, all);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ObjectNode event = Json.object(rs.getString(1));
                        event.set("article", articles.computeIfAbsent(rs.getString(2), id -> Database.articleNode(rs)));
                        Date published = rs.getDate(6);
                        var day = EventDay.of(rs.getString(7), published == null ? null : published.toLocalDate());
                        event.put("day", day == null ? null : day.toString());
                        event.put("sentence", rs.getString(8));
                        events.add(event);
                    }
                }
            }
            return new EventPage(total, events);
        }
    }

    /** The network of the filter's events; the {@code maxEdges} pairs with most events and their actors. */
    Network network(EventFilter f, int maxEdges) throws SQLException {
        List<Object> args = new ArrayList<>();
        StringBuilder where = FilterSql.where(f, args);
        Map<List<String>, Network.Edge> edges = new LinkedHashMap<>();
        Map<String, Long> nodeEvents = new HashMap<>();
        long total;
        try (Connection c = db.reader()) {
            total = count(c, "SELECT count(*) FROM events e" + where, args);
            try (PreparedStatement ps = c.prepareStatement("SELECT s.actor, t.actor, e.plover_type, e.quad,"
                    + " count(DISTINCT " + EVENT_KEY + ") FROM events e"
                    + " JOIN participants s ON s.article = e.article AND s.event = e.id AND s.role = 'source'"
                    + " JOIN participants t ON t.article = e.article AND t.event = e.id AND t.role = 'target'"
                    + where + " AND s.actor IS NOT NULL AND t.actor IS NOT NULL AND s.actor <> t.actor"
                    + " GROUP BY 1, 2, 3, 4")) {
                Database.bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        List<String> pair = List.of(rs.getString(1), rs.getString(2));
                        String type = rs.getString(3);
                        int quad = rs.getInt(4);
                        String quadKey = rs.wasNull() ? null : Integer.toString(quad);
                        long n = rs.getLong(5);
                        Network.Edge old = edges.get(pair);
                        Map<String, Long> types = old == null ? new TreeMap<>() : old.types();
                        Map<String, Long> quads = old == null ? new TreeMap<>() : old.quads();
                        if (type != null) {
                            types.merge(type, n, Long::sum);
                        }
                        if (quadKey != null) {
                            quads.merge(quadKey, n, Long::sum);
                        }
                        edges.put(pair, new Network.Edge(pair.get(0), pair.get(1), (old == null ? 0 : old.events()) + n,
                                types, quads));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT n.actor, count(DISTINCT " + EVENT_KEY + ")"
                    + " FROM events e JOIN participants n ON n.article = e.article AND n.event = e.id"
                    + " AND n.role IN ('source', 'target')" + where + " AND n.actor IS NOT NULL GROUP BY 1")) {
                Database.bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        nodeEvents.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
        }
        List<Network.Edge> kept = edges.values().stream()
                .sorted(Comparator.comparingLong(Network.Edge::events).reversed()
                        .thenComparing(Network.Edge::source).thenComparing(Network.Edge::target))
                .limit(maxEdges).toList();
        Set<String> actors = new LinkedHashSet<>();
        kept.forEach(e -> {
            actors.add(e.source());
            actors.add(e.target());
        });
        List<Network.Node> nodes = actors.stream()
                .map(a -> new Network.Node(a, names(a), nodeEvents.getOrDefault(a, 0L)))
                .sorted(Comparator.comparingLong(Network.Node::events).reversed().thenComparing(Network.Node::actor))
                .toList();
        return new Network(total, nodes, kept);
    }

    private Map<String, String> names(String actor) {
        Entity e = dictionary.forActor(actor);
        Map<String, String> out = new TreeMap<>();
        if (e != null) {
            for (String lang : LANGS) {
                String name = e.name(lang);
                if (name != null) {
                    out.put(lang, name);
                }
            }
        }
        return out;
    }

    /**
     * The places of the filter's events, most events first (at most {@code maxPlaces}), each with
     * its {@code perPlace} latest events. A city's events share its coordinates; a state's, its point.
     */
    PlacePage places(EventFilter f, int maxPlaces, int perPlace) throws SQLException {
        List<Object> args = new ArrayList<>();
        StringBuilder where = FilterSql.where(f, args);
        String placed = where + " AND e.place_country IS NOT NULL";
        long total;
        List<Group> groups = new ArrayList<>();
        long placedEvents = 0;
        try (Connection c = db.reader()) {
            total = count(c, "SELECT count(*) FROM events e" + where, args);
            try (PreparedStatement ps = c.prepareStatement("SELECT e.place_country, e.place_lat, e.place_lon, count(*),"
                    + " list(DISTINCT e.place_text ORDER BY e.place_text) FROM events e" + placed
                    + " GROUP BY 1, 2, 3 ORDER BY 4 DESC, 1, 2, 3")) {
                Database.bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Group g = group(rs);
                        if (g != null) {
                            placedEvents += g.events;
                            if (groups.size() < maxPlaces) {
                                groups.add(g);
                            }
                        }
                    }
                }
            }
            Map<Key, List<ObjectNode>> latest = latest(c, placed, args, perPlace);
            List<PlacePage.Place> places = new ArrayList<>();
            for (Group g : groups) {
                places.add(new PlacePage.Place(g.key.country(), g.lat, g.lon, g.key.lat() == null ? "country" : "city",
                        g.events, g.names, names(g.key.country()), latest.getOrDefault(g.key, List.of())));
            }
            return new PlacePage(total, total - placedEvents, places);
        }
    }

    /** Where a row of places goes on a map: its coordinates, else its state's point, else nowhere (null). */
    private Group group(ResultSet rs) throws SQLException {
        Key key = key(rs, 1);
        double lat;
        double lon;
        if (key.lat() != null && key.lon() != null) {
            lat = key.lat();
            lon = key.lon();
        } else {
            StateCentroids.Point p = centroids.of(key.country());
            if (p == null) {
                return null;
            }
            lat = p.lat();
            lon = p.lon();
        }
        Array names = rs.getArray(5);
        List<String> list = new ArrayList<>();
        for (Object o : (Object[]) names.getArray()) {
            if (o != null) {
                list.add(o.toString());
            }
        }
        return new Group(key, lat, lon, rs.getLong(4), list);
    }

    private record Key(String country, Double lat, Double lon) {
    }

    private record Group(Key key, double lat, double lon, long events, List<String> names) {
    }

    private static Key key(ResultSet rs, int from) throws SQLException {
        double lat = rs.getDouble(from + 1);
        boolean noLat = rs.wasNull();
        double lon = rs.getDouble(from + 2);
        boolean noLon = rs.wasNull();
        return new Key(rs.getString(from), noLat ? null : lat, noLon ? null : lon);
    }

    private static Map<Key, List<ObjectNode>> latest(Connection c, String placed, List<Object> args, int perPlace)
            throws SQLException {
        Map<Key, List<ObjectNode>> out = new HashMap<>();
        Map<String, ObjectNode> articles = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT json, id, url, title, lang, published,"
                + " place_country, place_lat, place_lon FROM (SELECT e.json, a.id, a.url, a.title, a.lang,"
                + " a.published, e.place_country, e.place_lat, e.place_lon, row_number() OVER (PARTITION BY"
                + " e.place_country, e.place_lat, e.place_lon ORDER BY e.date_from DESC NULLS LAST, a.seq, e.ord) AS r"
                + " FROM events e JOIN articles a ON a.id = e.article" + placed + ") WHERE r <= ?"
                + " ORDER BY place_country, r")) {
            List<Object> all = new ArrayList<>(args);
            all.add(perPlace);
            Database.bind(ps, all);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ObjectNode event = Json.object(rs.getString(1));
                    event.set("article", articles.computeIfAbsent(rs.getString(2), id -> Database.articleNode(rs)));
                    out.computeIfAbsent(key(rs, 7), k -> new ArrayList<>()).add(event);
                }
            }
        }
        return out;
    }

    private static long count(Connection c, String sql, List<Object> args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Database.bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
