package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.marsad.model.Article;
import org.marsad.pipeline.Pipeline;

class StoreTest {
    private static Pipeline pipeline;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        pipeline = Pipeline.standard();
    }

    private Ingester.Counts ingest(Store store, List<Article> articles, List<String> failures) {
        Ingester.Listener listener = (message, article) -> failures.add(message);
        try (Ingester ingester = new Ingester(store, pipeline, 2, 2, listener)) {
            articles.forEach(ingester::add);
            ingester.close();
            return ingester.counts();
        }
    }

    private static List<String> ids(SearchPage page) {
        List<String> ids = new ArrayList<>();
        page.hits().forEach(h -> ids.add(h.article().get("id").asText()));
        return ids;
    }

    @Test
    void storesEachArticleOnceAndFindsItAcrossLanguages() {
        try (Store store = Store.open(dir)) {
            List<String> failures = new ArrayList<>();
            Ingester.Counts first = ingest(store, Articles.read(Articles.AR, Articles.EN, Articles.RU, Articles.AR), failures);
            assertEquals(new Ingester.Counts(3, 1, 0), first);
            Ingester.Counts again = ingest(store, Articles.read(Articles.RU, Articles.EN), failures);
            assertEquals(new Ingester.Counts(0, 2, 0), again);
            assertEquals(List.of(), failures);
            assertEquals(3, store.articleCount());
            assertEquals(3, store.indexedCount());

            // the English name finds the Arabic and Russian articles through the actor code
            List<String> pakistan = ids(store.search("Pakistan", null, 10));
            assertTrue(pakistan.containsAll(List.of("ar-1", "en-1", "ru-1")), pakistan.toString());
            List<String> arabic = ids(store.search("باكستان", null, 10));
            assertTrue(arabic.containsAll(List.of("ar-1", "en-1", "ru-1")), arabic.toString());
            assertEquals(List.of("ar-1"), ids(store.search("Pakistan", "ar", 10)));
            // plain words only find the text that has them
            assertEquals(List.of("en-1"), ids(store.search("pilot", null, 10)));
            assertEquals(List.of("ru-1"), ids(store.search("учениях", null, 10)));
        }
    }

    @Test
    void aPersonTheDictionaryLacksIsFoundByTheTransliterationOfTheirName() {
        String en = "{\"id\": \"en-2\", \"lang\": \"en\", \"date\": \"2024-02-01\", \"text\": "
                + "\"Farooq Qaiser, a lawyer from Lahore, said on Monday that the court would hear the case.\"}";
        try (Store store = Store.open(dir)) {
            ingest(store, Articles.read(en), new ArrayList<>());
            // the name model finds the name; its mention carries its Russian and Arabic transliterations
            assertEquals(List.of("en-2"), ids(store.search("Фарук Каисер", null, 10)));
            assertEquals(List.of("en-2"), ids(store.search("فاروق قايسر", null, 10)));
            assertEquals(List.of(), ids(store.search("Фарук Каисер", "ru", 10)));
        }
    }

    @Test
    void snippetsMarkWhatMatched() {
        try (Store store = Store.open(dir)) {
            ingest(store, Articles.read(Articles.AR, Articles.EN), new ArrayList<>());
            SearchHit en = store.search("pilot", null, 10).hits().get(0);
            Snippet s = en.snippet();
            assertEquals("pilot", slice(s.text(), s.marks().get(0)));
            // an Arabic article found by an English name: its mention is marked
            SearchHit ar = store.search("Pakistan", "ar", 10).hits().get(0);
            assertEquals("باكستان", slice(ar.snippet().text(), ar.snippet().marks().get(0)));
        }
    }

    /** Events of the documents naming an actor, within a year when one is given. */
    private static int count(List<org.marsad.model.Document> docs, String actor, Integer year) {
        int n = 0;
        for (org.marsad.model.Document d : docs) {
            for (org.marsad.model.Event e : d.events()) {
                boolean names = java.util.stream.Stream.concat(e.source().stream(), e.target().stream())
                        .anyMatch(p -> p.actor().code().equals(actor));
                boolean inYear = year == null
                        || org.marsad.events.EventDay.of(e, d.article().published()).getYear() == year;
                n += names && inYear ? 1 : 0;
            }
        }
        return n;
    }

    private static String slice(String text, Snippet.Mark m) {
        int from = text.offsetByCodePoints(0, m.start());
        int to = text.offsetByCodePoints(0, m.end());
        return text.substring(from, to);
    }

    @Test
    void documentsAndEventsAreThoseExtractWrites() {
        try (Store store = Store.open(dir)) {
            ingest(store, Articles.read(Articles.AR, Articles.EN, Articles.RU), new ArrayList<>());
            ObjectNode doc = store.document("ar-1");
            assertNotNull(doc);
            assertTrue(doc.get("article").get("text").asText().contains("وقطعت باكستان"));
            assertTrue(doc.get("mentions").size() > 0);
            assertNull(store.document("nothing"));

            // the store answers with exactly the events extraction finds, filtered
            List<org.marsad.model.Document> docs = new ArrayList<>();
            for (org.marsad.model.Article a : Articles.read(Articles.AR, Articles.EN, Articles.RU)) {
                docs.add(org.marsad.pipeline.Pipeline.standard().process(a));
            }
            EventPage pak = store.events(new EventFilter("PAK", null, null, null, null, null, null, null, 50, 0));
            assertTrue(pak.total() >= 3, pak.toString());
            assertEquals(count(docs, "PAK", null), pak.total(), pak.toString());
            for (JsonNode e : pak.events()) {
                assertTrue(e.toString().contains("\"PAK\""));
                assertNotNull(e.get("article").get("id").asText());
                assertNotNull(e.get("summary").get("en"));
            }
            EventPage in2019 = store.events(new EventFilter("PAK", null, null,
                    java.time.LocalDate.of(2019, 1, 1), java.time.LocalDate.of(2019, 12, 31), null, null, null, 50, 0));
            assertEquals(count(docs, "PAK", 2019), in2019.total());
            for (JsonNode e : in2019.events()) {
                assertTrue(e.get("time").get("value").asText().startsWith("2019"), e.toString());
            }
            EventPage agreements = store.events(new EventFilter("PAK", "SUPPORT", "05", null, null, "ar", "asserted",
                    null, 50, 0));
            assertEquals(1, agreements.total());
            assertEquals("2014", agreements.events().get(0).get("time").get("value").asText());
            assertEquals(count(docs, "RUS", null),
                    store.events(new EventFilter("RUS", null, null, null, null, null, null, null, 50, 0)).total());
            EventPage none = store.events(new EventFilter("PAK", null, null,
                    java.time.LocalDate.of(2001, 1, 1), java.time.LocalDate.of(2001, 12, 31), null, null, null, 50, 0));
            assertEquals(0, none.total());
            assertEquals(store.eventCount(), store.events(EventFilter.all(1000)).total());
        }
    }

    @Test
    void aSecondOpenIsRefusedWithAClearError() {
        try (Store store = Store.open(dir)) {
            StoreLockedException e = assertThrows(StoreLockedException.class, () -> Store.open(dir));
            assertTrue(e.getMessage().contains("in use by another Marsad process"), e.getMessage());
            assertTrue(e.getMessage().contains("pid " + ProcessHandle.current().pid()), e.getMessage());
        }
        Store.open(dir).close();
    }

    @Test
    void anIdHeldByAnotherTextIsReportedNotOverwritten() {
        try (Store store = Store.open(dir)) {
            List<String> failures = new ArrayList<>();
            ingest(store, Articles.read(Articles.EN), failures);
            Ingester.Counts c = ingest(store, Articles.read(Articles.EN.replace("Friday", "Saturday")), failures);
            assertEquals(new Ingester.Counts(0, 0, 1), c);
            assertTrue(failures.get(0).contains("en-1"), failures.toString());
            assertTrue(store.document("en-1").toString().contains("Friday"));
        }
    }

    @Test
    void aLostIndexIsRebuiltFromTheDatabase() throws Exception {
        try (Store store = Store.open(dir)) {
            ingest(store, Articles.read(Articles.AR, Articles.EN, Articles.RU), new ArrayList<>());
        }
        try (Stream<Path> files = Files.walk(dir.resolve(Store.INDEX))) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        try (Store store = Store.open(dir)) {
            assertEquals(3, store.indexedCount());
            assertEquals(List.of("en-1"), ids(store.search("pilot", null, 10)));
        }
    }

    @Test
    void emptyQueriesAreRefused() {
        try (Store store = Store.open(dir)) {
            assertThrows(IllegalArgumentException.class, () -> store.search("  ", null, 10));
            assertThrows(IllegalArgumentException.class, () -> store.search("?!", null, 10));
        }
    }
}
