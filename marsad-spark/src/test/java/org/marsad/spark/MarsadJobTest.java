package org.marsad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.marsad.model.Document;
import org.marsad.model.Event;
import org.marsad.pipeline.Pipeline;
import org.marsad.read.ArticleReader;
import org.marsad.read.InputError;

/**
 * The job in local mode on a small folder of JSONL, a WARC and a binary file: it must find what
 * the core pipeline finds when run directly on the same inputs, and keep every broken record.
 */
class MarsadJobTest {
    private static final String JSONL = String.join("\n",
            "{\"id\": \"ar-1\", \"text\": \"وقعت روسيا وباكستان اتفاقية دفاعية في العام 2014.\", \"date\": \"2020-06-03\","
                    + " \"url\": \"https://www.example.org/ar/1\"}",
            "{\"id\": \"ar-1b\", \"text\": \"وقعت روسيا وباكستان اتفاقية دفاعية في العام 2014 في موسكو.\","
                    + " \"date\": \"2020-06-03\", \"url\": \"https://other.example.net/news/7\"}",
            "{\"text\": \"not closed",
            "{\"id\": \"ar-3\", \"text\": \"أدانت الهند الهجوم الذي نفذته باكستان. وزار رئيس الوزراء الباكستاني عمران خان"
                    + " موسكو في 24 فبراير 2022.\", \"date\": \"2022-02-25\"}",
            "",
            "{\"id\": \"ru-1\", \"text\": \"Россия и Пакистан подписали соглашение о сотрудничестве.\", \"lang\": \"ru\"}",
            "{\"id\": \"en-1\", \"text\": \"Imran Khan met Vladimir Putin in Moscow on 24 February 2022.\"}") + "\n";
    /** Gzipped JSONL: Hadoop unzips it and reads it line by line. */
    private static final String NDJSON = "{\"id\": \"ar-2\", \"text\": \"استقبل الرئيس الباكستاني عارف علوي وزير الخارجية"
            + " الروسي سيرغي لافروف في إسلام آباد يوم الاثنين.\", \"date\": \"2021-04-07\"}\n"
            + "{\"id\": \"en-2\", \"text\": \"Sergey Lavrov visited Islamabad.\", \"date\": \"2021-04-07\"}\n";
    private static final String PAGE = "<html lang=\"ar\"><head><title>زيارة</title>"
            + "<meta name=\"date\" content=\"2021-04-07\"></head><body><article><p>استقبل الرئيس الباكستاني عارف علوي"
            + " وزير الخارجية الروسي سيرغي لافروف في إسلام آباد يوم الاثنين.</p></article></body></html>";

    @TempDir
    static Path dir;
    private static Path input;
    private static Path output;
    private static SparkSession spark;
    private static MarsadJob.Summary summary;

