package org.marsad.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.marsad.model.Event;
import org.marsad.model.Participant;

/**
 * One event per happening within an article. Events with the same CAMEO code, the same actors,
 * the same reality (asserted, negated, or not yet real) and the same time are one; a headline
 * event is also the same as a body event that differs from it only in time, since headlines
 * restate the story without its details. The telling with a time, then a place, then the first,
 * is kept.
 */
final class EventMerger {
    private EventMerger() {
    }

    static List<Event> merge(List<Event> events, Set<Integer> headlineSentences) {
        Map<String, Event> kept = new LinkedHashMap<>();
        for (Event e : events) {
            if (!headlineSentences.contains(e.sentence())) {
                keep(kept, key(e, true), e);
            }
        }
        for (Event e : events) {
            if (headlineSentences.contains(e.sentence())) {
                String loose = key(e, false);
                String told = null;
                for (Map.Entry<String, Event> k : kept.entrySet()) {
                    if (told == null && key(k.getValue(), false).equals(loose)) {
                        told = k.getKey();
                    }
                }
                if (told == null) {
                    keep(kept, key(e, true), e);
                } else {
                    kept.put(told, kept.get(told).filledWith(null, e.place()));
                }
            }
        }
        List<Event> out = new ArrayList<>(kept.values());
        out.sort((a, b) -> a.trigger().span().compareTo(b.trigger().span()));
        return out;
    }

    private static void keep(Map<String, Event> kept, String key, Event e) {
        Event old = kept.get(key);
        if (old == null) {
            kept.put(key, e);
        } else if (richness(e) > richness(old)) {
            kept.put(key, e.filledWith(old.time(), old.place()));
        } else {
            kept.put(key, old.filledWith(e.time(), e.place()));
        }
    }

    /** What makes two tellings one happening: code, actors, reality and (when timed) the time. */
    static String key(Event e, boolean timed) {
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
        String time = timed && e.time() != null ? e.time().value() : "";
        return e.cameo() + "|" + String.join(",", actors) + "|" + reality + "|" + time;
    }

    private static int richness(Event e) {
        return (e.time() != null ? 2 : 0) + (e.place() != null ? 1 : 0);
    }
}
