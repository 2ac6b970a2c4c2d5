package org.marsad.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.marsad.actors.ActorDictionary;
import org.marsad.actors.StateCentroids;
import org.marsad.model.Document;
import org.marsad.model.Section;
import org.marsad.read.TextLayout;
import org.marsad.write.DocumentJsonParser;

/**
 * A Marsad store: a folder holding the DuckDB file {@code marsad.duckdb} (the articles, mentions,
 * times and events; the source of truth), the Lucene index {@code index/} (derived from it) and
 * the lock file that keeps other processes out while it is open. Thread-safe.
 */
public final class Store implements AutoCloseable {
    public static final String DATABASE = "marsad.duckdb";
    public static final String INDEX = "index";
    /** Articles indexed per commit when the index catches up with the database. */
    private static final int CATCH_UP_BATCH = 256;

    private final Path dir;
    private final StoreLock lock;
    private final Database db;
    private final SearchIndex index;
    private final IndexDocuments indexDocuments;
    private final QueryMaker queries;
    private final EventViews views;
    private long nextSeq;
    private boolean closed;

    private Store(Path dir, StoreLock lock, Database db, SearchIndex index, ActorDictionary dictionary)
            throws SQLException {
        this.dir = dir;
        this.lock = lock;
        this.db = db;
        this.index = index;
        this.indexDocuments = new IndexDocuments(dictionary);
        this.queries = new QueryMaker(dictionary);
        this.views = new EventViews(db, dictionary, StateCentroids.bundled());
        this.nextSeq = db.maxSeq() + 1;
    }

    /** Opens (creating when needed) the store in a folder, with the bundled actor dictionary. */
    public static Store open(Path dir) {
        return open(dir, ActorDictionary.bundled());
    }

