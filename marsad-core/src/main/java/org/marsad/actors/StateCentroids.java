package org.marsad.actors;

import java.util.HashMap;
import java.util.Map;

import org.marsad.data.DataFile;

/**
 * A point inside each state (geo/centroids.tsv, generated from world-atlas shapes): where a map
 * puts an event whose place is a whole state rather than a city with its own coordinates.
 */
public final class StateCentroids {
    static final String FILE = "geo/centroids.tsv";

    /** Latitude and longitude in decimal degrees. */
    public record Point(double lat, double lon) {
    }

    private static StateCentroids bundled;

    private final Map<String, Point> points;

    private StateCentroids(Map<String, Point> points) {
        this.points = Map.copyOf(points);
    }

    public static synchronized StateCentroids bundled() {
        if (bundled == null) {
            Map<String, Point> points = new HashMap<>();
            for (DataFile.Row row : DataFile.resource(FILE)) {
                if (row.get(0).equals("code")) {
                    continue; // the header
                }
                if (row.size() != 3 || !row.get(0).matches("[A-Z]{3}")) {
                    throw row.error("expected CODE<TAB>lat<TAB>lon with an ISO alpha-3 code");
                }
                try {
                    points.put(row.get(0), new Point(Double.parseDouble(row.get(1)), Double.parseDouble(row.get(2))));
                } catch (NumberFormatException e) {
                    throw row.error("lat and lon must be decimal degrees");
                }
            }
            bundled = new StateCentroids(points);
        }
        return bundled;
    }

    /** The point of a state's ISO alpha-3 code, or null for a code without one. */
    public Point of(String code) {
        return code == null ? null : points.get(code);
    }

    public int size() {
        return points.size();
    }
}
