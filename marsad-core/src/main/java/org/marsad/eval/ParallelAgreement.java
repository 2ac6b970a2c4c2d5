package org.marsad.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

import org.marsad.model.Article;
import org.marsad.model.Document;
import org.marsad.model.Event;
import org.marsad.model.Modality;
import org.marsad.model.Participant;
import org.marsad.model.Section;
import org.marsad.model.Span;

/**
 * How far the events found in translations of the same news agree: line-aligned versions of
 * documents (NTREX: one file per language, a file of document ids beside them), each document
 * coded in every language, and its events compared between each pair of languages as CAMEO root,
 * source countries and target countries (negated events left out). Agreement of two languages is
 * 2 × shared / (events of one + events of the other), summed over the documents; "type only"
 * compares roots alone.
 */
public final class ParallelAgreement {
    /** One document: its id and its text in each language, first line the title. */
    public record Doc(String id, Map<String, List<String>> lines) {
        public Doc {
            lines = Map.copyOf(lines);
        }
    }

    /** Agreement of one pair of languages, summed over documents. */
    public record Pair(String a, String b, int shared, int eventsA, int eventsB, int sharedTypes, int typesA,
                       int typesB) {
        public double agreement() {
            return eventsA + eventsB == 0 ? 0 : 2.0 * shared / (eventsA + eventsB);
        }

        public double typeAgreement() {
            return typesA + typesB == 0 ? 0 : 2.0 * sharedTypes / (typesA + typesB);
        }
    }

    /** The figures, and the documents whose languages disagree. */
    public record Report(int documents, Map<String, Integer> events, List<Pair> pairs, List<String> differences) {
        public Report {
            events = Map.copyOf(events);
            pairs = List.copyOf(pairs);
            differences = List.copyOf(differences);
        }

        public String text() {
            List<String> out = new ArrayList<>();
            out.add(documents + " documents; events (root, source, target) per language: " + events);
            for (Pair p : pairs) {
                out.add(String.format(Locale.ROOT, "%s-%s: agreement %.2f (%d shared of %d and %d); type only %.2f",
                        p.a(), p.b(), p.agreement(), p.shared(), p.eventsA(), p.eventsB(), p.typeAgreement()));
            }
            return String.join("\n", out);
        }

        public String differencesText() {
            return String.join("\n", differences);
        }
    }

    private ParallelAgreement() {
    }

