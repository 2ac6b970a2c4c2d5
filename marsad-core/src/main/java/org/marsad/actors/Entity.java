package org.marsad.actors;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.marsad.model.Actor;
import org.marsad.model.EntityType;

/**
 * A dictionary entry: a state, place, organisation, person or nationality, its names in each
 * language (display name first) and what actor it stands for, possibly changing with dated roles.
 *
 * @param actor  the actor code it always belongs to (a person's state, a city's state), or null
 * @param sector the sector it stands for when no role applies (GOV for a capital), or null
 * @param roles  dated roles; the one in force on the article's date gives the mention's actor
 */
public record Entity(String id, EntityType type, String actor, String sector, Map<String, List<String>> names,
                     List<Role> roles, Double lat, Double lon) {

    public Entity {
        // Sorted, so that everything built by walking the names comes out the same on every run.
        names = Collections.unmodifiableMap(new TreeMap<>(names));
        roles = List.copyOf(roles);
    }

    /** A dated role: {@code from}/{@code to} are inclusive; null means open-ended. */
    public record Role(String actor, String sector, LocalDate from, LocalDate to, String title) {
        public boolean holdsOn(LocalDate date) {
            return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
        }
    }

    /** The actor this entity stands for on a date (today when the date is unknown). */
    public Actor actorOn(LocalDate date) {
        LocalDate day = date != null ? date : LocalDate.now();
        for (Role role : roles) {
            if (role.holdsOn(day)) {
                return new Actor(role.actor(), role.sector());
            }
        }
        return actor == null ? null : new Actor(actor, sector);
    }

    /** The display name in a language, or null. */
    public String name(String lang) {
        List<String> list = names.get(lang);
        if (list == null || list.isEmpty()) {
            return null;
        }
        // "^" says how a name is matched (only as written), not how it reads
        String first = list.get(0);
        return first.startsWith(ActorDictionary.EXACT_CASE) ? first.substring(ActorDictionary.EXACT_CASE.length()) : first;
    }
}
