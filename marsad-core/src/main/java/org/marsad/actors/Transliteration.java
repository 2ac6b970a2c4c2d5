package org.marsad.actors;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.text.Transliterator;

import org.marsad.data.DataFile;

/**
 * Names from one script into another by ICU transliterators built from rule tables
 * ({@code actors/translit/XX-Latn.tsv} into Latin, {@code Latn-XX.tsv} out of it): محمد gives
 * muhammad, Шехбаз shekhbaz, shafqat шафкат and شافقات. Latin is the pivot between two other
 * scripts; a language without tables is written in Latin. Rules work word by word, so that
 * {@code ^} and {@code $} in a table mark a word's ends. Built once per process, since ICU
 * compiles rules slowly; thread-safe.
 */
public final class Transliteration {
    /** Words remembered per direction before the memory starts again (names repeat a lot). */
    private static final int MEMORY = 100_000;
    private static Transliteration bundled;

    private final Map<String, Direction> toLatin;
    private final Map<String, Direction> fromLatin;
    private final Direction latin;

    private Transliteration(Map<String, Direction> toLatin, Map<String, Direction> fromLatin) {
        this.toLatin = Map.copyOf(toLatin);
        this.fromLatin = Map.copyOf(fromLatin);
        this.latin = new Direction(Transliterator.getInstance("Latin-ASCII; Any-Lower"));
    }

    public static synchronized Transliteration bundled() {
        if (bundled == null) {
            Map<String, Direction> into = new HashMap<>();
            Map<String, Direction> out = new HashMap<>();
            for (String lang : EntityFiles.LANGS) {
                List<DataFile.Row> in = DataFile.resource("actors/translit/" + lang + "-Latn.tsv", false);
                if (!in.isEmpty()) {
                    into.put(lang, new Direction(compile(lang + "-Latn", in, true)));
                    out.put(lang, new Direction(compile("Latn-" + lang, DataFile.resource(
                            "actors/translit/Latn-" + lang + ".tsv"), false)));
                }
            }
            bundled = new Transliteration(into, out);
        }
        return bundled;
    }

    /** The name in lower-case ASCII Latin letters, from the script of a language. */
    public String toLatin(String name, String lang) {
        return toLatin.getOrDefault(lang, latin).apply(name);
    }

    /** A lower-case Latin name in the script of a language (lower-case too). */
    public String fromLatin(String latinName, String lang) {
        return fromLatin.getOrDefault(lang, latin).apply(latinName);
    }

    /** The name written in one language's script proposed in another's, lower-case. */
    public String convert(String name, String from, String to) {
        return fromLatin(toLatin(name, from), to);
    }

    /**
     * ICU rules from a table: each row {@code FROM TO [AFTER]} a rule, each {@code :: ID} a pass of
     * ICU's own after them; the input lower-cased first (and made ASCII when it is Latin), the
     * output made lower-case ASCII when it is Latin.
     */
    static Transliterator compile(String id, List<DataFile.Row> rows, boolean intoLatin) {
        StringBuilder rules = new StringBuilder(intoLatin ? "::Any-Lower;\n" : "::Latin-ASCII;\n::Any-Lower;\n");
        StringBuilder passes = new StringBuilder();
        for (DataFile.Row row : rows) {
            if (row.get(0).equals("::")) {
                if (row.size() != 2 || row.get(1).isEmpty()) {
                    throw row.error("expected ::<TAB>ICU-TRANSLITERATOR-ID");
                }
                passes.append("::").append(row.get(1)).append(";\n");
                continue;
            }
            if (row.size() < 2 || row.size() > 3) {
                throw row.error("expected FROM<TAB>TO[<TAB>AFTER]");
            }
            rules.append(rule(row)).append('\n');
        }
        rules.append(passes);
        if (intoLatin) {
            rules.append("::Latin-ASCII;\n::Any-Lower;\n");
        }
        try {
            return Transliterator.createFromRules(id, rules.toString(), Transliterator.FORWARD);
        } catch (IllegalArgumentException e) {
            throw new DataFile.DataException("actors/translit/" + id + ".tsv: " + e.getMessage());
        }
    }

    private static String rule(DataFile.Row row) {
        String from = row.get(0);
        boolean start = from.startsWith("^");
        boolean end = from.length() > 1 && from.endsWith("$");
        String core = from.substring(start ? 1 : 0, from.length() - (end ? 1 : 0));
        String after = row.size() == 3 ? row.get(2) : "";
        if (core.isEmpty() || (end && !after.isEmpty())) {
            throw row.error("FROM needs letters, and a word's end can't be followed by AFTER");
        }
        StringBuilder r = new StringBuilder(start ? "^" : "").append(escape(core));
        if (!after.isEmpty()) {
            r.append(" } [").append(escape(after)).append(']');
        }
        if (end) {
            r.append(" $");
        }
        return r.append(" > ").append(escape(row.get(1))).append(" ;").toString();
    }

    /** Every character as a {@code \\uXXXX} escape, so that no letter is read as rule syntax. */
    private static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() * 6);
        for (int i = 0; i < s.length(); i++) {
            out.append(String.format("\\u%04X", (int) s.charAt(i)));
        }
        return out.toString();
    }

    /** One compiled transliterator applied word by word, remembering the words it has done. */
    private static final class Direction {
        private final Transliterator transliterator;
        private final Map<String, String> memory = new ConcurrentHashMap<>();

        Direction(Transliterator transliterator) {
            this.transliterator = transliterator;
        }

        String apply(String text) {
            StringBuilder out = new StringBuilder(text.length() + 8);
            int i = 0;
            while (i < text.length()) {
                int j = i;
                while (j < text.length() && isWordChar(text.charAt(j))) {
                    j++;
                }
                if (j > i) {
                    out.append(word(text.substring(i, j)));
                    i = j;
                } else {
                    out.append(text.charAt(i++));
                }
            }
            return out.toString();
        }

        private String word(String w) {
            String done = memory.get(w);
            if (done == null) {
                synchronized (transliterator) {
                    done = transliterator.transliterate(w);
                }
                if (memory.size() >= MEMORY) {
                    memory.clear();
                }
                memory.put(w, done);
            }
            return done;
        }

        private static boolean isWordChar(char c) {
            return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK || c == '\'';
        }
    }
}
