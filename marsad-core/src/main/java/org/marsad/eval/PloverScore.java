package org.marsad.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import org.marsad.model.Article;
import org.marsad.model.Document;
import org.marsad.model.Event;
import org.marsad.model.Modality;
import org.marsad.model.Participant;

/**
 * Scores the coder against PLOVER gold records. A coded event (not negated, with a PLOVER type)
 * matches a record's event of the same type when, where the record names countries for a side, the
 * event's actors on that side include one of them (where it names the side by words alone, when the words
 * of one hold the other's). Records hold one sentence's gold events, so other
 * events coded in it count against precision; sets whose records are all one type (protest_spans)
 * measure recall above all.
 */
public final class PloverScore {
    /** An event reduced to what is compared: its type, and each side's country codes and words. */
    record Found(String type, Side actors, Side recipients) {
    }

    /** One side of an event; gold names it by codes, or by words where it gives no code. */
    record Side(Set<String> codes, Set<String> words) {
        boolean unnamed() {
            return codes.isEmpty() && words.isEmpty();
        }

        boolean meets(Side coded) {
            if (!Collections.disjoint(codes, coded.codes())) {
                return true;
            }
            for (String w : words) {
                String gold = w.toLowerCase(Locale.ROOT);
                for (String c : coded.words()) {
                    String found = c.toLowerCase(Locale.ROOT);
                    if (gold.contains(found) || found.contains(gold)) {
                        return true;
                    }
                }
            }
            return false;
        }
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
                expected.add(new Found(t, new Side(r.actors(), r.actorWords()),
                        new Side(r.recipients(), r.recipientWords())));
            }
            List<Found> found = coded(coder.apply(SentenceArticles.of(r.id(), r.text(), lang, r.date())));
            gold += expected.size();
            coded += found.size();
            typeAndActors.count(expected, found, PloverScore::sameActors, Found::type, Found::type);
            type.count(expected, found, (g, f) -> g.type().equals(f.type()), Found::type, Found::type);
        }
        return new Report(records.size(), gold, coded, typeAndActors, type);
    }

    /**
     * The type, and each side the record names; a meeting is reciprocal (the manual puts all who meet in
     * {@code actor} with no recipient, or names them either way round), so for CONSULT the coded sides may
     * be swapped, and a record with no recipient finds its actors on either coded side.
     */
    private static boolean sameActors(Found g, Found f) {
        if (!g.type().equals(f.type())) {
            return false;
        }
        if (sides(g.actors(), g.recipients(), f.actors(), f.recipients())) {
            return true;
        }
        if (!RECIPROCAL.equals(g.type())) {
            return false;
        }
        Side both = new Side(union(f.actors().codes(), f.recipients().codes()),
                union(f.actors().words(), f.recipients().words()));
        return sides(g.actors(), g.recipients(), f.recipients(), f.actors())
                || g.recipients().unnamed() && (g.actors().unnamed() || g.actors().meets(both));
    }

    /** PLOVER's type whose events are reciprocal. */
    private static final String RECIPROCAL = "CONSULT";

    private static boolean sides(Side goldActors, Side goldRecipients, Side actors, Side recipients) {
        return (goldActors.unnamed() || goldActors.meets(actors))
                && (goldRecipients.unnamed() || goldRecipients.meets(recipients));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new LinkedHashSet<>(a);
        out.addAll(b);
        return out;
    }

    private static Side side(List<Participant> ps) {
        Set<String> words = new LinkedHashSet<>();
        ps.forEach(p -> words.add(p.text()));
        return new Side(SentenceArticles.ploverCodes(ps), words);
    }

    private static List<Found> coded(Document doc) {
        List<Found> out = new ArrayList<>();
        for (Event e : doc.events()) {
            if (e.modality() != Modality.NEGATED && e.plover() != null && e.plover().type() != null) {
                out.add(new Found(e.plover().type(), side(e.source()), side(e.target())));
            }
        }
        return out;
    }
}
