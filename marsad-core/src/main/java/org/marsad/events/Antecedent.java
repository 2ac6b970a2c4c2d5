package org.marsad.events;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.marsad.model.Actor;
import org.marsad.model.EntityType;
import org.marsad.model.Event;
import org.marsad.model.Mention;
import org.marsad.model.Participant;

/**
 * The person a masculine pronoun or dropped subject stands for when no speaker is open (He urged Iran,
 * Он призвал, وحث): the person who did the events of the latest sentence that named people, else the
 * people that sentence named, when they all stand for one actor. A sentence naming people of two actors,
 * or one the actor tables don't know, leaves none: a wrong doer is worse than none.
 */
final class Antecedent {
    private Participant person;

    /** The person, or null. */
    Participant person() {
        return person;
    }

    /**
     * Takes in a finished sentence: its mentions and the events coded from it. A mutual event's other
     * side (met, talked with) is one of its doers too: after Putin met Erdogan, "he" is either.
     */
    void read(List<Event> events, List<Mention> mentions, Predicate<String> mutual) {
        List<Mention> people = mentions.stream().filter(m -> m.type() == EntityType.PER).toList();
        Map<String, Mention> byId = people.stream().collect(Collectors.toMap(Mention::id, Function.identity(),
                (a, b) -> a));
        // a pronoun this sentence resolved still stands for the person it took: He met Erdogan
        String carried = person == null ? null : person.mention();
        List<Participant> doers = events.stream().flatMap(e -> mutual.test(e.cameo())
                        ? Stream.concat(e.source().stream(), e.target().stream()) : e.source().stream())
                .filter(p -> p.mention() != null && (byId.containsKey(p.mention()) || p.mention().equals(carried)))
                .toList();
        if (people.isEmpty() && doers.isEmpty()) {
            return;
        }
        if (!doers.isEmpty()) {
            person = oneActor(doers.stream().map(Participant::actor).toList()) ? doers.get(doers.size() - 1) : null;
            return;
        }
        if (people.stream().anyMatch(m -> m.actor() == null)
                || !oneActor(people.stream().map(Mention::actor).toList())) {
            person = null;
            return;
        }
        Mention last = people.get(people.size() - 1);
        person = new Participant(last.actor(), last.text(), last.span(), last.id());
    }

    private static boolean oneActor(List<Actor> actors) {
        return actors.stream().distinct().count() == 1;
    }
}