    /** Consecutive lines with the same id form a document; every language must have as many lines as ids. */
    public static List<Doc> documents(List<String> ids, Map<String, List<String>> linesByLang) {
        for (Map.Entry<String, List<String>> e : linesByLang.entrySet()) {
            if (e.getValue().size() != ids.size()) {
                throw new IllegalArgumentException(e.getKey() + ": " + e.getValue().size() + " lines, but "
                        + ids.size() + " ids");
            }
        }
        List<Doc> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= ids.size(); i++) {
            if (i == ids.size() || !ids.get(i).equals(ids.get(start))) {
                Map<String, List<String>> lines = new LinkedHashMap<>();
                for (Map.Entry<String, List<String>> e : linesByLang.entrySet()) {
                    lines.put(e.getKey(), List.copyOf(e.getValue().subList(start, i)));
                }
                out.add(new Doc(ids.get(start), lines));
                start = i;
            }
        }
        return out;
    }

    public static Report score(List<Doc> docs, List<String> langs, LocalDate date, Function<Article, Document> coder) {
        Map<String, Integer> events = new LinkedHashMap<>();
        langs.forEach(l -> events.put(l, 0));
        int[][] shared = new int[langs.size()][langs.size()];
        int[][] sharedTypes = new int[langs.size()][langs.size()];
        int[] types = new int[langs.size()];
        List<String> differences = new ArrayList<>();
        for (Doc doc : docs) {
            List<TreeSet<String>> found = new ArrayList<>();
            List<Document> coded = new ArrayList<>();
            for (String lang : langs) {
                Document d = coder.apply(article(doc, lang, date));
                coded.add(d);
                TreeSet<String> keys = keys(d);
                found.add(keys);
                events.merge(lang, keys.size(), Integer::sum);
            }
            for (int a = 0; a < langs.size(); a++) {
                types[a] += roots(found.get(a)).size();
                for (int b = a + 1; b < langs.size(); b++) {
                    TreeSet<String> both = new TreeSet<>(found.get(a));
                    both.retainAll(found.get(b));
                    shared[a][b] += both.size();
                    TreeSet<String> bothTypes = roots(found.get(a));
                    bothTypes.retainAll(roots(found.get(b)));
                    sharedTypes[a][b] += bothTypes.size();
                }
            }
            if (found.stream().distinct().count() > 1) {
                differences.add(difference(doc.id(), langs, coded, found));
            }
        }
        List<Pair> pairs = new ArrayList<>();
        for (int a = 0; a < langs.size(); a++) {
            for (int b = a + 1; b < langs.size(); b++) {
                pairs.add(new Pair(langs.get(a), langs.get(b), shared[a][b], events.get(langs.get(a)),
                        events.get(langs.get(b)), sharedTypes[a][b], types[a], types[b]));
            }
        }
        return new Report(docs.size(), events, pairs, differences);
    }

    /**
     * A document whose languages disagree: each language's coded events (negated ones too, so that
     * a modality mismatch shows), each with the languages whose keys lack it (or "all"), its
     * modality, trigger, participants and sentence.
     */
    private static String difference(String id, List<String> langs, List<Document> coded, List<TreeSet<String>> found) {
        StringBuilder d = new StringBuilder(id);
        for (int a = 0; a < langs.size(); a++) {
            d.append("\n  ").append(langs.get(a)).append(": ").append(found.get(a));
            Document doc = coded.get(a);
            String text = doc.article().text();
            for (Event e : doc.events()) {
                if (e.cameo() == null) {
                    continue;
                }
                String key = dyad(e);
                List<String> lacking = new ArrayList<>();
                for (int b = 0; b < langs.size(); b++) {
                    if (!found.get(b).contains(key)) {
                        lacking.add(langs.get(b));
                    }
                }
                d.append("\n    ").append(key).append(lacking.isEmpty() ? "  (all)" : "  (not in " + String.join(",", lacking) + ")")
                        .append(" ").append(e.modality()).append(" \"").append(e.trigger().text()).append("\" ")
                        .append(texts(e.source())).append(" > ").append(texts(e.target()))
                        .append("\n      s").append(e.sentence()).append(": ")
                        .append(e.evidence().of(text).replace('\n', ' '));
            }
        }
        return d.toString();
    }

    private static String texts(List<Participant> ps) {
        return ps.stream().map(p -> p.text() + "=" + SentenceArticles.cameoCountry(p)).toList().toString();
    }

    /** A document in one language: its first line the title, the rest the body, one paragraph a line. */
    static Article article(Doc doc, String lang, LocalDate date) {
        List<String> lines = doc.lines().get(lang);
        String title = lines.get(0).strip();
        String text = title + "\n\n" + String.join("\n\n", lines.subList(1, lines.size()).stream()
                .map(String::strip).toList());
        List<Section> sections = new ArrayList<>();
        sections.add(new Section(Section.Kind.TITLE, new Span(0, title.length())));
        if (text.length() > title.length() + 2) {
            sections.add(new Section(Section.Kind.BODY, new Span(title.length() + 2, text.length())));
        }
        return new Article(doc.id() + "." + lang, null, null, lang, date, text, sections, doc.id());
    }

    /** Each asserted, planned or possible event as "root SOURCES>TARGETS" in country codes. */
    static TreeSet<String> keys(Document d) {
        TreeSet<String> out = new TreeSet<>();
        for (Event e : d.events()) {
            String key = key(e);
            if (key != null) {
                out.add(key);
            }
        }
        return out;
    }

    /** An asserted, planned or possible event's key, or null for an uncoded or negated one. */
    private static String key(Event e) {
        return e.cameo() == null || e.modality() == Modality.NEGATED ? null : dyad(e);
    }

    /** A coded event as "root SOURCES>TARGETS", whatever its modality. */
    private static String dyad(Event e) {
        return e.cameo().substring(0, 2) + " " + countries(e.source()) + ">" + countries(e.target());
    }

    private static String countries(List<Participant> ps) {
        TreeSet<String> out = new TreeSet<>();
        for (Participant p : ps) {
            out.add(SentenceArticles.cameoCountry(p));
        }
        return String.join(",", out);
    }

    private static TreeSet<String> roots(TreeSet<String> keys) {
        TreeSet<String> out = new TreeSet<>();
        keys.forEach(k -> out.add(k.substring(0, 2)));
        return out;
    }
}
