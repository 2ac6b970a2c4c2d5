import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the actor dictionary's state table (marsad/actors/states.tsv) for every ISO 3166-1 code.
 * Names come from the JDK's CLDR display names and Debian's iso-codes (the English names in
 * iso_3166-1.json, the Arabic and Russian ones in its gettext catalogues), then the hand-written
 * table tools/states-variants.tsv adds, promotes or drops names. Output is sorted and stable:
 * the same JDK and iso-codes give byte-identical files.
 *
 * <pre>java tools/GenerateStates.java OUTPUT [--iso-codes DIR] [--locale DIR] [--variants FILE]</pre>
 */
public class GenerateStates {
    static final List<String> LANGS = List.of("en", "ru", "ar");
    static final String COMMAND = "java tools/GenerateStates.java marsad-core/src/main/resources/marsad/actors/states.tsv";

    public static void main(String[] args) throws IOException {
        if (args.length == 0 || args[0].startsWith("--")) {
            System.err.println("usage: java tools/GenerateStates.java OUTPUT [--iso-codes DIR] [--locale DIR] [--variants FILE]");
            System.exit(2);
        }
        Path output = Path.of(args[0]);
        Path isoCodes = Path.of("/usr/share/iso-codes/json");
        Path locale = Path.of("/usr/share/locale");
        Path variants = Path.of("tools/states-variants.tsv");
        for (int i = 1; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--iso-codes" -> isoCodes = Path.of(args[i + 1]);
                case "--locale" -> locale = Path.of(args[i + 1]);
                case "--variants" -> variants = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        List<Map<String, String>> countries = readIsoJson(isoCodes.resolve("iso_3166-1.json"));
        Map<String, Map<String, String>> catalogues = Map.of(
                "ru", readMo(locale.resolve("ru/LC_MESSAGES/iso_3166-1.mo")),
                "ar", readMo(locale.resolve("ar/LC_MESSAGES/iso_3166-1.mo")));

        Map<String, State> states = new TreeMap<>();
        for (Map<String, String> c : countries) {
            State s = new State(c.get("alpha_3"));
            Locale region = new Locale("", c.get("alpha_2"));
            List<String> isoNames = new ArrayList<>();
            for (String key : List.of("common_name", "name", "official_name")) {
                String n = c.get(key);
                if (n != null && !n.contains(",")) {
                    isoNames.add(n);
                }
            }
            for (String lang : LANGS) {
                s.add(lang, region.getDisplayCountry(Locale.forLanguageTag(lang)));
                for (String n : isoNames) {
                    s.add(lang, lang.equals("en") ? n : catalogues.get(lang).get(n));
                }
            }
            states.put(s.code, s);
        }
        applyVariants(variants, states);
        warnShared(states.values());
        write(output, states.values());
    }

    /** One state's names per language, display name first, without names the matcher can't tell apart. */
    static final class State {
        final String code;
        final Map<String, Map<String, String>> names = new LinkedHashMap<>();

        State(String code) {
            this.code = code;
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

        boolean remove(String lang, String name) {
            return names.get(lang).remove(key(name)) != null;
        }
    }

    /**
     * What the matcher sees of a name, roughly (lang/XX/normalise.tsv has the full rules): case,
     * ё, and Arabic hamza seats, taa marbuta and alef maqsura don't tell names apart.
     */
    static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("[أإآٱ]", "ا").replace('ة', 'ه').replace('ى', 'ي');
    }

    /**
     * A name as the dictionary wants it: NFC, no parenthesised remark, Arabic without vowel
     * marks and with the conjunction و joined to the next word as Arabic writes it. Names
     * written in inverted order ("Korea, Republic of") or with a comma are left out.
     */
    static String clean(String lang, String name) {
        if (name == null) {
            return null;
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFC);
        s = s.replaceAll("\\s*\\([^)]*\\)", "");
        if (lang.equals("ar")) {
            s = s.replaceAll("[\\u064B-\\u0652\\u0670\\u0640]", "").replaceAll("(^|\\s)و\\s+", "$1و");
        } else if (lang.equals("ru")) {
            s = s.replace("\u0301", "");
        } else {
            s = s.replace(" & ", " and ").replaceFirst("^the ", "");
        }
        s = s.replaceAll("\\s+", " ").strip();
        if (s.isEmpty() || s.contains(",") || s.contains("،") || s.contains("|") || s.contains("\t")) {
            return null;
        }
        return s;
    }

    /**
     * Rows {@code CODE<TAB>LANG<TAB>OP<TAB>NAMES}: OP {@code +} adds names, {@code =} makes the
     * first name the display name (adding it if new), {@code -} drops names (wrong or ambiguous
     * ones). A code unknown to ISO 3166-1 (XKX) creates a state. Arabic names then get a copy
     * without the article ال on their first word, which prefixes such as لل (ل + ال) leave
     * behind: للعراق → عراق, للولايات المتحدة → ولايات المتحدة.
     */
    static void applyVariants(Path file, Map<String, State> states) throws IOException {
        Map<String, Boolean> drops = new LinkedHashMap<>();
        int line = 0;
        for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            line++;
            if (raw.isBlank() || raw.stripLeading().startsWith("#")) {
                continue;
            }
            String[] f = raw.split("\t", -1);
            if (f.length != 4 || !LANGS.contains(f[1].strip())) {
                throw new IllegalArgumentException(file + ":" + line + ": expected CODE<TAB>en|ru|ar<TAB>+|=|-<TAB>NAMES");
            }
            String code = f[0].strip();
            String lang = f[1].strip();
            State s = states.computeIfAbsent(code, State::new);
            List<String> values = new ArrayList<>();
            for (String v : f[3].split("\\|")) {
                if (!v.isBlank()) {
                    values.add(v.strip());
                }
            }
            switch (f[2].strip()) {
                case "+" -> values.forEach(v -> s.add(lang, v));
                case "=" -> {
                    s.promote(lang, values.get(0));
                    values.subList(1, values.size()).forEach(v -> s.add(lang, v));
                }
                case "-" -> values.forEach(v -> drops.put(code + "\t" + lang + "\t" + key(clean(lang, v)), false));
                default -> throw new IllegalArgumentException(file + ":" + line + ": OP must be +, = or -");
            }
        }
        for (State s : states.values()) {
            for (String lang : LANGS) {
                s.names.get(lang).keySet().removeIf(k -> drops.replace(s.code + "\t" + lang + "\t" + k, true) != null);
            }
            for (String name : List.copyOf(s.names.get("ar").values())) {
                String bare = name.substring(2);
                if (name.startsWith("ال") && !bare.startsWith(" ") && bare.length() > 2
                        && drops.replace(s.code + "\tar\t" + key(bare), true) == null) {
                    s.add("ar", bare);
                }
            }
        }
        drops.forEach((d, used) -> {
            if (!used) {
                throw new IllegalArgumentException(file + ": nothing to drop for " + d.replace('\t', ' '));
            }
        });
    }

