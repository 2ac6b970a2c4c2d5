package org.marsad.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.marsad.data.DataFile;

/**
 * Verb forms for trigger words marked with +, from {@code lang/XX/inflections.tsv}: rows
 * {@code verb<TAB>PATTERN[<TAB>subject]}, @ standing for the stem as written and @~ for the stem
 * without its first letter when that is a bare alef (Arabic أرسل → يرسل, اتفق → يتفق), @- for the
 * stem without its last letter when that is one of the {@code weak-end} row's letters (Arabic دعا →
 * دعت, أجرى → أجرت); {@code subject}
 * marks forms that carry their own subject (Arabic أدانوا "they condemned"), after which a noun
 * is the object, not the subject; {@code masculine} marks forms whose subject is no place the
 * language makes feminine (Arabic دعا: a state right after it is its object).
 */
public final class Inflections {
    /** A verb form, whether it carries its own subject, and whether it is masculine. */
    public record Form(String word, boolean subject, boolean masculine) {
    }

    private record Pattern(String pattern, boolean subject, boolean masculine) {
    }

    /** No inflection: words match as written. */
    public static final Inflections NONE = new Inflections(List.of(new Pattern("@", false, false)), List.of());

    private static final String BARE_ALEF = "\u0627";

    private final List<Pattern> verbPatterns;
    /** Final letters a stem loses before some endings (@-). */
    private final List<String> weakEnds;

    private Inflections(List<Pattern> verbPatterns, List<String> weakEnds) {
        this.verbPatterns = List.copyOf(verbPatterns);
        this.weakEnds = List.copyOf(weakEnds);
    }

    public static Inflections load(String lang) {
        List<Pattern> verbs = new ArrayList<>();
        List<String> weakEnds = new ArrayList<>();
        LanguagePack pack = LanguagePack.of(lang);
        for (DataFile.Row row : DataFile.resource("lang/" + lang + "/inflections.tsv", false)) {
            if (row.get(0).equals("weak-end")) {
                for (String letter : DataFile.values(row.get(1))) {
                    weakEnds.add(pack.normaliser().normalise(letter, 0, letter.length()).text());
                }
                continue;
            }
            if (!row.get(0).equals("verb") || !row.get(1).contains("@")) {
                throw row.error("expected verb<TAB>PATTERN with @ for the stem");
            }
            String mark = row.get(2);
            if (!mark.isEmpty() && !mark.equals("subject") && !mark.equals("masculine")) {
                throw row.error("the third column may only say subject or masculine, not '" + mark + "'");
            }
            String p = row.get(1);
            verbs.add(new Pattern(pack.normaliser().normalise(p, 0, p.length()).text().toLowerCase(Locale.ROOT),
                    mark.equals("subject"), mark.equals("masculine")));
        }
        return verbs.isEmpty() ? NONE : new Inflections(verbs, weakEnds);
    }

    public List<Form> verbForms(String stem) {
        List<Form> out = new ArrayList<>(verbPatterns.size());
        List<String> seen = new ArrayList<>();
        for (Pattern p : verbPatterns) {
            if (p.pattern().contains("@~") && !stem.startsWith(BARE_ALEF)) {
                continue;
            }
            boolean weak = weakEnds.stream().anyMatch(stem::endsWith) && stem.length() > 1;
            if (p.pattern().contains("@-") && !weak) {
                continue;
            }
            String form = p.pattern().replace("@~", stem.substring(Math.min(1, stem.length())))
                    .replace("@-", weak ? stem.substring(0, stem.length() - 1) : stem).replace("@", stem);
            if (!seen.contains(form)) {
                seen.add(form);
                out.add(new Form(form, p.subject(), p.masculine()));
            }
        }
        return out;
    }
}
