import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes marsad-core/src/main/resources/marsad/events/cameo.tsv, the CAMEO code table, from the
 * published reference files (format: docs/DATA-FORMATS.md, "events/cameo.tsv"):
 *
 * <pre>java tools/GenerateCameo.java REFERENCE_DIR OUTPUT</pre>
 *
 * REFERENCE_DIR holds gdelt/goldstein.tsv (Goldstein scores), plover/CAMEO2PLOVER-2021.txt (PLOVER
 * type, mode and context, and the names of codes 03-20 in its comments), plover/PLOVER_MANUAL.tex
 * (names of the 20 roots) and petrarch2/CAMEO.2.0.txt (only checked: codes its patterns use but the
 * table lacks are reported). The output depends on nothing else, so re-running gives the same bytes.
 */
public class GenerateCameo {

    /** Names the reference files lack (the 01 and 02 families), misspell or give twice; they win over the files. */
    static final String NAMES = """
            010	Make statement
            011	Decline comment
            012	Make pessimistic comment
            013	Make optimistic comment
            014	Consider policy option
            015	Acknowledge or claim responsibility
            016	Deny responsibility
            017	Engage in symbolic act
            018	Make empathetic comment
            019	Express accord
            020	Appeal or request
            021	Appeal for material cooperation
            0211	Appeal for economic cooperation
            0212	Appeal for military cooperation
            0213	Appeal for judicial cooperation
            0214	Appeal for intelligence cooperation
            022	Appeal for diplomatic cooperation (such as policy support)
            023	Appeal for aid
            0231	Appeal for economic aid
            0232	Appeal for military aid
            0233	Appeal for humanitarian aid
            0234	Appeal for military protection or peacekeeping
            024	Appeal for political reform
            0241	Appeal for change in leadership
            0242	Appeal for policy change
            0243	Appeal for rights
            0244	Appeal for change in institutions, regime
            025	Appeal to yield
            0251	Appeal for easing of administrative sanctions
            0252	Appeal for easing of popular dissent
            0253	Appeal for release of persons or property
            0254	Appeal for easing of economic sanctions, boycott, or embargo
            0255	Appeal to allow international involvement (non-mediation)
            0256	Appeal for de-escalation of military engagement
            026	Appeal to others to meet or negotiate
            027	Appeal to others to settle dispute
            028	Appeal to others to engage in or accept mediation
            055	Apologize
            100	Demand
            1051	Demand easing of administrative sanctions
            1444	Obstruct passage to demand change in institutions, regime
            175	Use tactics of violent repression
            """;

    static final String HEADER = """
            # CAMEO event codes: English name, Goldstein score, GDELT quad class and PLOVER equivalent.
            # GENERATED FILE, do not edit. Regenerate from the repository root with
            #   java tools/GenerateCameo.java REFERENCE_DIR marsad-core/src/main/resources/marsad/events/cameo.tsv
            # where REFERENCE_DIR holds gdelt/, plover/ and petrarch2/ (sources and licences: NOTICE;
            # format: docs/DATA-FORMATS.md).
            code	name	goldstein	quad	plover_type	plover_mode	plover_context
            """;

    static final Pattern CODE = Pattern.compile("\\d{2,4}");
    static final Pattern PLOVER_LINE = Pattern.compile("^(\\d{2,4}):\\s*([^#]*?)\\s*(?:#\\s*(.*))?$");
    static final Pattern ROOT_ROW = Pattern.compile("^(\\d{2})\\s*&\\s*([A-Z][A-Z ,]*?)\\s*(?:\\([^)]*\\))?\\s*&.*\\\\\\\\\\s*$");
    static final Pattern PATTERN_CODE = Pattern.compile("\\[([^\\]\\s]*)\\]");
    static final Pattern TYPE = Pattern.compile("[A-Z]+");
    static final Pattern WORD = Pattern.compile("[a-z][a-z_-]*");

