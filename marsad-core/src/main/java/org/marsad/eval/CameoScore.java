package org.marsad.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.marsad.model.Article;
import org.marsad.model.Document;
import org.marsad.model.Event;
import org.marsad.model.Modality;
import org.marsad.model.Participant;

/**
 * Scores the coder against PETRARCH validation records. Each gold coding and each coded event is a
 * dyad: CAMEO root, source country, target country (the first three letters of a gold CAMEO actor
 * code, {@link org.marsad.write.ActorCodes#cameoCountry} of a coded actor; a compound event gives one
 * dyad per source and target, as PETRARCH codes them). A coded dyad
 * matches a gold one with the same root and the same countries, where gold gives them. Gold with no
 * actor ("---" alone, or nothing) leaves the side open; gold naming an actor without a country
 * ("---LEG" Congress, "---REB" insurgents) needs an actor of ours there, of any country, since the
 * gold's dictionaries knew no country for it. Agents (the GOV of IRQGOV) are not compared. Negated
 * events are not codings. Records that test coder errors are skipped.
 *
 * <p>PETRARCH codes a mutual event (a meeting, talks, an agreement) once each way, A → B and B → A;
 * Marsad may code it one way. So a sentence's dyads of one root that come in both directions count
 * as one mutual dyad, on either side, and a mutual dyad matches the other side's dyad of that
 * pair in either direction. A one-way dyad still needs its own direction.
 */
public final class CameoScore {
    /**
     * A coding reduced to what is compared: root and countries (null: no actor; {@link #NO_COUNTRY});
     * mutual when the sentence had it both ways.
     */
    record Dyad(String root, String source, String target, boolean mutual) {
        Dyad(String root, String source, String target) {
            this(root, source, target, false);
        }

        Dyad reversed() {
            return new Dyad(root, target, source, mutual);
        }

        @Override
        public String toString() {
            return root + " " + source + (mutual ? " <-> " : " -> ") + target;
        }
    }

    /** A gold actor named by its agent alone ("---LEG"): any actor of ours matches it, none does not. */
    static final String NO_COUNTRY = "---";

    /** The figures: type and actors, and type alone. */
    public record Report(int sentences, int skipped, int goldCodings, int coded, Tally typeAndActors, Tally type,
                         List<String> differences) {
        public Report {
            differences = List.copyOf(differences);
        }

        public String text() {
            List<String> lines = new ArrayList<>();
            lines.add(String.format(Locale.ROOT, "PETRARCH records: %d sentences scored, %d skipped (coder error tests, no text); "
                    + "%d gold codings, %d coded", sentences, skipped, goldCodings, coded));
            lines.add("by CAMEO root (type and actors):");
            lines.addAll(typeAndActors.table());
            lines.add("type+actor: " + typeAndActors.overall().line());
            lines.add("type only:  " + type.overall().line());
            return String.join("\n", lines);
        }

        /** One block per sentence with a dyad missed or coded wrongly: its id, text, gold and coded dyads. */
        public String differencesText() {
            return String.join("\n", differences);
        }
    }

    private CameoScore() {
    }

    public static Report score(List<PetrRecords.Record> records, Function<Article, Document> coder, String lang) {
        Tally typeAndActors = new Tally();
        Tally type = new Tally();
        int sentences = 0;
        int skipped = 0;
        int gold = 0;
        int coded = 0;
        List<String> differences = new ArrayList<>();
        for (PetrRecords.Record r : records) {
            if (r.error() != null || r.text().isBlank()) {
                skipped++;
                continue;
            }
            sentences++;
            List<Dyad> expected = gold(r);
            List<Dyad> found = coded(coder.apply(SentenceArticles.of(r.id(), r.text(), lang, r.date())));
            gold += expected.size();
            coded += found.size();
            int missedBefore = typeAndActors.overall().fp() + typeAndActors.overall().fn();
            typeAndActors.count(expected, found, CameoScore::sameActors, Dyad::root, Dyad::root);
            type.count(expected, found, (g, f) -> g.root().equals(f.root()), Dyad::root, Dyad::root);
            if (typeAndActors.overall().fp() + typeAndActors.overall().fn() > missedBefore) {
                differences.add(r.id() + ": " + r.text().strip().replaceAll("\\s+", " ")
                        + "\n  gold:  " + expected + "\n  coded: " + found);
            }
        }
        return new Report(sentences, skipped, gold, coded, typeAndActors, type, differences);
    }

    static boolean sameActors(Dyad g, Dyad f) {
        if (!g.root().equals(f.root())) {
            return false;
        }
        return sameActor(g.source(), f.source()) && sameActor(g.target(), f.target())
                || (g.mutual() || f.mutual()) && sameActor(g.source(), f.target()) && sameActor(g.target(), f.source());
    }

    /** The dyads with each pair coded both ways folded into one mutual dyad, in first-seen order. */
    static List<Dyad> foldMutual(Set<Dyad> dyads) {
        List<Dyad> out = new ArrayList<>();
        for (Dyad d : dyads) {
            Dyad back = d.reversed();
            if (Objects.equals(d.source(), d.target()) || !dyads.contains(back)) {
                out.add(d);
            } else if (!out.contains(new Dyad(d.root(), d.target(), d.source(), true))) {
                out.add(new Dyad(d.root(), d.source(), d.target(), true));
            }
        }
        return out;
    }

    private static boolean sameActor(String gold, String coded) {
        if (gold == null) {
            return true;
        }
        return gold.equals(NO_COUNTRY) ? coded != null : gold.equals(coded);
    }

    static List<Dyad> gold(PetrRecords.Record r) {
        Set<Dyad> out = new LinkedHashSet<>();
        for (PetrRecords.Coding c : r.codings()) {
            if (c.code().length() >= 2) {
                out.add(new Dyad(c.code().substring(0, 2), country(c.source()), country(c.target())));
            }
        }
        return foldMutual(out);
    }

    /** The country part of a CAMEO actor code; null for no actor ("---", empty), {@link #NO_COUNTRY} for "---GOV". */
    private static String country(String code) {
        if (code.length() < 3 || code.equals(NO_COUNTRY)) {
            return null;
        }
        return code.startsWith(NO_COUNTRY) ? NO_COUNTRY : code.substring(0, 3).toUpperCase(Locale.ROOT);
    }

    static List<Dyad> coded(Document doc) {
        Set<Dyad> out = new LinkedHashSet<>();
        for (Event e : doc.events()) {
            if (e.cameo() == null || e.modality() == Modality.NEGATED) {
                continue;
            }
            for (String s : countries(e.source())) {
                for (String t : countries(e.target())) {
                    out.add(new Dyad(e.cameo().substring(0, 2), s, t));
                }
            }
        }
        return foldMutual(out);
    }

    /** Distinct countries of participants; a lone null for none. */
    private static List<String> countries(List<Participant> ps) {
        Set<String> out = new LinkedHashSet<>();
        for (Participant p : ps) {
            out.add(SentenceArticles.cameoCountry(p));
        }
        if (out.isEmpty()) {
            out.add(null);
        }
        return new ArrayList<>(out);
    }
}