    @BeforeAll
    static void run() throws IOException {
        input = Files.createDirectories(dir.resolve("in"));
        output = dir.resolve("out");
        Files.writeString(input.resolve("news.jsonl"), JSONL);
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(input.resolve("more.ndjson.gz")))) {
            gz.write(utf8(NDJSON));
        }
        Files.write(input.resolve("crawl.warc"), concat(
                record("warcinfo", null, "application/warc-fields", utf8("software: marsad-test\r\n")),
                response("https://www.example.org/ar/visit", "text/html; charset=utf-8", utf8(PAGE)),
                response("https://www.example.org/logo.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0})));
        Files.write(input.resolve("photo.bin"), new byte[] {0, 1, 2, 3, (byte) 0xFF, 0, 0, 7});
        Files.writeString(input.resolve(".hidden.jsonl"), "{\"text\": \"not to be read\"}\n");
        spark = SparkSession.builder().master("local[2]").appName("marsad-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
        summary = MarsadJob.run(spark, List.of(input.toString(), dir.resolve("nowhere").toString()),
                output.toString(), JobOptions.defaults());
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    /** Article id → "event-id cameo source→target" of each event, as the core pipeline gives them directly. */
    private static Map<String, List<String>> direct() {
        Pipeline pipeline = Pipeline.standard();
        Map<String, List<String>> byArticle = new TreeMap<>();
        List<InputError> errors = new ArrayList<>();
        new ArticleReader().read(List.of(input.toString()), article -> {
            Document doc = pipeline.process(article);
            List<String> events = new ArrayList<>();
            for (Event e : doc.events()) {
                events.add(e.id() + " " + e.cameo() + " " + e.source().stream().map(p -> p.actor().code()).toList()
                        + "→" + e.target().stream().map(p -> p.actor().code()).toList());
            }
            byArticle.put(doc.article().id(), events);
        }, errors::add);
        assertEquals(2, errors.size(), errors.toString());
        return byArticle;
    }

    private static Map<String, List<String>> fromTables() {
        Map<String, List<String>> byArticle = new TreeMap<>();
        for (Row a : spark.read().parquet(output + "/articles").collectAsList()) {
            byArticle.put(a.getAs("id"), new ArrayList<>());
        }
        List<Row> events = spark.read().parquet(output + "/events")
                .selectExpr("article_id", "id", "cameo", "transform(source, p -> p.actor) AS s",
                        "transform(target, p -> p.actor) AS t")
                .orderBy("article_id", "sentence", "id").collectAsList();
        for (Row e : events) {
            byArticle.get(e.<String>getAs("article_id")).add(e.getAs("id") + " " + e.getAs("cameo") + " "
                    + e.getList(3) + "→" + e.getList(4));
        }
        byArticle.values().forEach(list -> list.sort(null));
        return byArticle;
    }

    @Test
    void findsWhatThePipelineFindsDirectly() {
        Map<String, List<String>> direct = direct();
        direct.values().forEach(list -> list.sort(null));
        assertEquals(direct, fromTables());
        long events = direct.values().stream().mapToLong(List::size).sum();
        assertTrue(events >= 4, "the inputs must hold events: " + direct);
        assertEquals(events, summary.events());
        assertEquals(direct.size(), summary.articles());
        assertEquals(8, summary.articles());
    }

    @Test
    void brokenRecordsAndMissingInputsAreRejectedNotLost() {
        Map<String, String> rejects = new TreeMap<>();
        for (Row r : spark.read().parquet(output + "/rejects").collectAsList()) {
            String file = r.getAs("file");
            rejects.put(file.substring(file.lastIndexOf('/') + 1), r.getAs("origin") + " | " + r.getAs("reason"));
        }
        assertEquals(List.of("news.jsonl", "nowhere", "photo.bin"), List.copyOf(rejects.keySet()), rejects.toString());
        int brokenLine = utf8(JSONL.substring(0, JSONL.indexOf("{\"text\": \"not closed"))).length;
        assertTrue(rejects.get("news.jsonl").matches(".*news\\.jsonl#" + brokenLine + " \\| broken JSON.*"),
                rejects.get("news.jsonl"));
        assertTrue(rejects.get("photo.bin").contains("binary"), rejects.get("photo.bin"));
        assertTrue(rejects.get("nowhere").endsWith("no such file or folder"), rejects.get("nowhere"));
        assertEquals(3, summary.rejects());
    }

    @Test
    void articlesKeepTheirTextOriginAndSource() {
        Map<String, Row> articles = new TreeMap<>();
        for (Row a : spark.read().parquet(output + "/articles").collectAsList()) {
            articles.put(a.getAs("id"), a);
        }
        Row ar1 = articles.get("ar-1");
        assertEquals("example.org", ar1.getAs("source"));
        assertEquals("2020-06-03", ar1.getAs("published").toString());
        assertTrue(ar1.<String>getAs("origin").matches(".*news\\.jsonl#0"), ar1.<String>getAs("origin"));
        assertTrue(ar1.<String>getAs("text").startsWith("وقعت روسيا"));
        Row page = articles.values().stream().filter(r -> "https://www.example.org/ar/visit".equals(r.getAs("url")))
                .findFirst().orElseThrow();
        assertEquals("ar", page.getAs("lang"));
        assertTrue(page.<String>getAs("origin").matches(".*crawl\\.warc#\\d+"), page.<String>getAs("origin"));
        int second = utf8(NDJSON.substring(0, NDJSON.indexOf("{\"id\": \"en-2\""))).length;
        assertTrue(articles.get("en-2").<String>getAs("origin").endsWith("more.ndjson.gz#" + second),
                articles.get("en-2").<String>getAs("origin"));
    }

    @Test
    void offsetsAreCodePointsAsExtractWritesThem() {
        Row m = spark.read().parquet(output + "/mentions").where("article_id = 'ar-1' AND id = 'm1'").first();
        assertEquals("روسيا", m.getAs("text"));
        assertEquals(5, m.<Integer>getAs("start"));
        assertEquals(10, m.<Integer>getAs("end"));
        assertEquals("RUS", m.getAs("actor"));
        assertTrue(spark.read().parquet(output + "/times").where("article_id = 'ar-1'").count() > 0);
    }

    @Test
    void theSameEventFromTwoSourcesIsOneCluster() {
        Row e = spark.read().parquet(output + "/events").where("article_id = 'ar-1' AND cameo LIKE '05%'").first();
        Row c = spark.read().parquet(output + "/event_clusters").where("key = '" + e.<String>getAs("key") + "'").first();
        assertEquals("05", c.getAs("cameo_root"));
        assertEquals("PAK+RUS", c.getAs("actors"));
        // "in 2014" in an article of 2020: the event's day is the year's first (EventDay)
        assertEquals("2014-01-01", c.getAs("date").toString());
        assertEquals("2014-01-01", e.getAs("date").toString());
        assertEquals(2L, c.<Long>getAs("mentions"));
        assertEquals(2L, c.<Long>getAs("articles"));
        assertEquals(2L, c.<Long>getAs("sources"));
        assertEquals(List.of("ar-1", "ar-1b"), c.getList(c.fieldIndex("events")).stream()
                .map(r -> ((Row) r).<String>getAs("article_id")).sorted().toList());
        long clustered = spark.read().parquet(output + "/event_clusters").selectExpr("sum(mentions)").first().getLong(0);
        assertEquals(summary.events(), clustered);
        assertEquals(spark.read().parquet(output + "/events").select("key").distinct().count(), summary.clusters());
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] record(String type, String uri, String contentType, byte[] block) {
        String header = "WARC/1.1\r\nWARC-Type: " + type + "\r\n"
                + "WARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(utf8(type + uri)) + ">\r\n"
                + "WARC-Date: 2021-04-07T08:00:00Z\r\n"
                + (uri == null ? "" : "WARC-Target-URI: " + uri + "\r\n")
                + "Content-Type: " + contentType + "\r\nContent-Length: " + block.length + "\r\n\r\n";
        return concat(utf8(header), block, utf8("\r\n\r\n"));
    }

    private static byte[] response(String uri, String type, byte[] body) {
        byte[] http = utf8("HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\nContent-Length: " + body.length + "\r\n\r\n");
        return record("response", uri, "application/http;msgtype=response", concat(http, body));
    }
}
