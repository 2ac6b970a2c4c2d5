package org.marsad.eval;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.marsad.model.Article;
import org.marsad.model.Participant;
import org.marsad.read.TextLayout;
import org.marsad.write.ActorCodes;

/** Gold sentences as the coder reads them, and the coder's actors in the codes gold data uses. */
final class SentenceArticles {
    private SentenceArticles() {
    }

    /**
     * One article holding the sentence on one line (gold files wrap their sentences), as a JSONL line
     * would give it: its language (null to detect it) and publication date where the data gives one.
     */
    static Article of(String id, String text, String lang, LocalDate date) {
        String line = text.strip().replaceAll("\\s+", " ");
        return new Article(id, null, null, lang, date, line, TextLayout.of(line).sections(), id);
    }

    /** The country part of a CAMEO-style code, PETRARCH's actor match: RUS for RUSGOV, IGO for the UN. */
    static String cameoCountry(Participant p) {
        return ActorCodes.cameoCountry(p.actor());
    }

    /** Codes a PLOVER record may give the actors: PLOVER's own (UNO) or CAMEO's country part (IGO). */
    static Set<String> ploverCodes(List<Participant> ps) {
        Set<String> out = new LinkedHashSet<>();
        for (Participant p : ps) {
            out.add(ActorCodes.plover(p.actor()));
            out.add(cameoCountry(p));
        }
        return out;
    }
}