    record Plover(String type, String mode, List<String> context) {
        String columns() {
            return type + "\t" + orDash(mode) + "\t" + (context.isEmpty() ? "-" : String.join(" | ", context));
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java tools/GenerateCameo.java REFERENCE_DIR OUTPUT");
            System.exit(2);
        }
        Path ref = Path.of(args[0]);
        Map<String, String> goldstein = goldstein(ref.resolve("gdelt/goldstein.tsv"));
        Map<String, String> names = new TreeMap<>();
        Map<String, Plover> plover = plover(ref.resolve("plover/CAMEO2PLOVER-2021.txt"), names);
        names.putAll(rootNames(ref.resolve("plover/PLOVER_MANUAL.tex")));
        names.putAll(tsv(NAMES));

        TreeSet<String> codes = new TreeSet<>(goldstein.keySet());
        codes.addAll(plover.keySet());
        appealsAsDemands(codes, plover);
        StringBuilder out = new StringBuilder(HEADER);
        for (String code : codes) {
            String parent = parent(code);
            if (parent != null && !codes.contains(parent)) {
                throw new IllegalStateException(code + ": its parent code " + parent + " is in no source");
            }
            String name = names.get(code);
            if (name == null) {
                throw new IllegalStateException(code + ": no English name in the sources or in NAMES");
            }
            String score = inherited(code, goldstein).orElseThrow(
                    () -> new IllegalStateException(code + ": no Goldstein score for it or a parent"));
            if (!goldstein.containsKey(code)) {
                System.err.println("note: " + code + " has no Goldstein score in GDELT; using its parent's " + score);
            }
            out.append(code).append('\t').append(name).append('\t').append(score).append('\t').append(quad(code))
                    .append('\t').append(inherited(code, plover).map(Plover::columns).orElse("-\t-\t-")).append('\n');
        }
        reportPatternCodes(ref.resolve("petrarch2/CAMEO.2.0.txt"), codes);
        Path output = Path.of(args[1]);
        if (output.getParent() != null) {
            Files.createDirectories(output.getParent());
        }
        Files.writeString(output, out, StandardCharsets.UTF_8);
        System.err.println("wrote " + codes.size() + " codes to " + output);
    }

    /**
     * The table leaves out CAMEO 02 (Appeal), yet PLOVER's REQUEST is "all requests, demands and
     * orders". CAMEO numbers appeals and demands alike (021 and 101: material cooperation), so an
     * appeal takes the PLOVER of its demand.
     */
    static void appealsAsDemands(Set<String> codes, Map<String, Plover> plover) {
        for (String code : codes) {
            if (code.startsWith("02") && !plover.containsKey(code)) {
                Plover demand = plover.get("10" + code.substring(2));
                if (demand != null) {
                    plover.put(code, demand);
                }
            }
        }
    }

