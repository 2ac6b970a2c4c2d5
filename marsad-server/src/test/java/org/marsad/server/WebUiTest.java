package org.marsad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import org.marsad.pipeline.Pipeline;
import org.marsad.store.Store;

/**
 * The web UI in a real headless Chromium against a server on a free port: search in three
 * languages, an article with its annotations in place, the event table and its filters, the
 * AR | RU | EN switch, the timeline of two actors, the actor network and the map of event places. Screenshots go to target/screenshots/. Without Chromium the tests are
 * skipped, unless MARSAD_REQUIRE_BROWSER=1 (as in CI), which makes its absence a failure.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebUiTest {
    private static final Path SHOTS = Path.of("target", "screenshots");

    @TempDir
    static Path tmp;

    private static Store store;
    private static Server server;
    private static Browser browser;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        Path chromium = Browser.executable();
        if (chromium == null && "1".equals(System.getenv("MARSAD_REQUIRE_BROWSER"))) {
            throw new AssertionError("MARSAD_REQUIRE_BROWSER=1 but no Chromium is installed (apt-get install chromium)");
        }
        Assumptions.assumeTrue(chromium != null, "no Chromium installed: browser tests skipped");
        store = Fixtures.store(tmp.resolve("store"), Pipeline.standard(), Fixtures.AR, Fixtures.EN, Fixtures.RU,
                Fixtures.MARKUP, Fixtures.HOSTILE);
        server = new Server(store, Pipeline.standard(), null, 1 << 20);
        base = "http://127.0.0.1:" + server.start("127.0.0.1", 0) + "/";
        Path profile = tmp.resolve("chromium-profile");
        Files.createDirectories(profile);
        browser = Browser.launch(chromium, profile);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    @AfterEach
    void noScriptErrors() {
        assertEquals(List.of(), browser.errors(), "the page had script errors");
        assertFalse(browser.eval("'hacked' in document.body.dataset").asBoolean(), "markup from an article ran");
    }

    private int count(String selector) {
        return browser.eval("document.querySelectorAll(" + Browser.quote(selector) + ").length").asInt();
    }

    private String text(String selector) {
        return browser.eval("(document.querySelector(" + Browser.quote(selector) + ") || {}).textContent").asText();
    }

    private List<String> texts(String selector) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : browser.eval("[...document.querySelectorAll(" + Browser.quote(selector)
                + ")].map(e => e.textContent)")) {
            out.add(n.asText());
        }
        return out;
    }

    private List<String> hitIds() {
        List<String> ids = new ArrayList<>();
        browser.eval("[...document.querySelectorAll('li.hit')].map(e => e.dataset.id)").forEach(n -> ids.add(n.asText()));
        return ids;
    }

    @Test
    @Order(1)
    void searchFindsArticlesInTheThreeLanguages() throws Exception {
        browser.open(base);
        assertEquals("search", browser.eval("document.body.dataset.view").asText());
        assertTrue(count("li.hit") >= 4, "the start page lists the latest articles");

        browser.type("#q", "Pakistan");
        browser.andWait(() -> browser.click("#search-button"), "search results");
        List<String> ids = hitIds();
        assertTrue(ids.containsAll(List.of("ar-1", "ru-1", "en-1")), "an English query finds Arabic and Russian articles: " + ids);
        assertEquals("rtl", browser.eval("document.querySelector('li.hit[data-id=\"ar-1\"] .snippet').dir").asText());
        assertEquals("باكستان", text("li.hit[data-id=\"ar-1\"] .snippet mark"));
        assertTrue(text("#result-count").contains(Integer.toString(ids.size())));
        browser.screenshot(SHOTS.resolve("search-en.png"));

        browser.type("#q", "باكستان");
        browser.andWait(() -> browser.click("#search-button"), "Arabic search results");
        assertTrue(hitIds().containsAll(List.of("ar-1", "en-1", "ru-1")), "an Arabic query finds all three: " + hitIds());

        browser.type("#q", "pilot");
        browser.andWait(() -> browser.click("#search-button"), "one hit");
        assertEquals(List.of("en-1"), hitIds());
        assertEquals("pilot", text("li.hit .snippet mark"));
    }

    @Test
    @Order(2)
    void anArticleShowsItsEntitiesDatesAndEventsInPlace() throws Exception {
        browser.open(base + "#/search?q=" + java.net.URLEncoder.encode("باكستان", "UTF-8"));
        browser.andWait(() -> browser.click("li.hit[data-id=\"ar-1\"] a.title"), "the article");
        assertEquals("article", browser.eval("document.body.dataset.view").asText());
        assertEquals("rtl", browser.eval("document.getElementById('article-text').dir").asText());
        assertEquals("ar", browser.eval("document.getElementById('article-text').lang").asText());
        // the annotations cover the text without changing a character of it
        String stored = store.document("ar-1").get("article").get("text").asText();
        assertEquals(stored, text("#article-text"));
        assertTrue(count("#article-text .ent-LOC") >= 4, "places are marked");
        assertTrue(texts("#article-text .ent").contains("باكستان"));
        assertTrue(texts("#article-text .time").contains("يوم الأربعاء"), texts("#article-text .time").toString());
        assertEquals(4, count("#article-events button.event"));
        assertTrue(count("#article-text .trigger") >= 4, "event words are marked");
        assertEquals(0, count("#article-text .sel"));

        browser.click("#article-events li:nth-child(4) button.event");
        browser.waitFor("document.querySelectorAll('#article-text .sel').length > 0", "the event's sentence");
        String sentence = String.join("", texts("#article-text .sel"));
        assertEquals("وقعت روسيا وباكستان اتفاقية دفاعية في العام 2014.", sentence.strip());
        assertEquals("true", browser.eval("document.querySelector('#article-events li:nth-child(4) button').getAttribute('aria-pressed')").asText());
        browser.screenshot(SHOTS.resolve("article-ar.png"));
    }

    @Test
    @Order(3)
    void articleTextIsAlwaysText() throws Exception {
        browser.open(base + "#/article/en-markup");
        assertEquals(0, count("#article-text img, #article-text b, #article-text script"));
        assertTrue(text("#article-text").contains("<b>bold</b>"));
        assertTrue(text("#article-text").contains("<script>"));
        browser.open(base + "#/search?q=Tags");
        assertEquals(0, count("#results img, #results b"));
        assertTrue(text("li.hit .snippet").contains("<img src=x"));
        browser.open(base + "#/article/no-such-article");
        assertEquals(0, count("#article-text"));
        assertEquals("No such article", text("#article-title"));
    }

    private static long total(String actor, String type, java.time.LocalDate from, java.time.LocalDate to) {
        return store.events(new org.marsad.store.EventFilter(actor, type, null, from, to, null, null, null, 1000, 0))
                .total();
    }

    @Test
    @Order(4)
    void theEventTableFilters() throws Exception {
        browser.andWait(() -> browser.click("#nav-events"), "the event table");
        assertEquals("events", browser.eval("document.body.dataset.view").asText());
        assertEquals(store.eventCount(), count("#events-table tbody tr"));

        browser.type("#filter-actor", "rus");
        browser.andWait(() -> browser.click("#filter-apply"), "events of RUS");
        assertEquals(total("RUS", null, null, null), count("#events-table tbody tr"));

        browser.type("#filter-actor", "PAK");
        browser.choose("#filter-from", "2019-01-01");
        browser.choose("#filter-to", "2019-12-31");
        browser.andWait(() -> browser.click("#filter-apply"), "events of PAK in 2019");
        assertEquals(total("PAK", null, java.time.LocalDate.of(2019, 1, 1), java.time.LocalDate.of(2019, 12, 31)),
                count("#events-table tbody tr"));
        for (String date : texts("#events-table tbody td.date")) {
            assertTrue(date.startsWith("2019"), date);
        }

        browser.choose("#filter-type", "SANCTION");
        browser.andWait(() -> browser.click("#filter-apply"), "sanctions by PAK in 2019");
        assertEquals(List.of("161"), texts("#events-table tbody td.cameo"));
        assertTrue(text("#events-count").contains("1"));

        browser.choose("#filter-type", "");
        browser.type("#filter-cameo", "12");
        browser.choose("#filter-lang", "ar");
        browser.choose("#filter-modality", "asserted");
        browser.andWait(() -> browser.click("#filter-apply"), "rejections");
        assertEquals(List.of("120"), texts("#events-table tbody td.cameo"));
        assertEquals("IND/GOV", text("#events-table tbody td.source"));
        browser.choose("#filter-modality", "negated");
        browser.andWait(() -> browser.click("#filter-apply"), "no negated rejections");
        assertEquals(0, count("#events-table tbody tr"));

        browser.open(base + "#/events?actor=PAK");
        assertEquals(total("PAK", null, null, null), count("#events-table tbody tr"));
        browser.screenshot(SHOTS.resolve("events-en.png"));
        // an event's article opens with the event's sentence marked
        browser.andWait(() -> browser.click("#events-table tbody tr:first-child td.article a"), "the event's article");
        assertTrue(count("#article-text .sel") > 0);
    }

    @Test
    @Order(5)
    void theLanguageSwitchChangesLabelsAndSummaries() throws Exception {
        browser.open(base + "#/events?actor=PAK");
        List<String> english = texts("#events-table tbody td.summary");
        assertTrue(english.stream().allMatch(s -> s.matches("[\\p{IsLatin}\\p{IsCommon}]+")), english.toString());

        browser.andWait(() -> browser.click("button[data-ui-lang=\"ru\"]"), "the Russian interface");
        assertEquals("ru", browser.eval("document.documentElement.lang").asText());
        assertEquals("События", text("#nav-events"));
        assertEquals("Применить", text("#filter-apply"));
        List<String> russian = texts("#events-table tbody td.summary");
        assertEquals(english.size(), russian.size());
        assertTrue(russian.stream().allMatch(s -> s.matches(".*\\p{IsCyrillic}.*")), russian.toString());
        browser.screenshot(SHOTS.resolve("events-ru.png"));

        browser.andWait(() -> browser.click("button[data-ui-lang=\"ar\"]"), "the Arabic interface");
        assertEquals("rtl", browser.eval("document.documentElement.dir").asText());
        assertEquals("الأحداث", text("#nav-events"));
        List<String> arabic = texts("#events-table tbody td.summary");
        assertTrue(arabic.stream().allMatch(s -> s.matches(".*\\p{IsArabic}.*")), arabic.toString());
        browser.screenshot(SHOTS.resolve("events-ar.png"));

        // the choice holds across views and reloads
        browser.open(base + "#/search?q=Pakistan");
        assertEquals("بحث", text("#nav-search"));
        assertEquals("ابحث", text("#search-button"));
        browser.screenshot(SHOTS.resolve("search-ar.png"));

        browser.andWait(() -> browser.click("button[data-ui-lang=\"en\"]"), "the English interface");
        assertEquals("ltr", browser.eval("document.documentElement.dir").asText());
        assertEquals("Search", text("#search-button"));
    }

    private static org.marsad.store.EventFilter all() {
        return org.marsad.store.EventFilter.all(0);
    }

    @Test
    @Order(6)
    void theTimelineShowsTheEventsOfTwoActorsDayByDay() throws Exception {
        browser.andWait(() -> browser.click("#nav-timeline"), "the timeline");
        assertEquals("timeline", browser.eval("document.body.dataset.view").asText());
        assertEquals(0, count("#timeline-chart"), "no chart before two actors are chosen");

        browser.type("#filter-a", "pak");
        browser.type("#filter-b", "rus");
        browser.andWait(() -> browser.click("#filter-apply"), "the timeline of PAK and RUS");
        org.marsad.store.EventPage between = store.between(new org.marsad.store.EventFilter("PAK", null, null, null,
                null, null, null, null, 1000, 0), "RUS");
        assertTrue(between.total() >= 3, "the 2014 agreement, the 2016 exercises, the 2021 meeting");
        assertEquals(between.total(), count("#timeline-events li.event-item"));
        List<String> days = between.events().stream().map(e -> e.path("day").asText()).distinct().sorted().toList();
        List<String> bars = new ArrayList<>();
        browser.eval("[...document.querySelectorAll('#timeline-chart a.day')].map(a => a.dataset.day)")
                .forEach(n -> bars.add(n.asText()));
        assertEquals(days, bars);
        assertTrue(text("#timeline-count").contains(Long.toString(between.total())));
        browser.screenshot(SHOTS.resolve("timeline-en.png"));

        // a bar leads to its day's events and their sentences
        browser.andWait(() -> browser.click("#timeline-chart a.day[data-day=\"2016-09-24\"]"), "the events of one day");
        assertTrue(text("#timeline-day").contains("2016-09-24"));
        assertTrue(count("#timeline-events li.event-item") >= 1);
        assertEquals("Россия и Пакистан начали первые совместные военные учения в Пакистане.",
                text("#timeline-events li.event-item .evidence"));
        assertEquals(1, count("#timeline-chart a.day.sel"), "the chosen bar is marked");
        browser.andWait(() -> browser.click("#timeline-events li.event-item a.article"), "the event's article");
        assertEquals("ru-1", browser.eval("decodeURIComponent(location.hash.split('/')[2].split('?')[0])").asText());
        assertTrue(count("#article-text .sel") > 0, "the event's sentence is marked in its article");

        // the title and sentence with markup in them are text
        browser.open(base + "#/timeline?a=RUS&b=PAK&day=2021-04-06");
        assertEquals(1, count("#timeline-events li.event-item"));
        assertTrue(text("#timeline-events a.article").startsWith("<script>"), text("#timeline-events a.article"));
        assertTrue(text("#timeline-events .evidence").contains("<img src=x"));
        assertEquals(0, count("#timeline-results script, #timeline-results img"));

        // in Arabic: labels and summaries switch, the Arabic sentence reads right to left
        browser.open(base + "#/timeline?a=PAK&b=RUS&day=2014-01-01");
        browser.andWait(() -> browser.click("button[data-ui-lang=\"ar\"]"), "the Arabic timeline");
        assertEquals("التسلسل الزمني", text("#nav-timeline"));
        assertEquals("وقعت روسيا وباكستان اتفاقية دفاعية في العام 2014.", text("#timeline-events .evidence"));
        assertEquals("rtl", browser.eval("document.querySelector('#timeline-events .evidence').dir").asText());
        assertTrue(text("#timeline-events .summary").matches(".*\\p{IsArabic}.*"), text("#timeline-events .summary"));
        browser.screenshot(SHOTS.resolve("timeline-ar.png"));
        browser.andWait(() -> browser.click("button[data-ui-lang=\"en\"]"), "the English interface");
    }

    @Test
    @Order(7)
    void theNetworkShowsActorsAndWeightedPairs() throws Exception {
        browser.andWait(() -> browser.click("#nav-network"), "the network");
        assertEquals("network", browser.eval("document.body.dataset.view").asText());
        org.marsad.store.Network net = store.network(all(), 100);
        assertEquals(net.nodes().size(), count("#network-chart a.node"));
        assertEquals(net.edges().size(), count("#network-chart a.edge"));
        assertEquals(net.edges().size(), count("#network-edges tbody tr"));
        assertEquals(1, count("#network-chart a.node[data-actor=\"PAK\"]"));
        assertTrue(count("#network-chart a.edge[data-source=\"PAK\"]") >= 1, "PAK acts on someone");
        assertEquals("Pakistan", text("#network-chart a.node[data-actor=\"PAK\"] text"));
        // thicker arrows for busier pairs
        double busiest = browser.eval("Math.max(...[...document.querySelectorAll('#network-chart a.edge path')]"
                + ".map(p => +p.getAttribute('stroke-width')))").asDouble();
        double first = browser.eval("+document.querySelector('#network-chart a.edge path').getAttribute('stroke-width')")
                .asDouble();
        assertEquals(busiest, first, 1e-9);
        browser.screenshot(SHOTS.resolve("network-en.png"));

        browser.choose("#filter-type", "SANCTION");
        browser.andWait(() -> browser.click("#filter-apply"), "the network of sanctions");
        List<String> pairs = new ArrayList<>();
        browser.eval("[...document.querySelectorAll('#network-edges tbody tr')].map(r => r.dataset.source + '>' + r.dataset.target)")
                .forEach(n -> pairs.add(n.asText()));
        assertEquals(List.of("PAK>IND"), pairs);
        browser.andWait(() -> browser.click("#network-edges tbody td.count a"), "the pair's timeline");
        assertEquals("timeline", browser.eval("document.body.dataset.view").asText());
        assertTrue(count("#timeline-events li.event-item") >= 1);

        browser.open(base + "#/network");
        browser.andWait(() -> browser.click("button[data-ui-lang=\"ar\"]"), "the Arabic network");
        assertEquals("rtl", browser.eval("document.documentElement.dir").asText());
        assertEquals("باكستان", text("#network-chart a.node[data-actor=\"PAK\"] text"));
        assertEquals("الشبكة", text("#nav-network"));
        browser.screenshot(SHOTS.resolve("network-ar.png"));
        browser.andWait(() -> browser.click("button[data-ui-lang=\"en\"]"), "the English interface");
    }

    @Test
    @Order(8)
    void theMapShowsWhereEventsHappened() throws Exception {
        browser.andWait(() -> browser.click("#nav-map"), "the map");
        assertEquals("map", browser.eval("document.body.dataset.view").asText());
        assertTrue(count("#map-chart .land path") > 150, "the countries of world-atlas are drawn");
        org.marsad.store.PlacePage places = store.places(all(), 200, 5);
        assertTrue(places.places().size() >= 2, places.toString());
        assertEquals(places.places().size(), count("#map-chart circle.place"));
        assertEquals(places.places().size(), count("#places-table tbody tr"));
        // each point lies on its country's shape (world-atlas ids are ISO numeric: Pakistan is 586)
        for (String selector : List.of("circle.place.city[data-country=\"PAK\"]", "circle.place.country[data-country=\"PAK\"]")) {
            assertEquals("586", browser.eval("(() => { const r = document.querySelector('#map-chart " + selector
                    + "').getBoundingClientRect(); return document.elementsFromPoint(r.left + r.width / 2,"
                    + " r.top + r.height / 2).filter(e => e.matches('.land path')).map(e => e.dataset.id)[0]; })()").asText(),
                    selector);
        }
        browser.screenshot(SHOTS.resolve("map-en.png"));

        browser.click("#map-chart circle.place.city[data-country=\"PAK\"]");
        browser.waitFor("document.getElementById('place-name')", "the place's events");
        assertEquals("Islamabad (Pakistan)", text("#place-name"));
        assertEquals(1, count("#place-events li.event-item"));
        assertTrue(text("#place-events a.article").startsWith("<script>"), "the hostile title is text");
        assertEquals(0, count("#map-results script, #map-results img"));

        browser.andWait(() -> browser.click("button[data-ui-lang=\"ru\"]"), "the Russian map");
        assertEquals("Карта", text("#nav-map"));
        assertTrue(text("#places-table thead").contains("Место"));
        assertTrue(texts("#places-table td.place").contains("Пакистан"), texts("#places-table td.place").toString());
        browser.screenshot(SHOTS.resolve("map-ru.png"));
        browser.andWait(() -> browser.click("button[data-ui-lang=\"en\"]"), "the English interface");
    }
}
