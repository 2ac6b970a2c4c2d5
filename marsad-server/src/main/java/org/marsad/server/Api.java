package org.marsad.server;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;

import org.marsad.model.Article;
import org.marsad.pipeline.Pipeline;
import org.marsad.read.ArticleReader;
import org.marsad.read.InputFormat;
import org.marsad.read.ReadOptions;
import org.marsad.store.EventFilter;
import org.marsad.store.EventPage;
import org.marsad.store.Ingester;
import org.marsad.store.Json;
import org.marsad.store.Network;
import org.marsad.store.PlacePage;
import org.marsad.store.SearchHit;
import org.marsad.store.SearchPage;
import org.marsad.store.Snippet;
import org.marsad.store.Store;

/** The API's handlers (see the command-line contract for what each answers). */
final class Api {
    static final int SEARCH_LIMIT = 20;
    static final int SEARCH_MAX = 100;
    static final int EVENTS_LIMIT = 100;
    static final int EVENTS_MAX = 1000;
    static final int QUERY_MAX = 500;
    static final int TIMELINE_LIMIT = 500;
    static final int TIMELINE_MAX = 2000;
    static final int NETWORK_LIMIT = 100;
    static final int NETWORK_MAX = 500;
    static final int PLACES_LIMIT = 200;
    static final int PLACES_MAX = 1000;
    static final int PER_PLACE = 5;
    static final int PER_PLACE_MAX = 20;
    private static final int BATCH = 32;

    private final Store store;
    private final Pipeline pipeline;
    private final byte[] token;
    /** One ingest at a time: two posts of the same new article must not both find it new. */
    private final Object ingesting = new Object();

