package org.marsad.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.marsad.model.Article;
import org.marsad.model.Document;
import org.marsad.model.Event;
import org.marsad.model.Modality;

/**
 * Scores the coder against PLOVER gold records. A coded event (not negated, with a PLOVER type)
 * matches a record's event of the same type when, where the record names countries for a side, the
 * event's actors on that side include one of them. Records hold one sentence's gold events, so other
 * events coded in it count against precision; sets whose records are all one type (protest_spans)
 * measure recall above all.
 */
public final class PloverScore {
    /** An event reduced to what is compared. */
    record Found(String type, Set<String> actors, Set<String> recipients) {
    }

    public record Report(int sentences, int goldEvents, int coded, Tally typeAndActors, Tally type) {
        public String text() {
            List<String> lines = new ArrayList<>();
            lines.add(String.format(Locale.ROOT, "PLOVER records: %d sentences, %d gold events, %d coded",
                    sentences, goldEvents, coded));
            lines.add("by PLOVER type (type and actors):");
            lines.addAll(typeAndActors.table());
            lines.add("type+actor: " + typeAndActors.overall().line());
            lines.add("type only:  " + type.overall().line());
            return String.join("\n", lines);
        }
    }

    private PloverScore() {
    }

    public static Report score(List<PloverGold.Record> records, Function<Article, Document> coder, String lang) {
        Tally typeAndActors = new Tally();
        Tally type = new Tally();
        int gold = 0;
        int coded = 0;
        for (PloverGold.Record r : records) {
            List<Found> expected = new ArrayList<>();
            for (String t : r.types()) {
                expected.add(new Found(t, r.actors(), r.recipients()));
            }
            List<Found> found = coded(coder.apply(SentenceArticles.of(r.id(), r.text(), lang, r.date())));
            gold += expected.size();
            coded += found.size();
            typeAndActors.count(expected, found, PloverScore::sameActors, Found::type, Found::type);
            type.count(expected, found, (g, f) -> g.type().equals(f.type()), Found::type, Found::type);
        }
        return new Report(records.size(), gold, coded, typeAndActors, type);
    }

    private static boolean sameActors(Found g, Found f) {
        return g.type().equals(f.type())
                && (g.actors().isEmpty() || !Collections.disjoint(g.actors(), f.actors()))
                && (g.recipients().isEmpty() || !Collections.disjoint(g.recipients(), f.recipients()));
    }

    private static List<Found> coded(Document doc) {
        List<Found> out = new ArrayList<>();
        for (Event e : doc.events()) {
            if (e.modality() != Modality.NEGATED && e.plover() != null && e.plover().type() != null) {
                out.add(new Found(e.plover().type(), SentenceArticles.ploverCodes(e.source()),
                        SentenceArticles.ploverCodes(e.target())));
            }
        }
        return out;
    }
}
