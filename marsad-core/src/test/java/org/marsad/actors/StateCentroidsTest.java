package org.marsad.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StateCentroidsTest {
    private final StateCentroids centroids = StateCentroids.bundled();

    @Test
    void statesHavePointsInsideThem() {
        assertTrue(centroids.size() > 200, "most states have a point: " + centroids.size());
        StateCentroids.Point pak = centroids.of("PAK");
        assertTrue(pak.lat() > 24 && pak.lat() < 37 && pak.lon() > 61 && pak.lon() < 77, pak.toString());
        // Russia crosses the antimeridian: its point must still be in Siberia, not in the Pacific
        StateCentroids.Point rus = centroids.of("RUS");
        assertTrue(rus.lon() > 60 && rus.lon() < 130 && rus.lat() > 50, rus.toString());
        // France's largest shape is in Europe, whatever its overseas parts
        assertEquals(2, Math.round(centroids.of("FRA").lon()));
    }

    @Test
    void unknownCodesHaveNone() {
        assertNull(centroids.of("XXX"));
        assertNull(centroids.of(null));
    }
}
