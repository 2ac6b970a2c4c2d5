package org.marsad.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;

import org.marsad.data.DataFile;
import org.marsad.model.Article;
import org.marsad.model.Document;
import org.marsad.model.Event;
import org.marsad.model.Participant;
import org.marsad.model.Section;
import org.marsad.model.Span;

/**
 * Sentences and the events each must give, each sentence coded as a one-sentence article. A table's
 * first row names its columns: {@code id}, {@code expected}, and the sentence as {@code sentence} or
 * under its language's code (a table telling the same news in several languages). An event is written
 * {@code TYPE SOURCES>TARGETS modality}, {@code -} is no event (event-cases/README.md in the tests).
 */
public final class EventCases {
    /** A sentence and the events it must give, rendered as {@link #render} does. */
    public record Case(String id, String sentence, TreeSet<String> expected) {
    }

    /** A sentence whose events differ from those expected. */
    public record Miss(Case wanted, TreeSet<String> found) {
        public String text() {
            return wanted.id() + ": " + wanted.sentence() + "\n    expected " + wanted.expected()
                    + "\n    found    " + found;
        }
    }

    /** How many sentences there were and which gave other events. */
    public record Report(int cases, List<Miss> misses) {
        public String text() {
            return (cases - misses.size()) + " of " + cases + " sentences give exactly their events";
        }
    }

    private EventCases() {
    }

    /** The cases of a table in one language. */
    public static List<Case> read(List<DataFile.Row> rows, String lang) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> header = rows.get(0).fields();
        int id = column(rows.get(0), header, "id");
        int expected = column(rows.get(0), header, "expected");
        int sentence = header.contains("sentence") ? header.indexOf("sentence") : column(rows.get(0), header, lang);
        List<Case> out = new ArrayList<>();
        for (DataFile.Row row : rows.subList(1, rows.size())) {
            if (row.size() != header.size()) {
                throw row.error("expected " + header.size() + " columns as the first row names, found " + row.size());
            }
            TreeSet<String> events = new TreeSet<>();
            if (!row.get(expected).equals("-")) {
                Arrays.stream(row.get(expected).split(" ; ")).map(String::strip).forEach(events::add);
            }
            out.add(new Case(row.get(id), row.get(sentence), events));
        }
        return out;
    }

    private static int column(DataFile.Row first, List<String> header, String name) {
        int i = header.indexOf(name);
        if (i < 0) {
            throw first.error("the first row names no '" + name + "' column");
        }
        return i;
    }

    /** Codes each case's sentence in a language on a date and compares its events with those expected. */
    public static Report score(List<Case> cases, String lang, LocalDate date, Function<Article, Document> coder) {
        List<Miss> misses = new ArrayList<>();
        for (Case c : cases) {
            TreeSet<String> found = found(c.sentence(), lang, date, coder);
            if (!found.equals(c.expected())) {
                misses.add(new Miss(c, found));
            }
        }
        return new Report(cases.size(), misses);
    }

    /** The events of one sentence coded as an article of its own, rendered. */
    public static TreeSet<String> found(String text, String lang, LocalDate date, Function<Article, Document> coder) {
        Article a = new Article("case", null, null, lang, date, text,
                List.of(new Section(Section.Kind.BODY, new Span(0, text.length()))), "case");
        TreeSet<String> out = new TreeSet<>();
        for (Event e : coder.apply(a).events()) {
            out.add(render(e));
        }
        return out;
    }

    /** PLOVER type (- for a public statement, which PLOVER leaves out), actor codes each side, modality. */
    public static String render(Event e) {
        String type = e.plover() == null || e.plover().type() == null ? "-" : e.plover().type();
        return type + " " + codes(e.source()) + ">" + codes(e.target()) + " " + e.modality().code();
    }

    private static String codes(List<Participant> ps) {
        TreeSet<String> out = new TreeSet<>();
        for (Participant p : ps) {
            out.add(p.actor().code());
        }
        return String.join(",", out);
    }
}
