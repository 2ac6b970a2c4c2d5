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
 * is kept. Within a sentence, violence told twice (killed in Israeli shelling; a bombing that killed
 * five) is one assault: the telling that names its doer, then the more specific code, is kept; so is
 * one act of a root by the same sides told by two verbs of one object (received the president and held talks with him).
 * What protesters demand in the sentence that tells their protest (demonstrated in Cairo, demanding the release of
 * detainees) is that protest's demand, no request of its own: PLOVER codes demands made by demonstrating as PROTEST.
 */
final class EventMerger {
    private static final String PROTEST = "PROTEST";
    private static final String REQUEST = "REQUEST";
    private static final String ASSAULT = "ASSAULT";

    private EventMerger() {
    }

    static List<Event> merge(List<Event> tellings, Set<Integer> headlineSentences) {
        List<Event> events = withoutProtestDemands(oneAssaultPerSentence(tellings));
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

    /**
     * Drops a request whose every doer is of the state of a same-sentence protest's doers and is no organ of a
     * state (the protesters, not the government, demand), told as real as that protest: the demand is the protest's.
     */
    private static List<Event> withoutProtestDemands(List<Event> events) {
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            if (!ofType(e, REQUEST) || e.source().isEmpty() || events.stream().noneMatch(p -> protestDemanding(p, e))) {
                out.add(e);
            }
        }
        return out;
    }

    private static boolean protestDemanding(Event protest, Event request) {
        return ofType(protest, PROTEST) && protest.sentence() == request.sentence()
                && reality(protest).equals(reality(request))
                && request.source().stream().allMatch(p -> (p.actor().sector() == null
                        || !Arguments.STATE_ORGANS.contains(p.actor().sector()))
                    && actors(protest.source()).contains(p.actor().code()));
    }

    private static boolean ofType(Event e, String ploverType) {
        return e.plover() != null && ploverType.equals(e.plover().type());
    }

    private static List<Event> oneAssaultPerSentence(List<Event> events) {
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            int same = -1;
            for (int i = 0; i < out.size() && same < 0; i++) {
                if (sameAssault(out.get(i), e)) {
                    same = i;
                }
            }
            if (same < 0) {
                out.add(e);
            } else if (better(e, out.get(same))) {
                out.set(same, e.filledWith(out.get(same).time(), out.get(same).place()));
            } else {
                out.set(same, out.get(same).filledWith(e.time(), e.place()));
            }
        }
        return out;
    }

    /**
     * Told twice in one sentence: violence of any code whose doers may be the same, or the same root by
     * the same doers where one telling names no target (met Assad ... to discuss) or both name the same
     * words (received the president and held talks with him; not arrived in Islamabad and held talks with Sharif).
     */
    private static boolean sameAssault(Event a, Event b) {
        if (a.sentence() != b.sentence() || !reality(a).equals(reality(b))) {
            return false;
        }
        if (assault(a) && assault(b)) {
            return (unnamed(a.source()) || unnamed(b.source()) || !disjoint(a.source(), b.source()))
                    && (a.target().isEmpty() || b.target().isEmpty() || !disjoint(a.target(), b.target()));
        }
        return a.cameo().regionMatches(0, b.cameo(), 0, 2) && !a.source().isEmpty() && !disjoint(a.source(), b.source())
                && (a.target().isEmpty() || b.target().isEmpty()
                    || actors(a.source()).equals(actors(b.source())) && a.target().equals(b.target()));
    }

    private static Set<String> actors(List<Participant> ps) {
        Set<String> out = new TreeSet<>();
        ps.forEach(p -> out.add(p.actor().code()));
        return out;
    }

    private static boolean assault(Event e) {
        return ofType(e, ASSAULT);
    }

    /** Nobody named: the unidentified attackers of a place. */
    private static boolean unnamed(List<Participant> ps) {
        return ps.stream().allMatch(p -> p.mention() == null);
    }

    private static boolean disjoint(List<Participant> a, List<Participant> b) {
        return a.stream().noneMatch(p -> b.stream().anyMatch(q -> q.actor().code().equals(p.actor().code())));
    }

    /** The telling that names the doer, else the more specific code (shelling 194 over killing 180). */
    private static boolean better(Event e, Event old) {
        if (unnamed(e.source()) != unnamed(old.source())) {
            return !unnamed(e.source());
        }
        if (e.target().isEmpty() != old.target().isEmpty()) {
            return !e.target().isEmpty();
        }
        return e.cameo().compareTo(old.cameo()) > 0;
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
        String time = timed && e.time() != null ? e.time().value() : "";
        return e.cameo() + "|" + String.join(",", actors) + "|" + reality(e) + "|" + time;
    }

    private static String reality(Event e) {
        return switch (e.modality()) {
            case ASSERTED -> "real";
            case NEGATED -> "negated";
            default -> "irrealis";
        };
    }

    private static int richness(Event e) {
        return (e.time() != null ? 2 : 0) + (e.place() != null ? 1 : 0);
    }
}