    /** gdelt/goldstein.tsv: a header row, then CODE TAB SCORE. */
    static Map<String, String> goldstein(Path file) throws IOException {
        Map<String, String> scores = new TreeMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\t");
            double score;
            try {
                score = Double.parseDouble(f[1]);
            } catch (RuntimeException e) {
                throw new IllegalStateException(file + ":" + (i + 1) + ": expected CODE<TAB>SCORE");
            }
            if (!CODE.matcher(f[0]).matches() || score < -10 || score > 10) {
                throw new IllegalStateException(file + ":" + (i + 1) + ": bad code or score out of -10..10");
            }
            scores.put(f[0], f[1].strip());
        }
        return scores;
    }

    /**
     * CAMEO2PLOVER: "CODE: TYPE, MODE, CONTEXT; CONTEXT # CAMEO name". The first line for a code wins
     * (root 08 is listed as CONCEDE and again as RETREAT); a differing repeat is reported. Names found in
     * the comments go into {@code names}; text after a double space in a comment is an editor's note.
     */
    static Map<String, Plover> plover(Path file, Map<String, String> names) throws IOException {
        Map<String, Plover> table = new TreeMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = PLOVER_LINE.matcher(lines.get(i).strip());
            if (!m.matches()) {
                continue;
            }
            String where = file + ":" + (i + 1) + ": ";
            String code = m.group(1);
            String[] f = m.group(2).split(",", -1);
            String type = f[0].strip();
            String mode = f.length > 1 ? f[1].strip() : "";
            List<String> context = new ArrayList<>();
            if (f.length > 2) {
                for (String c : f[2].split(";")) {
                    if (!c.isBlank()) {
                        context.add(c.strip());
                    }
                }
            }
            if (!TYPE.matcher(type).matches() || f.length > 3 || !(mode.isEmpty() || WORD.matcher(mode).matches())
                    || !context.stream().allMatch(c -> WORD.matcher(c).matches())) {
                throw new IllegalStateException(where + "expected CODE: TYPE, mode, context[; context]");
            }
            Plover p = new Plover(type, mode.isEmpty() ? null : mode, List.copyOf(context));
            Plover first = table.putIfAbsent(code, p);
            if (first != null && !first.equals(p)) {
                System.err.println("note: " + where + code + " already mapped to " + first.type() + "; kept that");
            }
            if (m.group(3) != null && !m.group(3).isBlank()) {
                names.putIfAbsent(code, m.group(3).strip().split(" {2,}")[0]);
            }
        }
        return table;
    }

    /** The manual's table of CAMEO cue categories: "03 & EXPRESS INTENT TO COOPERATE & AGREE \\". */
    static Map<String, String> rootNames(Path file) throws IOException {
        Map<String, String> names = new TreeMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            Matcher m = ROOT_ROW.matcher(line.strip());
            if (m.matches()) {
                String upper = m.group(2).strip();
                names.putIfAbsent(m.group(1), upper.charAt(0) + upper.substring(1).toLowerCase(java.util.Locale.ROOT));
            }
        }
        if (names.size() != 20) {
            throw new IllegalStateException(file + ": expected the 20 CAMEO roots in its translation table, found "
                    + names.keySet());
        }
        return names;
    }

    /** Lists codes PETRARCH2's verb patterns use ("[042:043]") that the table doesn't hold. */
    static void reportPatternCodes(Path file, TreeSet<String> codes) throws IOException {
        TreeSet<String> missing = new TreeSet<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("#")) {
                continue;
            }
            Matcher m = PATTERN_CODE.matcher(line);
            while (m.find()) {
                for (String c : m.group(1).split(":")) {
                    if (!c.isEmpty() && !c.equals("---") && !codes.contains(c)) {
                        missing.add(c);
                    }
                }
            }
        }
        if (!missing.isEmpty()) {
            System.err.println("note: PETRARCH2 patterns use codes outside the table: " + missing);
        }
    }

    static Map<String, String> tsv(String text) {
        Map<String, String> map = new LinkedHashMap<>();
        text.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(l -> {
            String[] f = l.split("\t");
            map.put(f[0], f[1]);
        });
        return map;
    }

    /** The code's own value, else its nearest ancestor's (0211 → 021 → 02). */
    static <V> Optional<V> inherited(String code, Map<String, V> values) {
        for (String c = code; c != null; c = parent(c)) {
            if (values.containsKey(c)) {
                return Optional.of(values.get(c));
            }
        }
        return Optional.empty();
    }

    static String parent(String code) {
        return code.length() > 2 ? code.substring(0, code.length() - 1) : null;
    }

    /** GDELT's QuadClass by root: 01-05 verbal cooperation, 06-09 material cooperation, 10-14 verbal conflict, 15-20 material conflict. */
    static int quad(String code) {
        int root = Integer.parseInt(code.substring(0, 2));
        if (root < 1 || root > 20) {
            throw new IllegalStateException(code + ": root outside 01-20");
        }
        return root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
    }

    static String orDash(String s) {
        return s == null ? "-" : s;
    }
}
