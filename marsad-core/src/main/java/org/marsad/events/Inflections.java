package org.marsad.events;

import java.util.ArrayList;
import java.util.List;

import org.marsad.data.DataFile;
import org.marsad.text.LanguagePack;

/** Verb forms from {@code lang/XX/inflections.tsv}: rows {@code verb<TAB>PATTERN}, @ standing for the stem. */
final class Inflections {
    private final List<String> verbPatterns;

    private Inflections(List<String> verbPatterns) {
        this.verbPatterns = List.copyOf(verbPatterns);
    }

    static Inflections load(String lang) {
        List<String> verbs = new ArrayList<>();
        LanguagePack pack = LanguagePack.of(lang);
        for (DataFile.Row row : DataFile.resource("lang/" + lang + "/inflections.tsv", false)) {
            if (!row.get(0).equals("verb") || !row.get(1).contains("@")) {
                throw row.error("expected verb<TAB>PATTERN with @ for the stem");
            }
            String p = row.get(1);
            verbs.add(pack.normaliser().normalise(p, 0, p.length()).text().toLowerCase(java.util.Locale.ROOT));
        }
        if (verbs.isEmpty()) {
            verbs.add("@");
        }
        return new Inflections(verbs);
    }

    List<String> verbForms(String stem) {
        List<String> out = new ArrayList<>(verbPatterns.size());
        for (String p : verbPatterns) {
            String form = p.replace("@", stem);
            if (!out.contains(form)) {
                out.add(form);
            }
        }
        return out;
    }
}
