package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marsad.cli.Cli.run;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.marsad.cli.Cli.Run;
import org.marsad.store.Json;
import org.marsad.store.Store;

/** ingest, search and demo from the command line. */
class StoreCommandsTest {
    private static final String ARTICLES = String.join("\n",
            "{\"id\": \"a1\", \"lang\": \"ar\", \"date\": \"2019-08-08\", \"text\": \"خبر\\n\\nوقطعت باكستان العلاقات مع الهند.\"}",
            "{\"id\": \"e1\", \"lang\": \"en\", \"date\": \"2019-03-01\", \"text\": \"News\\n\\nPakistan returned the pilot to India.\"}",
            "{\"id\": \"r1\", \"lang\": \"ru\", \"date\": \"2016-09-24\", \"text\": \"Новости\\n\\nРоссия и Пакистан начали учения.\"}");

    @TempDir
    Path tmp;

    @Test
    void ingestIsIdempotentAndReportsFailedInputs() throws Exception {
        Path input = tmp.resolve("articles.jsonl");
        Files.writeString(input, ARTICLES, StandardCharsets.UTF_8);
        String store = tmp.resolve("store").toString();

        Run first = run("ingest", "--store", store, input.toString());
        assertEquals(0, first.status(), first.err());
        assertTrue(first.err().contains("3 articles stored, 0 already there, 0 failed"), first.err());
        assertTrue(first.err().contains("Ingesting 3/3 articles (100%)"), "progress on standard error: " + first.err());
        assertTrue(first.err().matches("(?s).*0 failed in [0-9.]+ s \\([0-9.]+ articles/s\\).*"), first.err());

        Path broken = tmp.resolve("broken.jsonl");
        Files.writeString(broken, "{not json\n" + ARTICLES.lines().findFirst().orElseThrow() + "\n", StandardCharsets.UTF_8);
        Run again = run("ingest", "--store", store, input.toString(), broken.toString(), tmp.resolve("missing").toString());
        assertEquals(1, again.status(), again.err());
        assertTrue(again.err().contains("0 articles stored, 4 already there, 2 failed"), again.err());
        assertTrue(again.err().contains("marsad: 2 failed:\nmarsad: "), again.err());
        assertTrue(again.err().contains("broken.jsonl:1: "), again.err());
        assertTrue(again.err().contains("missing: no such file or folder"), again.err());

        Run search = run("search", "--store", store, "Pakistan");
        assertEquals(0, search.status(), search.err());
        assertTrue(search.out().startsWith("3 articles"), search.out());
        assertTrue(search.out().contains("\u00BBباكستان\u00AB"), search.out());

        try (Store held = Store.open(Path.of(store))) {
            Run locked = run("search", "--store", store, "Pakistan");
            assertEquals(2, locked.status());
            assertTrue(locked.err().contains("is in use by another Marsad process"), locked.err());
        }
    }

    @Test
    void demoPrintsTheSamplesEventsWhenAsked() {
        Run demo = run("demo", "--print");
        assertEquals(0, demo.status(), demo.err());
        assertTrue(demo.out().strip().matches("(?s).*\\n21 articles, \\d+ events\\..*"), demo.out());
    }

    @Test
    void demoIngestsTheSamplesAndServesThem() throws Exception {
        Path store = tmp.resolve("demo-store");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process demo = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "demo", "--port", "0", "--host", "127.0.0.1", "--store", store.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            String url = null;
            BufferedReader out = new BufferedReader(new InputStreamReader(demo.getInputStream(), StandardCharsets.UTF_8));
            Pattern serving = Pattern.compile("Marsad is serving .* at (http://\\S+/) ");
            String line;
            while (url == null && (line = out.readLine()) != null) {
                Matcher m = serving.matcher(line);
                if (m.find()) {
                    url = m.group(1);
                }
            }
            assertTrue(url != null, "demo printed its URL");
            HttpClient http = HttpClient.newHttpClient();
            JsonNode health = get(http, url + "api/health");
            assertEquals(21, health.path("articles").asInt());
            for (String q : List.of("Pakistan", "باكستان", "Пакистан")) {
                JsonNode hits = get(http, url + "api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
                boolean arabic = false;
                boolean english = false;
                for (JsonNode h : hits.path("hits")) {
                    arabic |= h.path("article").path("lang").asText().equals("ar");
                    english |= h.path("article").path("lang").asText().equals("en");
                }
                assertTrue(arabic && english, q + " finds Arabic and English articles: " + hits);
            }
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(page.body().contains("app.js"));
        } finally {
            demo.destroy();
            assertTrue(demo.waitFor(30, TimeUnit.SECONDS));
        }
        // interrupted cleanly: the store opens again, and a second demo ingests nothing twice
        try (Store s = Store.open(store)) {
            assertEquals(21, s.articleCount());
            assertEquals(21, s.indexedCount());
        }
    }

    private static JsonNode get(HttpClient http, String url) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), url + ": " + r.body());
        return Json.MAPPER.readTree(r.body());
    }
}
