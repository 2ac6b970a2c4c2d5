package org.marsad.store;

import java.util.List;
import java.util.Map;

/**
 * Who acts on whom: actors with the number of events they take part in (as source or target),
 * and source → target pairs with their events counted by PLOVER type and by quad class
 * (1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict).
 *
 * @param events the events the filter matched
 */
public record Network(long events, List<Node> nodes, List<Edge> edges) {
    /** An actor code, its names by language (none for a code the dictionary lacks) and its events. */
    public record Node(String actor, Map<String, String> names, long events) {
    }

    public record Edge(String source, String target, long events, Map<String, Long> types, Map<String, Long> quads) {
    }
}
