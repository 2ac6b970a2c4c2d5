package org.marsad.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.marsad.eval.GoldReading;
import org.marsad.model.Document;
import org.marsad.model.Event;
import org.marsad.model.Participant;

/**
 * The seed's news told in Arabic, Russian and English (fixtures ar/seed-retold, ru/seed-ru,
 * en/seed-en) gives the same core events: for each, the event found for it has the same CAMEO root,
 * the same actors and the same time in all three languages.
 */
class SeedInThreeLanguagesTest {
    private static final List<String> CORE = List.of("meeting", "contact", "admission", "intent-military",
            "agreement-2014", "helicopters", "t90-interest");

    @Test
    void theThreeTellingsGiveTheSameCoreEvents() throws IOException {
        Map<String, String> ar = core("ar/seed-retold");
        Map<String, String> ru = core("ru/seed-ru");
        Map<String, String> en = core("en/seed-en");
        assertEquals(ar, ru, "Arabic and Russian");
        assertEquals(ar, en, "Arabic and English");
    }

    @Test
    void theMeetingIsInTheAutumnBetweenPakistanAndRussia() throws IOException {
        assertEquals("04 [PAK, RUS] 2020-FA", core("en/seed-en").get("meeting"));
    }

    /** Core event id → "root [actors] time" of the first event its reading finds for it. */
    private static Map<String, String> core(String fixture) throws IOException {
        GoldReading gold = FixtureReadingsTest.gold(fixture);
        Document doc = FixtureReadingsTest.run(fixture);
        Map<String, String> out = new LinkedHashMap<>();
        for (String id : CORE) {
            List<Event> found = gold.found(id, doc);
            assertFalse(found.isEmpty(), fixture + ": no event for " + id);
            out.put(id, tuple(found.get(0)));
        }
        return out;
    }

    private static String tuple(Event e) {
        TreeSet<String> actors = new TreeSet<>();
        for (Participant p : e.source()) {
            actors.add(p.actor().code());
        }
        for (Participant p : e.target()) {
            actors.add(p.actor().code());
        }
        return e.cameo().substring(0, 2) + " " + actors + " " + (e.time() == null ? "-" : e.time().value());
    }
}
