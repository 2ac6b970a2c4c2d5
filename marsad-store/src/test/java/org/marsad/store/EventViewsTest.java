package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.marsad.pipeline.Pipeline;

/** The timeline, network and places views against what the store's event list says. */
class EventViewsTest {
    /** A meeting in a city: the place has the city's own coordinates. */
    static final String CITY = "{\"id\": \"en-2\", \"lang\": \"en\", \"date\": \"2021-04-06\", "
            + "\"text\": \"Russian Foreign Minister Sergei Lavrov met Pakistani Prime Minister Imran Khan in Islamabad"
            + " on Tuesday.\"}";

    @TempDir
    static Path dir;

    private static Store store;

    @BeforeAll
    static void fill() {
        store = Store.open(dir);
        Articles.ingest(store, Pipeline.standard(), Articles.AR, Articles.EN, Articles.RU, CITY);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static EventFilter actor(String code) {
        return new EventFilter(code, null, null, null, null, null, null, null, 100, 0);
    }

    private static boolean involves(JsonNode event, String actor) {
        for (String role : List.of("source", "target")) {
            for (JsonNode p : event.path(role)) {
                if (actor.equals(p.path("actor").asText())) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void theTimelineHoldsTheEventsOfBothActorsWithTheirDayAndSentence() {
        EventPage page = store.between(actor("PAK"), "RUS");
        List<ObjectNode> expected = store.events(actor("PAK")).events().stream().filter(e -> involves(e, "RUS")).toList();
        assertEquals(expected.size(), page.total());
        assertTrue(page.total() >= 2, "the 2014 agreement and the 2016 exercises: " + page.events());
        for (ObjectNode e : page.events()) {
            assertTrue(involves(e, "PAK") && involves(e, "RUS"), e.toString());
            String text = store.document(e.path("article").path("id").asText()).path("article").path("text").asText();
            int start = text.offsetByCodePoints(0, e.path("evidence").path("start").asInt());
            int end = text.offsetByCodePoints(0, e.path("evidence").path("end").asInt());
            assertEquals(text.substring(start, end), e.path("sentence").asText());
        }
        ObjectNode agreement = page.events().stream().filter(e -> e.path("article").path("id").asText().equals("ar-1"))
                .findFirst().orElseThrow();
        assertEquals("وقعت روسيا وباكستان اتفاقية دفاعية في العام 2014.", agreement.path("sentence").asText());
        // a year other than the article's is filed under its first day
        assertEquals("2014-01-01", agreement.path("day").asText());
        assertEquals(page.total(), store.between(actor("RUS"), "PAK").total(), "the order of the two actors is free");
        assertEquals(0, store.between(new EventFilter("PAK", null, null, LocalDate.of(2001, 1, 1),
                LocalDate.of(2001, 12, 31), null, null, null, 100, 0), "RUS").total());
        assertEquals(1, store.between(new EventFilter("PAK", null, null, null, null, null, null, null, 1, 0), "RUS")
                .events().size());
        assertThrows(IllegalArgumentException.class, () -> store.between(EventFilter.all(10), "RUS"));
    }

    @Test
    void theNetworkCountsEventsPerPairTypeAndQuad() {
        Network net = store.network(EventFilter.all(0), 100);
        assertEquals(store.eventCount(), net.events());
        Network.Edge pakInd = net.edges().stream().filter(e -> e.source().equals("PAK") && e.target().equals("IND"))
                .findFirst().orElseThrow(() -> new AssertionError(net.edges().toString()));
        long pakToInd = store.events(actor("PAK")).events().stream().filter(e -> {
            boolean source = false;
            boolean target = false;
            for (JsonNode p : e.path("source")) {
                source |= p.path("actor").asText().equals("PAK");
            }
            for (JsonNode p : e.path("target")) {
                target |= p.path("actor").asText().equals("IND");
            }
            return source && target;
        }).count();
        assertEquals(pakToInd, pakInd.events());
        assertEquals(pakInd.events(), pakInd.types().values().stream().mapToLong(Long::longValue).sum());
        assertEquals(pakInd.events(), pakInd.quads().values().stream().mapToLong(Long::longValue).sum());
        assertTrue(pakInd.types().containsKey("SANCTION"), pakInd.types().toString());
        Network.Node pak = net.nodes().stream().filter(n -> n.actor().equals("PAK")).findFirst().orElseThrow();
        assertEquals(store.events(actor("PAK")).total(), pak.events());
        assertEquals("Pakistan", pak.names().get("en"));
        assertEquals("باكستان", pak.names().get("ar"));
        // the busiest pair first, and no more pairs than asked for
        assertEquals(1, store.network(EventFilter.all(0), 1).edges().size());
        assertEquals(net.edges().get(0), store.network(EventFilter.all(0), 1).edges().get(0));
        // filters: only Russian articles' events
        Network ru = store.network(new EventFilter(null, null, null, null, null, "ru", null, null, 0, 0), 100);
        assertEquals(store.events(new EventFilter(null, null, null, null, null, "ru", null, null, 100, 0)).total(),
                ru.events());
        assertTrue(ru.edges().stream().allMatch(e -> List.of("RUS", "PAK").containsAll(List.of(e.source(), e.target()))),
                ru.edges().toString());
    }

    @Test
    void placesHaveCoordinatesOfTheirCityOrTheirState() {
        PlacePage page = store.places(EventFilter.all(0), 100, 5);
        assertEquals(store.eventCount(), page.events());
        long placed = page.places().stream().mapToLong(PlacePage.Place::events).sum();
        assertEquals(page.events() - page.unplaced(), placed);
        List<String> precisions = new ArrayList<>();
        for (PlacePage.Place p : page.places()) {
            precisions.add(p.country() + "/" + p.precision());
            assertTrue(p.lat() >= -90 && p.lat() <= 90 && p.lon() >= -180 && p.lon() <= 180, p.toString());
            assertTrue(!p.latest().isEmpty() && p.latest().size() <= Math.min(5, p.events()), p.toString());
            for (ObjectNode e : p.latest()) {
                assertEquals(p.country(), e.path("place").path("country").asText());
                assertTrue(e.path("article").has("id"));
            }
        }
        // exercises "in Pakistan": a whole state, on its point; the meeting in Islamabad: the city
        assertTrue(precisions.contains("PAK/country"), precisions.toString());
        PlacePage.Place pak = page.places().stream().filter(p -> p.precision().equals("country")
                && p.country().equals("PAK")).findFirst().orElseThrow();
        assertTrue(pak.lat() > 24 && pak.lat() < 37 && pak.lon() > 61 && pak.lon() < 77, pak.toString());
        assertEquals("Пакистан", pak.countryNames().get("ru"));
        assertTrue(precisions.contains("PAK/city"), precisions.toString());
        assertEquals(1, store.places(EventFilter.all(0), 1, 1).places().size());
    }
}
