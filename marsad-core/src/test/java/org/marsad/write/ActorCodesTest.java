package org.marsad.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import org.marsad.events.EventKey;
import org.marsad.model.Actor;
import org.marsad.model.Document;

class ActorCodesTest {
    @Test
    void statesAndOrganisations() {
        assertTrue(ActorCodes.isState(new Actor("PAK", "GOV")));
        assertTrue(ActorCodes.isState(Actor.of("XKX")));
        assertTrue(ActorCodes.isState(Actor.of("NAM")));
        // the Non-Aligned Movement's code is Namibia's: the sector tells them apart
        assertFalse(ActorCodes.isState(new Actor("NAM", "IGO")));
        assertFalse(ActorCodes.isState(Actor.of("NATO")));
        assertFalse(ActorCodes.isState(new Actor("ISIS", "INS")));
    }

    @Test
    void cameoAndPloverCodes() {
        assertEquals("PAKGOV", ActorCodes.cameo(new Actor("PAK", "GOV")));
        assertEquals("RUS", ActorCodes.cameo(Actor.of("RUS")));
        assertEquals("IGOSCO", ActorCodes.cameo(new Actor("SCO", "IGO")));
        // the UN's Secretary-General: the organisation and the role's sector
        assertEquals("UNGOV", ActorCodes.cameo(new Actor("UN", "GOV")));
        assertEquals("UN", ActorCodes.cameoCountry(new Actor("UN", "GOV")));
        assertEquals("IGO", ActorCodes.cameoCountry(new Actor("UN", "IGO")));
        // CAMEO calls transnational armed groups IMG (IMGMUSISI), Marsad's sector INS
        assertEquals("IMGISIS", ActorCodes.cameo(new Actor("ISIS", "INS")));
        assertEquals("IMG", ActorCodes.cameoCountry(new Actor("ISIS", "INS")));
        assertEquals("PAK", ActorCodes.cameoCountry(new Actor("PAK", "MIL")));
        assertEquals("PSE", ActorCodes.country(new Actor("PSE", "REB")));
        assertNull(ActorCodes.country(new Actor("UN", "IGO")));
        assertEquals("UNO", ActorCodes.plover(new Actor("UN", "IGO")));
        assertEquals("EUR", ActorCodes.plover(new Actor("EU", "IGO")));
        assertEquals("IGO", ActorCodes.plover(new Actor("SCO", "IGO")));
        assertEquals("NGO", ActorCodes.plover(new Actor("MSF", "NGO")));
        assertEquals("IMG", ActorCodes.plover(new Actor("ISIS", "INS")));
        assertEquals("PAK", ActorCodes.plover(new Actor("PAK", "MIL")));
    }

    @Test
    void documentJsonGivesEveryEventItsKey() throws Exception {
        Document doc = ExportDocs.document();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DocumentWriter w = new DocumentWriter(DocumentWriter.Format.JSONL, out)) {
            w.write(doc);
        }
        JsonNode events = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8)).get("events");
        for (int i = 0; i < events.size(); i++) {
            assertEquals(EventKey.of(doc.events().get(i), doc.article().published()), events.get(i).get("key").asText());
        }
        java.util.Iterator<String> fields = events.get(0).fieldNames();
        assertEquals("id", fields.next());
        assertEquals("key", fields.next());
    }
}