    /** Names shared by two states are matched to both: say so, for a person to judge. */
    static void warnShared(Iterable<State> states) {
        Map<String, String> owner = new HashMap<>();
        for (State s : states) {
            for (String lang : LANGS) {
                for (String k : s.names.get(lang).keySet()) {
                    String other = owner.putIfAbsent(lang + ":" + k, s.code);
                    if (other != null) {
                        System.err.println("note: " + lang + " name '" + k + "' names both " + other + " and " + s.code);
                    }
                }
            }
        }
    }

    static void write(Path output, Iterable<State> states) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("# GENERATED FILE, do not edit: regenerate with\n#   ").append(COMMAND).append('\n');
        out.append("# from the JDK's CLDR country names and Debian iso-codes, plus tools/states-variants.tsv.\n");
        out.append("# One row per ISO 3166-1 state or territory (and Kosovo, XKX); see docs/DATA-FORMATS.md.\n");
        out.append("id\ttype\tactor\tsector\ten\tru\tar\troles\tgeo\n");
        for (State s : states) {
            out.append(s.code).append("\tLOC\t").append(s.code).append("\t-");
            for (String lang : LANGS) {
                Collection<String> n = s.names.get(lang).values();
                out.append('\t').append(n.isEmpty() ? "-" : String.join(" | ", n));
            }
            out.append("\t-\t-\n");
        }
        Files.writeString(output, out.toString(), StandardCharsets.UTF_8);
    }

    /** iso_3166-1.json: {"3166-1": [{"alpha_2": "AF", ...}, ...]} — flat objects of strings. */
    static List<Map<String, String>> readIsoJson(Path file) throws IOException {
        String s = Files.readString(file, StandardCharsets.UTF_8);
        List<Map<String, String>> out = new ArrayList<>();
        int i = s.indexOf('[');
        Map<String, String> current = null;
        String key = null;
        while (i < s.length()) {
            char ch = s.charAt(i);
            if (ch == '{') {
                current = new HashMap<>();
            } else if (ch == '}') {
                out.add(current);
                current = null;
            } else if (ch == '"') {
                StringBuilder sb = new StringBuilder();
                i++;
                while (s.charAt(i) != '"') {
                    char c = s.charAt(i);
                    if (c == '\\') {
                        char e = s.charAt(++i);
                        switch (e) {
                            case 'u' -> {
                                sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                                i += 4;
                            }
                            case 'n' -> sb.append('\n');
                            case 't' -> sb.append('\t');
                            default -> sb.append(e);
                        }
                    } else {
                        sb.append(c);
                    }
                    i++;
                }
                if (key == null) {
                    key = sb.toString();
                } else {
                    current.put(key, sb.toString());
                    key = null;
                }
            } else if (ch == ']' && current == null) {
                break;
            }
            i++;
        }
        return out;
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