    public static Store open(Path dir, ActorDictionary dictionary) {
        StoreLock lock = null;
        Database db = null;
        SearchIndex index = null;
        try {
            Files.createDirectories(dir);
            lock = StoreLock.acquire(dir);
            db = new Database(dir.resolve(DATABASE));
            index = new SearchIndex(dir.resolve(INDEX));
            Store store = new Store(dir, lock, db, index, dictionary);
            store.catchUp();
            return store;
        } catch (StoreException e) {
            closeQuietly(index, db, lock);
            throw e;
        } catch (IOException | SQLException | RuntimeException e) {
            closeQuietly(index, db, lock);
            throw new StoreException("cannot open the store " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(AutoCloseable... all) {
        for (AutoCloseable c : all) {
            if (c != null) {
                try {
                    c.close();
                } catch (Exception ignored) {
                    // already failing with a better error
                }
            }
        }
    }

    public Path dir() {
        return dir;
    }

    /** Indexes what the database holds beyond the index's last commit (after a crash, or a lost index). */
    private void catchUp() throws SQLException, IOException {
        List<StoredDocument> pending = new ArrayList<>();
        long[] last = {index.seq()};
        IOException[] failure = {null};
        db.documentsAfter(index.seq(), row -> {
            pending.add(row.doc());
            last[0] = row.seq();
            if (pending.size() == CATCH_UP_BATCH && failure[0] == null) {
                failure[0] = indexNow(pending, last[0]);
                pending.clear();
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        if (!pending.isEmpty()) {
            IOException e = indexNow(pending, last[0]);
            if (e != null) {
                throw e;
            }
        }
    }

    private IOException indexNow(List<StoredDocument> docs, long lastSeq) {
        try {
            List<org.apache.lucene.document.Document> built = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            for (StoredDocument d : docs) {
                built.add(indexDocuments.of(d));
                ids.add(d.id());
            }
            index.add(built, ids, lastSeq);
            return null;
        } catch (IOException e) {
            return e;
        }
    }

    /** Which of these content hashes the store holds. */
    public Set<String> knownHashes(Collection<String> hashes) {
        try {
            return db.knownHashes(hashes);
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    /** The content hash stored under each of these ids that is taken. */
    public Map<String, String> hashesOf(Collection<String> ids) {
        try {
            return db.hashesOf(ids);
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    /**
     * Stores documents: all of them in the database in one transaction, then in the index. The
     * caller has left out what is stored already ({@link #knownHashes}).
     */
    public synchronized void add(List<StoredDocument> docs) {
        if (docs.isEmpty()) {
            return;
        }
        try {
            db.insert(docs, nextSeq);
        } catch (SQLException e) {
            throw failure("write", e);
        }
        nextSeq += docs.size();
        IOException e = indexNow(docs, nextSeq - 1);
        if (e != null) {
            throw new StoreException("cannot write the search index in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The article's document as {@code extract} writes it, with its text; null when there is none. */
    public ObjectNode document(String id) {
        try {
            StoredDocument d = db.document(id);
            if (d == null) {
                return null;
            }
            ObjectNode doc = d.json().deepCopy();
            ((ObjectNode) doc.get("article")).put("text", d.text());
            return doc;
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    /**
     * Full-text search in the three languages; names of actors in the query also find articles in
     * other languages that mention those actors.
     *
     * @param lang only articles in this language, or null for all
     */
    public SearchPage search(String query, String lang, int limit) {
        QueryMaker.Made made = queries.make(query, lang);
        try {
            SearchIndex.Hits hits = index.search(made.query(), limit);
            List<SearchHit> out = new ArrayList<>();
            for (String id : hits.ids()) {
                StoredDocument d = db.document(id);
                if (d != null) {
                    out.add(new SearchHit(d.article(), snippet(d, made, query)));
                }
            }
            return new SearchPage(hits.total(), out);
        } catch (IOException e) {
            throw new StoreException("cannot read the search index in " + dir + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    /**
     * Around the words the query matched in the text; failing those (an article found in another
     * language), around the first mention of an actor or entity the query named.
     */
    private Snippet snippet(StoredDocument d, QueryMaker.Made made, String query) throws IOException {
        List<int[]> matches = index.matches(Fields.text(d.lang()), made.query(), d.text());
        if (matches.isEmpty()) {
            matches = mentionsOf(d, made, QueryMaker.words(query));
        }
        return Snippet.around(d.text(), matches, bodyStart(d.text()));
    }

    /** Where the first line that is no page chrome begins (0 when there is none). */
    private static int bodyStart(String text) {
        return TextLayout.of(text).sections().stream().filter(s -> s.kind() != Section.Kind.CHROME)
                .mapToInt(s -> s.span().start()).findFirst().orElse(0);
    }

    private static List<int[]> mentionsOf(StoredDocument d, QueryMaker.Made made, List<String> words) {
        List<int[]> out = new ArrayList<>();
        String text = d.text();
        for (JsonNode m : d.json().get("mentions")) {
            if (made.actors().contains(Json.text(m, "actor")) || made.entities().contains(Json.text(m, "entity"))
                    || namedBy(m.get("names"), words)) {
                int start = text.offsetByCodePoints(0, m.get("start").asInt());
                int end = text.offsetByCodePoints(0, m.get("end").asInt());
                out.add(new int[] {start, end});
            }
        }
        return out;
    }

    private static boolean namedBy(JsonNode names, List<String> words) {
        if (names == null) {
            return false;
        }
        for (JsonNode name : names) {
            String n = name.asText().toLowerCase(java.util.Locale.ROOT);
            for (String w : words) {
                if (n.contains(w)) {
                    return true;
                }
            }
        }
        return false;
    }

    public EventPage events(EventFilter filter) {
        try {
            return db.events(filter);
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    /**
     * The events between the filter's actor and {@code other} (both sources or targets), newest
     * first up to the filter's limit, each with its {@code day} and evidence {@code sentence}.
     */
    public EventPage between(EventFilter filter, String other) {
        try {
            return views.between(filter, other);
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    /**
     * The documents with events the filter selects (limit and offset aside), in the order they were
     * stored, each holding only its selected events; a filter on nothing but the language gives
     * every article in that language whole. For writing in any output format.
     */
    public void exportDocuments(EventFilter filter, Consumer<Document> out) {
        try {
            new EventExport(db).documents(filter, selected -> {
                StoredDocument d = selected.doc();
                Document doc = DocumentJsonParser.parse(d.json(), d.text(), d.origin());
                if (selected.events() != null) {
                    doc = new Document(doc.article(), doc.sentences(), doc.mentions(), doc.times(),
                            doc.events().stream().filter(e -> selected.events().contains(e.id())).toList());
                }
                out.accept(doc);
            });
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    /** The actor network of the filter's events, its {@code maxEdges} busiest pairs. */
    public Network network(EventFilter filter, int maxEdges) {
        try {
            return views.network(filter, maxEdges);
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    /** The places of the filter's events, up to {@code maxPlaces}, each with its {@code perPlace} latest events. */
    public PlacePage places(EventFilter filter, int maxPlaces, int perPlace) {
        try {
            return views.places(filter, maxPlaces, perPlace);
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    /** Writes the events the filter selects to a Parquet file, one row per event; returns how many. */
    public long exportParquet(EventFilter filter, Path file) {
        try {
            return new EventExport(db).parquet(filter, file);
        } catch (SQLException e) {
            throw new StoreException("cannot write " + file + " from the database " + dir.resolve(DATABASE) + ": "
                    + e.getMessage(), e);
        }
    }

    /** The latest articles by date, as {@code article} objects. */
    public List<ObjectNode> latest(int limit, String lang) {
        try {
            return db.latest(limit, lang);
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    public long articleCount() {
        return count("articles");
    }

    public long eventCount() {
        return count("events");
    }

    /** Articles in the search index (equal to {@link #articleCount()} once an add has returned). */
    public long indexedCount() {
        try {
            return index.size();
        } catch (IOException e) {
            throw new StoreException("cannot read the search index in " + dir + ": " + e.getMessage(), e);
        }
    }

    private long count(String table) {
        try {
            return db.count(table);
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    private StoreException failure(String what, SQLException e) {
        return new StoreException("cannot " + what + " the database " + dir.resolve(DATABASE) + ": "
                + e.getMessage(), e);
    }

    /** Closes the index, the database and the lock, each even when closing another failed; again, nothing. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        Exception first = null;
        for (AutoCloseable part : List.<AutoCloseable>of(index, db, lock)) {
            try {
                part.close();
            } catch (Exception e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw new StoreException("cannot close the store " + dir + ": " + first.getMessage(), first);
        }
    }
}
