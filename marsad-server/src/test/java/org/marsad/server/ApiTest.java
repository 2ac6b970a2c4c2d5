package org.marsad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.marsad.pipeline.Pipeline;
import org.marsad.store.Json;
import org.marsad.store.Store;

/** The HTTP API of the contract, over a real server on a free port. */
class ApiTest {
    private static final String TOKEN = "s3cret-token";
    private static final int MAX_REQUEST = 64 * 1024;

    @TempDir
    static Path tmp;

    private static Pipeline pipeline;
    private static Store store;
    private static Server server;
    private static String base;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        pipeline = Pipeline.standard();
        store = Fixtures.store(tmp.resolve("store"), pipeline, Fixtures.AR, Fixtures.EN, Fixtures.RU);
        server = new Server(store, pipeline, TOKEN, MAX_REQUEST);
        base = "http://127.0.0.1:" + server.start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private record Reply(int status, JsonNode body, HttpResponse<String> raw) {
    }

    private static Reply get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    private static Reply post(String url, String body, String token) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url + "/api/articles"))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return send(b.build());
    }

    private static Reply send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        boolean json = r.headers().firstValue("Content-Type").orElse("").startsWith("application/json");
        return new Reply(r.statusCode(), json ? Json.MAPPER.readTree(r.body()) : null, r);
    }

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static List<String> ids(JsonNode hits) {
        List<String> out = new ArrayList<>();
        hits.forEach(h -> out.add(h.path("article").path("id").asText()));
        return out;
    }

    @Test
    void health() throws Exception {
        Reply r = get("/api/health");
        assertEquals(200, r.status());
        assertEquals("ok", r.body().path("status").asText());
        assertTrue(r.body().path("articles").asLong() >= 3);
        assertEquals(store.eventCount(), r.body().path("events").asLong());
    }

    @Test
    void searchAcrossLanguages() throws Exception {
        Reply r = get("/api/search?q=" + q("Pakistan"));
        assertEquals(200, r.status());
        assertTrue(ids(r.body().path("hits")).containsAll(List.of("ar-1", "en-1", "ru-1")), r.body().toString());
        assertEquals(r.body().path("hits").size(), r.body().path("total").asInt());
        JsonNode hit = r.body().path("hits").get(0);
        assertTrue(hit.path("snippet").isTextual() && hit.path("marks").isArray());

        assertEquals(List.of("ar-1"), ids(get("/api/search?lang=ar&q=" + q("Пакистан")).body().path("hits")));
        assertEquals(1, get("/api/search?limit=1&q=" + q("باكستان")).body().path("hits").size());
        assertEquals(0, get("/api/search?q=" + q("zzzqqq")).body().path("total").asInt());
    }

    @Test
    void badParametersAreJsonErrors() throws Exception {
        for (String path : List.of("/api/search", "/api/search?q=a&limit=101", "/api/search?q=a&limit=x",
                "/api/search?q=a&lang=fr", "/api/events?from=2020-02-30", "/api/events?cameo=abc",
                "/api/events?modality=maybe", "/api/events?limit=1001", "/api/events?actor=" + q("P K"),
                "/api/search?q=" + q("?!"), "/api/search?q=" + "a".repeat(501), "/api/timeline?a=PAK",
                "/api/timeline?a=PAK&b=pak", "/api/timeline?a=PAK&b=RUS&limit=2001", "/api/network?limit=501",
                "/api/network?from=2020-13-01", "/api/places?limit=-1", "/api/places?per=21", "/api/places?lang=de")) {
            Reply r = get(path);
            assertEquals(400, r.status(), path);
            assertEquals(400, r.body().path("status").asInt(), path);
            assertTrue(r.body().path("error").asText().length() > 5, path);
        }
        Reply missing = get("/api/articles/none-such");
        assertEquals(404, missing.status());
        assertTrue(missing.body().path("error").asText().contains("none-such"));
        assertEquals(404, get("/api/nothing").status());
        assertEquals(404, get("/api/nothing").body().path("status").asInt());
    }

    @Test
    void eventsFilteredByActorTypeCameoAndDates() throws Exception {
        // the API answers as the store does; the extractor decides how many events there are
        Reply pak = get("/api/events?actor=PAK");
        assertEquals(total("PAK", null, null, null, null), pak.body().path("total").asLong());
        assertTrue(pak.body().path("total").asInt() >= 3);
        for (JsonNode e : pak.body().path("events")) {
            assertTrue(e.toString().contains("\"actor\":\"PAK\""));
            assertTrue(e.has("summary") && e.has("trigger") && e.has("evidence") && e.path("article").has("id"));
        }
        assertEquals(total("PAK", "SANCTION", null, null, null),
                get("/api/events?actor=pak&type=sanction").body().path("total").asInt());
        assertEquals("120", get("/api/events?cameo=12").body().path("events").get(0).path("cameo").asText());
        LocalDate aug1 = LocalDate.of(2019, 8, 1);
        LocalDate aug31 = LocalDate.of(2019, 8, 31);
        assertEquals(total("PAK", null, null, aug1, aug31),
                get("/api/events?actor=PAK&from=2019-08-01&to=2019-08-31").body().path("total").asInt());
        assertEquals(total("PAK", null, null, null, LocalDate.of(2014, 12, 31)),
                get("/api/events?actor=PAK&to=2014-12-31").body().path("total").asInt());
        Reply page = get("/api/events?actor=PAK&limit=2");
        assertEquals(pak.body().path("total").asInt(), page.body().path("total").asInt());
        assertEquals(2, page.body().path("events").size());
        assertEquals(0, get("/api/events?actor=PAK&from=2001-01-01&to=2001-12-31").body().path("total").asInt());
    }

    private static long total(String actor, String type, String cameo, LocalDate from, LocalDate to) {
        return store.events(new org.marsad.store.EventFilter(actor, type, cameo, from, to, null, null, null, 1000, 0))
                .total();
    }

    @Test
    void theTimelineOfTwoActorsGoesByDay() throws Exception {
        Reply r = get("/api/timeline?a=pak&b=RUS");
        assertEquals(200, r.status());
        long total = store.between(new org.marsad.store.EventFilter("PAK", null, null, null, null, null, null, null,
                1000, 0), "RUS").total();
        assertTrue(total >= 2, "the 2014 agreement and the 2016 exercises");
        assertEquals(total, r.body().path("total").asLong());
        assertEquals("PAK", r.body().path("a").asText());
        int perDay = 0;
        String last = "";
        for (JsonNode d : r.body().path("days")) {
            assertTrue(d.path("day").asText().compareTo(last) > 0, "days in order: " + r.body().path("days"));
            last = d.path("day").asText();
            perDay += d.path("events").asInt();
        }
        assertEquals(total, perDay);
        for (JsonNode e : r.body().path("events")) {
            assertTrue(e.path("sentence").asText().length() > 10 && e.has("day") && e.path("article").has("id"));
        }
        assertEquals(1, get("/api/timeline?a=PAK&b=RUS&limit=1").body().path("events").size());
        assertEquals(0, get("/api/timeline?a=PAK&b=RUS&from=2001-01-01&to=2001-12-31").body().path("total").asInt());
    }

    @Test
    void theNetworkHasActorsAndWeightedPairs() throws Exception {
        Reply r = get("/api/network");
        assertEquals(200, r.status());
        assertEquals(store.eventCount(), r.body().path("events").asLong());
        List<String> nodes = new ArrayList<>();
        r.body().path("nodes").forEach(n -> nodes.add(n.path("actor").asText()));
        assertTrue(nodes.containsAll(List.of("PAK", "IND", "RUS")), nodes.toString());
        JsonNode edge = r.body().path("edges").get(0);
        assertTrue(edge.path("events").asInt() >= 1 && edge.path("types").isObject() && edge.path("quads").isObject(),
                edge.toString());
        for (JsonNode e : r.body().path("edges")) {
            assertTrue(nodes.contains(e.path("source").asText()) && nodes.contains(e.path("target").asText()));
        }
        assertEquals("Пакистан", r.body().path("nodes").findValues("names").stream()
                .filter(n -> n.path("en").asText().equals("Pakistan")).findFirst().orElseThrow().path("ru").asText());
        assertEquals(1, get("/api/network?limit=1").body().path("edges").size());
        JsonNode sanctions = get("/api/network?type=SANCTION").body();
        for (JsonNode e : sanctions.path("edges")) {
            assertEquals(List.of("SANCTION"), List.copyOf(iterable(e.path("types").fieldNames())));
        }
        assertEquals(0, get("/api/network?from=2001-01-01&to=2001-12-31").body().path("edges").size());
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    @Test
    void placesHaveCoordinates() throws Exception {
        Reply r = get("/api/places");
        assertEquals(200, r.status());
        assertEquals(store.eventCount(), r.body().path("events").asLong());
        JsonNode places = r.body().path("places");
        assertTrue(places.size() >= 1, r.body().toString());
        for (JsonNode p : places) {
            assertTrue(p.path("lat").isNumber() && p.path("lon").isNumber() && p.path("names").isArray(), p.toString());
            assertTrue(List.of("city", "country").contains(p.path("precision").asText()));
            assertTrue(p.path("latest").size() >= 1 && p.path("latest").get(0).path("article").has("id"));
        }
        assertEquals(1, get("/api/places?limit=1&per=1").body().path("places").size());
    }

    @Test
    void anArticleIsItsExtractDocumentWithItsText() throws Exception {
        Reply r = get("/api/articles/ar-1");
        assertEquals(200, r.status());
        JsonNode a = r.body().path("article");
        assertEquals("ar", a.path("lang").asText());
        assertTrue(a.path("text").asText().contains("وقعت روسيا وباكستان"));
        assertEquals(4, r.body().path("events").size());
        JsonNode m = r.body().path("mentions").get(0);
        String text = a.path("text").asText();
        int start = text.offsetByCodePoints(0, m.path("start").asInt());
        int end = text.offsetByCodePoints(0, m.path("end").asInt());
        assertEquals(m.path("text").asText(), text.substring(start, end));
    }

    @Test
    void postingNeedsTheTokenAndIsIdempotent() throws Exception {
        try (Store own = Store.open(tmp.resolve("posts")); Server posts = new Server(own, pipeline, TOKEN, MAX_REQUEST)) {
            String url = "http://127.0.0.1:" + posts.start("127.0.0.1", 0);
            postTo(url, own);
        }
    }

    @Test
    void withoutATokenThisMachineMayPost() throws Exception {
        try (Store own = Store.open(tmp.resolve("open")); Server open = new Server(own, pipeline, null, MAX_REQUEST)) {
            String url = "http://127.0.0.1:" + open.start("127.0.0.1", 0);
            Reply r = post(url, "{\"text\": \"Pakistan and India talked.\"}", null);
            assertEquals(201, r.status(), r.body().toString());
            assertEquals(1, own.articleCount());
        }
    }

    private void postTo(String url, Store own) throws Exception {
        String article = "{\"id\": \"posted-1\", \"lang\": \"ar\", \"date\": \"2019-08-09\", "
                + "\"text\": \"خبر\\n\\nوطالبت باكستان الهند بوقف العمليات في كشمير مرة أخرى.\"}";
        Reply none = post(url, article, null);
        assertEquals(401, none.status());
        assertEquals("Bearer", none.raw().headers().firstValue("WWW-Authenticate").orElse(""));
        assertEquals(401, post(url, article, "wrong").status());

        Reply first = post(url, article, TOKEN);
        assertEquals(201, first.status(), first.body().toString());
        assertEquals(1, first.body().path("stored").asInt());
        Reply again = post(url, "[" + article + "]", TOKEN);
        assertEquals(200, again.status());
        assertEquals(1, again.body().path("duplicates").asInt());
        assertEquals("posted-1", again.body().path("ids").get(0).asText());
        assertEquals(1, own.search("مرة أخرى", null, 10).total());

        Reply broken = post(url, "{\"text\": \"Pakistan and India talked.\"}\n{broken", TOKEN);
        assertEquals(201, broken.status());
        assertEquals(1, broken.body().path("failed").asInt());
        assertTrue(broken.body().path("errors").get(0).asText().startsWith("request:2"), broken.body().toString());
        Reply bad = post(url, "{broken", TOKEN);
        assertEquals(400, bad.status());
        assertEquals(400, post(url, "", TOKEN).status());

        Reply tooLarge = post(url, "{\"text\": \"" + "x".repeat(MAX_REQUEST) + "\"}", TOKEN);
        assertEquals(413, tooLarge.status());
        assertEquals(413, tooLarge.body().path("status").asInt());
    }

    @Test
    void theUiIsServedWithAStrictContentPolicy() throws Exception {
        Reply page = get("/");
        assertEquals(200, page.status());
        assertTrue(page.raw().body().contains("<main id=\"view\">"));
        String policy = page.raw().headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("default-src 'self'"), policy);
        assertEquals(200, get("/app.js").status());
        assertEquals(200, get("/labels.json").status());
        assertEquals(200, get("/draw.js").status());
        // the map's shapes are bundled at build time, served by the server itself
        Reply shapes = get("/vendor/world-atlas/countries-110m.json");
        assertEquals(200, shapes.status());
        assertEquals("Topology", shapes.body().path("type").asText());
    }
}