    Api(Store store, Pipeline pipeline, String token) {
        this.store = store;
        this.pipeline = pipeline;
        this.token = token == null || token.isEmpty() ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    void health(Context ctx) {
        Server.json(ctx, Json.MAPPER.createObjectNode().put("status", "ok")
                .put("articles", store.articleCount()).put("events", store.eventCount()));
    }

    void search(Context ctx) {
        String q = Params.text(ctx, "q", QUERY_MAX);
        if (q == null) {
            throw Params.bad("q is required");
        }
        SearchPage page = store.search(q, Params.lang(ctx), Params.limit(ctx, "limit", SEARCH_LIMIT, SEARCH_MAX));
        ObjectNode out = Json.MAPPER.createObjectNode().put("total", page.total());
        ArrayNode hits = out.putArray("hits");
        for (SearchHit h : page.hits()) {
            ObjectNode hit = hits.addObject();
            hit.set("article", h.article());
            hit.put("snippet", h.snippet().text());
            ArrayNode marks = hit.putArray("marks");
            for (Snippet.Mark m : h.snippet().marks()) {
                marks.addObject().put("start", m.start()).put("end", m.end());
            }
        }
        Server.json(ctx, out);
    }

    void events(Context ctx) {
        EventPage page = store.events(filter(ctx, Params.code(ctx, "actor"),
                Params.limit(ctx, "limit", EVENTS_LIMIT, EVENTS_MAX), Params.limit(ctx, "offset", 0, Integer.MAX_VALUE)));
        ObjectNode out = Json.MAPPER.createObjectNode().put("total", page.total());
        ArrayNode events = out.putArray("events");
        page.events().forEach(events::add);
        Server.json(ctx, out);
    }

    /** The event filters every event view takes, for one actor (or none). */
    private static EventFilter filter(Context ctx, String actor, int limit, int offset) {
        return new EventFilter(actor, Params.code(ctx, "type"), Params.cameo(ctx), Params.date(ctx, "from"),
                Params.date(ctx, "to"), Params.lang(ctx), Params.modality(ctx), Params.text(ctx, "article", 200),
                limit, offset);
    }

    /** Events between actors a and b, by day, with each event's evidence sentence. */
    void timeline(Context ctx) {
        String a = Params.code(ctx, "a");
        String b = Params.code(ctx, "b");
        if (a == null || b == null) {
            throw Params.bad("a and b are required: two actor codes, e.g. a=PAK&b=RUS");
        }
        if (a.equals(b)) {
            throw Params.bad("a and b must be two different actors: " + a);
        }
        EventPage page = store.between(filter(ctx, a, Params.limit(ctx, "limit", TIMELINE_LIMIT, TIMELINE_MAX), 0), b);
        Map<String, ObjectNode> days = new TreeMap<>();
        for (ObjectNode e : page.events()) {
            String day = e.path("day").asText(null);
            ObjectNode d = days.computeIfAbsent(day == null ? "" : day,
                    k -> Json.MAPPER.createObjectNode().put("day", day).put("events", 0));
            d.put("events", d.get("events").asInt() + 1);
            ObjectNode quads = d.has("quads") ? (ObjectNode) d.get("quads") : d.putObject("quads");
            if (e.hasNonNull("quad")) {
                String q = e.get("quad").asText();
                quads.put(q, quads.path(q).asInt() + 1);
            }
        }
        ObjectNode out = Json.MAPPER.createObjectNode().put("a", a).put("b", b).put("total", page.total());
        days.values().forEach(out.putArray("days")::add);
        page.events().forEach(out.putArray("events")::add);
        Server.json(ctx, out);
    }

    /** Actors as nodes with their events, source → target pairs with their events by type and quad class. */
    void network(Context ctx) {
        Network net = store.network(filter(ctx, Params.code(ctx, "actor"), 0, 0),
                Params.limit(ctx, "limit", NETWORK_LIMIT, NETWORK_MAX));
        Server.json(ctx, Json.MAPPER.valueToTree(net));
    }

    /** Where events happened: places with coordinates, each with its latest events. */
    void places(Context ctx) {
        PlacePage page = store.places(filter(ctx, Params.code(ctx, "actor"), 0, 0),
                Params.limit(ctx, "limit", PLACES_LIMIT, PLACES_MAX), Params.limit(ctx, "per", PER_PLACE, PER_PLACE_MAX));
        Server.json(ctx, Json.MAPPER.valueToTree(page));
    }

    void latest(Context ctx) {
        ObjectNode out = Json.MAPPER.createObjectNode().put("total", store.articleCount());
        ArrayNode articles = out.putArray("articles");
        store.latest(Params.limit(ctx, "limit", SEARCH_LIMIT, SEARCH_MAX), Params.lang(ctx)).forEach(articles::add);
        Server.json(ctx, out);
    }

    void article(Context ctx) {
        String id = ctx.pathParam("id");
        ObjectNode doc = store.document(id);
        if (doc == null) {
            throw new HttpResponseException(HttpStatus.NOT_FOUND.getCode(), "no article with id " + id);
        }
        Server.json(ctx, doc);
    }

    /** Ingests one JSONL article, several lines of them, or a JSON array of them. */
    void post(Context ctx) {
        authorise(ctx);
        List<String> errors = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        Ingester.Counts counts;
        synchronized (ingesting) {
            Ingester.Listener listener = new Ingester.Listener() {
                @Override
                public void stored(Article a) {
                    ids.add(a.id());
                }

                @Override
                public void duplicate(Article a) {
                    ids.add(a.id());
                }

                @Override
                public void failed(String message, Article article) {
                    errors.add(message);
                }
            };
            // bodyAsBytes enforces the server's request size limit (413 beyond it)
            InputStream body = new ByteArrayInputStream(ctx.bodyAsBytes());
            try (Ingester ingester = new Ingester(store, pipeline, BATCH, 1, listener)) {
                new ArticleReader(ReadOptions.defaults().withFormat(InputFormat.JSONL))
                        .read("request", body, ingester::add, ingester::inputFailed);
                ingester.flush();
                counts = ingester.counts();
            }
        }
        if (counts.stored() + counts.duplicates() + counts.failed() == 0) {
            throw Params.bad("the body holds no article: send one JSON object per line, or an array of them");
        }
        ObjectNode out = Json.MAPPER.createObjectNode().put("stored", counts.stored())
                .put("duplicates", counts.duplicates()).put("failed", counts.failed());
        ids.forEach(out.putArray("ids")::add);
        errors.forEach(out.putArray("errors")::add);
        boolean nothingTaken = counts.stored() + counts.duplicates() == 0;
        ctx.status(nothingTaken ? HttpStatus.BAD_REQUEST : counts.stored() > 0 ? HttpStatus.CREATED : HttpStatus.OK);
        Server.json(ctx, out);
    }

    private void authorise(Context ctx) {
        if (token == null) {
            if (!local(ctx.req().getRemoteAddr())) {
                throw new HttpResponseException(HttpStatus.FORBIDDEN.getCode(),
                        "posting from another machine needs a token: start the server with --token");
            }
            return;
        }
        String header = ctx.header("Authorization");
        byte[] given = header != null && header.startsWith("Bearer ")
                ? header.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8) : new byte[0];
        if (!MessageDigest.isEqual(given, token)) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new HttpResponseException(HttpStatus.UNAUTHORIZED.getCode(),
                    "POST /api/articles needs the header Authorization: Bearer TOKEN");
        }
    }

    private static boolean local(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
