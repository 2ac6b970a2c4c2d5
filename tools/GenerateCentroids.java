import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes marsad/geo/centroids.tsv: a point inside each state's shape, where maps put an event
 * whose place is a whole state. The point is the area centroid of the state's largest polygon
 * (so France sits in Europe, not between it and Guiana). Shapes come from the npm package
 * world-atlas (countries-50m.json, TopoJSON, keyed by ISO 3166-1 numeric code), which the
 * server's build installs into marsad-server/target/frontend/node_modules; numeric codes become
 * alpha-3 through Debian's iso-codes. Output is sorted and stable.
 *
 * <pre>java tools/GenerateCentroids.java COUNTRIES_50M_JSON OUTPUT [--iso-codes DIR]</pre>
 */
public class GenerateCentroids {
    static final String COMMAND = "java tools/GenerateCentroids.java "
            + "marsad-server/target/frontend/node_modules/world-atlas/countries-50m.json "
            + "marsad-core/src/main/resources/marsad/geo/centroids.tsv";

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: java tools/GenerateCentroids.java COUNTRIES_50M_JSON OUTPUT [--iso-codes DIR]");
            System.exit(2);
        }
        Path isoCodes = Path.of("/usr/share/iso-codes/json");
        if (args.length == 4 && args[2].equals("--iso-codes")) {
            isoCodes = Path.of(args[3]);
        }
        Map<String, String> alpha3 = new TreeMap<>();
        Map<?, ?> iso = (Map<?, ?>) new Json(Files.readString(isoCodes.resolve("iso_3166-1.json"))).value();
        for (Object o : (List<?>) iso.get("3166-1")) {
            Map<?, ?> c = (Map<?, ?>) o;
            alpha3.put((String) c.get("numeric"), (String) c.get("alpha_3"));
        }
        Map<?, ?> topology = (Map<?, ?>) new Json(Files.readString(Path.of(args[0]))).value();
        List<double[][]> arcs = arcs(topology);
        Map<?, ?> countries = (Map<?, ?>) ((Map<?, ?>) topology.get("objects")).get("countries");
        Map<String, double[]> out = new TreeMap<>();
        for (Object o : (List<?>) countries.get("geometries")) {
            Map<?, ?> g = (Map<?, ?>) o;
            String code = alpha3.get(String.valueOf(g.get("id")));
            if (code == null || g.get("arcs") == null) {
                continue; // shapes without an ISO code (Kosovo, Northern Cyprus, Somaliland ...)
            }
            List<?> polygons = g.get("type").equals("Polygon") ? List.of(g.get("arcs")) : (List<?>) g.get("arcs");
            double[] best = null;
            for (Object p : polygons) {
                double[] c = centroid(ring(arcs, (List<?>) ((List<?>) p).get(0)));
                if (best == null || c[2] > best[2]) {
                    best = c;
                }
            }
            out.put(code, best);
        }
        StringBuilder sb = new StringBuilder();
        sb.append("# GENERATED FILE, do not edit: regenerate with\n#   ").append(COMMAND).append('\n');
        sb.append("# after building marsad-server (its build installs world-atlas). A point inside each state's\n");
        sb.append("# largest shape, decimal degrees to two places; see docs/DATA-FORMATS.md.\n");
        sb.append("# Shapes: world-atlas (ISC) from Natural Earth (public domain).\n");
        sb.append("code\tlat\tlon\n");
        for (Map.Entry<String, double[]> e : out.entrySet()) {
            sb.append(e.getKey()).append('\t').append(String.format(Locale.ROOT, "%.2f", e.getValue()[1]))
                    .append('\t').append(String.format(Locale.ROOT, "%.2f", e.getValue()[0])).append('\n');
        }
        Files.writeString(Path.of(args[1]), sb.toString(), StandardCharsets.UTF_8);
        System.err.println(out.size() + " centroids written to " + args[1]);
    }

    /** The topology's arcs as lon/lat points: quantised deltas summed, then scaled and moved. */
    static List<double[][]> arcs(Map<?, ?> topology) {
        Map<?, ?> transform = (Map<?, ?>) topology.get("transform");
        List<?> scale = (List<?>) transform.get("scale");
        List<?> translate = (List<?>) transform.get("translate");
        List<double[][]> out = new ArrayList<>();
        for (Object a : (List<?>) topology.get("arcs")) {
            List<?> points = (List<?>) a;
            double[][] arc = new double[points.size()][];
            double x = 0;
            double y = 0;
            for (int i = 0; i < points.size(); i++) {
                List<?> p = (List<?>) points.get(i);
                x += ((Number) p.get(0)).doubleValue();
                y += ((Number) p.get(1)).doubleValue();
                arc[i] = new double[] {x * num(scale, 0) + num(translate, 0), y * num(scale, 1) + num(translate, 1)};
            }
            out.add(arc);
        }
        return out;
    }

    private static double num(List<?> list, int i) {
        return ((Number) list.get(i)).doubleValue();
    }

    /** A ring's points from its arc indices (a negative index ~i is arc i reversed). */
    static List<double[]> ring(List<double[][]> arcs, List<?> indices) {
        List<double[]> out = new ArrayList<>();
        for (Object o : indices) {
            int i = ((Number) o).intValue();
            double[][] arc = arcs.get(i < 0 ? ~i : i);
            for (int k = 0; k < arc.length; k++) {
                double[] p = arc[i < 0 ? arc.length - 1 - k : k];
                if (k > 0 || out.isEmpty()) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    /**
     * {lon, lat, |area|} of a ring, by the shoelace formula in plain degrees. A ring that crosses
     * the antimeridian is made continuous first (Russia, Fiji); one that circles a pole
     * (Antarctica) gets its mean latitude on the prime meridian.
     */
    static double[] centroid(List<double[]> points) {
        List<double[]> ring = new ArrayList<>();
        double shift = 0;
        for (double[] p : points) {
            if (!ring.isEmpty()) {
                double step = p[0] + shift - ring.get(ring.size() - 1)[0];
                shift -= step > 180 ? 360 : step < -180 ? -360 : 0;
            }
            ring.add(new double[] {p[0] + shift, p[1]});
        }
        if (Math.abs(shift) > 180) {
            return new double[] {0, ring.stream().mapToDouble(p -> p[1]).average().orElse(0), 0};
        }
        double[] c = shoelace(ring);
        c[0] = ((c[0] + 540) % 360) - 180;
        return c;
    }

    private static double[] shoelace(List<double[]> ring) {
        double area = 0;
        double cx = 0;
        double cy = 0;
        for (int i = 0; i < ring.size(); i++) {
            double[] a = ring.get(i);
            double[] b = ring.get((i + 1) % ring.size());
            double cross = a[0] * b[1] - b[0] * a[1];
            area += cross;
            cx += (a[0] + b[0]) * cross;
            cy += (a[1] + b[1]) * cross;
        }
        if (Math.abs(area) < 1e-12) {
            double[] p = ring.get(0);
            return new double[] {p[0], p[1], 0};
        }
        return new double[] {cx / (3 * area), cy / (3 * area), Math.abs(area / 2)};
    }

    /** Just enough JSON: objects, arrays, strings (simple escapes), numbers, true, false, null. */
    static final class Json {
        private final String s;
        private int i;

        Json(String s) {
            this.s = s;
        }

        Object value() {
            skip();
            char c = s.charAt(i);
            if (c == '{') {
                Map<String, Object> m = new LinkedHashMap<>();
                i++;
                skip();
                if (s.charAt(i) == '}') {
                    i++;
                    return m;
                }
                while (true) {
                    skip();
                    String key = string();
                    skip();
                    i++; // the colon
                    m.put(key, value());
                    skip();
                    if (s.charAt(i++) == '}') {
                        return m;
                    }
                }
            }
            if (c == '[') {
                List<Object> l = new ArrayList<>();
                i++;
                skip();
                if (s.charAt(i) == ']') {
                    i++;
                    return l;
                }
                while (true) {
                    l.add(value());
                    skip();
                    if (s.charAt(i++) == ']') {
                        return l;
                    }
                }
            }
            if (c == '"') {
                return string();
            }
            int start = i;
            while (i < s.length() && ",]} \n\r\t".indexOf(s.charAt(i)) < 0) {
                i++;
            }
            String word = s.substring(start, i);
            return switch (word) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                case "null" -> null;
                default -> Double.parseDouble(word);
            };
        }

        private String string() {
            StringBuilder sb = new StringBuilder();
            i++;
            while (s.charAt(i) != '"') {
                char c = s.charAt(i++);
                if (c == '\\') {
                    char e = s.charAt(i++);
                    if (e == 'u') {
                        sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    } else {
                        sb.append(switch (e) {
                            case 'n' -> '\n';
                            case 't' -> '\t';
                            case 'r' -> '\r';
                            case 'b' -> '\b';
                            case 'f' -> '\f';
                            default -> e;
                        });
                    }
                } else {
                    sb.append(c);
                }
            }
            i++;
            return sb.toString();
        }

        private void skip() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
    }
}
