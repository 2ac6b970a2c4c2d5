package org.marsad.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.marsad.model.Document;
import org.marsad.model.Event;
import org.marsad.model.Mention;
import org.marsad.model.Participant;
import org.marsad.model.TimeExpression;

/**
 * Scores a document against a hand-made reading of its article in the seed's gold format
 * (entities, times and events, each "required" or "optional"): which required items were found,
 * and how many emitted events are required or optional gold events.
 */
public final class GoldReading {
    private final JsonNode gold;

    public GoldReading(JsonNode gold) {
        this.gold = gold;
    }

    /** What the document missed, and how precise its events were. */
    public record Score(List<String> missedEntities, List<String> missedTimes, List<String> missedEvents,
                        int events, int correctEvents, List<String> wrongEvents) {
        public double eventPrecision() {
            return events == 0 ? 1.0 : (double) correctEvents / events;
        }

        public boolean passes() {
            return missedEntities.isEmpty() && missedTimes.isEmpty() && missedEvents.isEmpty()
                    && eventPrecision() >= 0.9;
        }

        public String report() {
            return String.format(Locale.ROOT,
                    "missed entities %s%nmissed times %s%nmissed events %s%nevent precision %d/%d = %.2f%nwrong events %s",
                    missedEntities, missedTimes, missedEvents, correctEvents, events, eventPrecision(), wrongEvents);
        }
    }

    public Score score(Document doc) {
        List<String> missedEntities = new ArrayList<>();
        for (JsonNode e : gold.path("entities").path("required")) {
            if (doc.mentions().stream().noneMatch(m -> entityMatches(e, m))) {
                missedEntities.add(e.path("text").asText() + "/" + e.path("type").asText());
            }
        }
        List<String> missedTimes = new ArrayList<>();
        for (JsonNode t : gold.path("times").path("required")) {
            if (doc.times().stream().noneMatch(x -> timeMatches(t, x))) {
                missedTimes.add(t.path("text").asText() + "=" + t.path("value").asText());
            }
        }
        List<String> missedEvents = new ArrayList<>();
        for (JsonNode g : gold.path("events").path("required")) {
            if (doc.events().stream().noneMatch(e -> eventMatches(g, e, true))) {
                missedEvents.add(g.path("id").asText());
            }
        }
        int correct = 0;
        List<String> wrong = new ArrayList<>();
        for (Event e : doc.events()) {
            if (matchesAny(gold.path("events").path("required"), e) || matchesAny(gold.path("events").path("optional"), e)) {
                correct++;
            } else {
                wrong.add(e.id() + " " + e.cameo() + " " + actors(e.source()) + "->" + actors(e.target()) + " «"
                        + e.trigger().text() + "»");
            }
        }
        return new Score(missedEntities, missedTimes, missedEvents, doc.events().size(), correct, wrong);
    }

    /**
     * The document's events that the required gold event with this id matches strictly (root, actors,
     * time, place and modality), in text order; empty when there is no such gold event.
     */
    public List<Event> found(String id, Document doc) {
        for (JsonNode g : gold.path("events").path("required")) {
            if (g.path("id").asText().equals(id)) {
                return doc.events().stream().filter(e -> eventMatches(g, e, true)).toList();
            }
        }
        return List.of();
    }

    private static boolean matchesAny(JsonNode golds, Event e) {
        for (JsonNode g : golds) {
            if (eventMatches(g, e, false)) {
                return true;
            }
        }
        return false;
    }

    private static boolean entityMatches(JsonNode g, Mention m) {
        if (!m.text().equals(g.path("text").asText()) || !m.type().name().equals(g.path("type").asText())) {
            return false;
        }
        return !g.has("actor") || (m.actor() != null && m.actor().code().equals(g.path("actor").asText()));
    }

    private static boolean timeMatches(JsonNode g, TimeExpression t) {
        return t.text().equals(g.path("text").asText()) && g.path("value").asText().equals(t.value());
    }

    /** Root in the accepted list, the gold actors among the event's; time, place and modality when strict. */
    static boolean eventMatches(JsonNode g, Event e, boolean strict) {
        Set<String> roots = strings(g.path("cameo_roots"));
        if (!roots.isEmpty() && (e.cameo() == null || !roots.contains(e.cameo().substring(0, 2)))) {
            return false;
        }
        Set<String> all = new HashSet<>(actors(e.source()));
        all.addAll(actors(e.target()));
        if (!all.containsAll(strings(g.path("actors")))
                || !actors(e.source()).containsAll(strings(g.path("source")))
                || !actors(e.target()).containsAll(strings(g.path("target")))) {
            return false;
        }
        if (!strict) {
            return true;
        }
        if (g.has("time") && (e.time() == null || !g.path("time").asText().equals(e.time().value()))) {
            return false;
        }
        if (g.has("place") && (e.place() == null || !g.path("place").asText().equals(e.place().country()))) {
            return false;
        }
        Set<String> modalities = strings(g.path("modality"));
        if (modalities.isEmpty()) {
            modalities = Set.of("asserted");
        }
        return modalities.contains(e.modality().code());
    }

    private static Set<String> actors(List<Participant> ps) {
        Set<String> out = new HashSet<>();
        for (Participant p : ps) {
            out.add(p.actor().code());
        }
        return out;
    }

    private static Set<String> strings(JsonNode node) {
        Set<String> out = new HashSet<>();
        if (node.isArray()) {
            node.forEach(n -> out.add(n.asText()));
        } else if (node.isTextual()) {
            out.add(node.asText());
        }
        return out;
    }
}
