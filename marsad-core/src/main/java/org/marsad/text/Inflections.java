package org.marsad.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.marsad.data.DataFile;

/**
 * Verb forms for trigger words marked with +, from {@code lang/XX/inflections.tsv}: rows
 * {@code verb<TAB>PATTERN[<TAB>tense]}, @ standing for the stem as written, tense {@code past}
 * or {@code present} where the form tells it (modality cues such as Arabic قد depend on it).
 */
public final class Inflections {
    /** A verb form and its tense, or null when the form doesn't tell. */
    public record Form(String word, String tense) {
    }

    private record Pattern(String pattern, String tense) {
    }

    /** No inflection: words match as written. */
    public static final Inflections NONE = new Inflections(List.of(new Pattern("@", null)));

    private final List<Pattern> verbPatterns;

    private Inflections(List<Pattern> verbPatterns) {
        this.verbPatterns = List.copyOf(verbPatterns);
    }

    public static Inflections load(String lang) {
        List<Pattern> verbs = new ArrayList<>();
        LanguagePack pack = LanguagePack.of(lang);
        for (DataFile.Row row : DataFile.resource("lang/" + lang + "/inflections.tsv", false)) {
            if (!row.get(0).equals("verb") || !row.get(1).contains("@")) {
                throw row.error("expected verb<TAB>PATTERN with @ for the stem");
            }
            String tense = row.get(2);
            if (!tense.isEmpty() && !tense.equals("past") && !tense.equals("present")) {
                throw row.error("tense must be past or present, not '" + tense + "'");
            }
            String p = row.get(1);
            verbs.add(new Pattern(pack.normaliser().normalise(p, 0, p.length()).text().toLowerCase(Locale.ROOT),
                    tense.isEmpty() ? null : tense));
        }
        return verbs.isEmpty() ? NONE : new Inflections(verbs);
    }

    public List<Form> verbForms(String stem) {
        List<Form> out = new ArrayList<>(verbPatterns.size());
        List<String> seen = new ArrayList<>();
        for (Pattern p : verbPatterns) {
            String form = p.pattern().replace("@", stem);
            if (!seen.contains(form)) {
                seen.add(form);
                out.add(new Form(form, p.tense()));
            }
        }
        return out;
    }
}
