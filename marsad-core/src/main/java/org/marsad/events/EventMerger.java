package org.marsad.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.marsad.model.Event;
import org.marsad.model.Participant;

/**
 * One event per happening within an article: events with the same CAMEO code, the same actors
 * and the same reality (asserted, negated, or not yet real) are one, kept where the article
 * tells it most fully (with a time, then a place, then first).
 */
final class EventMerger {
    private EventMerger() {
    }

    static List<Event> merge(List<Event> events) {
        Map<String, Event> kept = new LinkedHashMap<>();
        for (Event e : events) {
            String key = key(e);
            Event old = kept.get(key);
            if (old == null || richness(e) > richness(old)) {
                kept.put(key, e);
            }
        }
        List<Event> out = new ArrayList<>(kept.values());
        out.sort((a, b) -> a.trigger().span().compareTo(b.trigger().span()));
        return out;
    }

    /** The key that says two events are the same happening: code, actors and reality. */
    static String key(Event e) {
        TreeSet<String> actors = new TreeSet<>();
        for (Participant p : e.source()) {
            actors.add(p.actor().code());
        }
        for (Participant p : e.target()) {
            actors.add(p.actor().code());
        }
        String reality = switch (e.modality()) {
            case ASSERTED -> "real";
            case NEGATED -> "negated";
            default -> "irrealis";
        };
        return e.cameo() + "|" + String.join(",", actors) + "|" + reality;
    }

    private static int richness(Event e) {
        return (e.time() != null ? 2 : 0) + (e.place() != null ? 1 : 0);
    }
}
