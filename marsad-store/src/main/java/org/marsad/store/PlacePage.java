package org.marsad.store;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Where events happen: places with coordinates and their events.
 *
 * @param events   the events the filter matched
 * @param unplaced those of them with no place, or one no map can put (a state without a point)
 */
public record PlacePage(long events, long unplaced, List<Place> places) {
    /**
     * A place: a city's own coordinates ({@code precision} "city") or the point of a state
     * ({@code precision} "country"); the names articles gave it, its state's names by language;
     * its latest events, each with its article.
     */
    public record Place(String country, double lat, double lon, String precision, long events, List<String> names,
                        Map<String, String> countryNames, List<ObjectNode> latest) {
    }
}
