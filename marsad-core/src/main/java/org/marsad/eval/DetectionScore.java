package org.marsad.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.marsad.model.Article;
import org.marsad.model.Document;
import org.marsad.model.Event;
import org.marsad.model.Modality;

/**
 * Scores event detection against judged sentences (DetectionRecords): a sentence is detected when
 * the coder finds in it an event of the record's PLOVER type that it tells as happening or to happen:
 * not negated and not hypothetical (even if a million people demonstrated), which the annotators of
 * the Arabic sets reject. "yes" sentences should
 * be detected, "easy no" and "difficult no" sentences (a dissenting annotator said yes) should not;
 * "ambiguous" ones are counted but not scored.
 */
public final class DetectionScore {
    private static final List<String> LABELS = List.of(DetectionRecords.YES, DetectionRecords.EASY_NO,
            DetectionRecords.DIFFICULT_NO, DetectionRecords.AMBIGUOUS);

    /** Sentences and detections by label, and the detection figures. */
    public record Report(String types, Map<String, Integer> sentences, Map<String, Integer> detected,
                         Tally.Counts counts, List<String> differences) {
        public Report {
            differences = List.copyOf(differences);
        }

        /** Each "yes" sentence missed and each scored "no" sentence detected, with its label. */
        public String differencesText() {
            return String.join("\n", differences);
        }

        public int rejected(String label) {
            return sentences.getOrDefault(label, 0) - detected.getOrDefault(label, 0);
        }

        public String text() {
            List<String> lines = new ArrayList<>();
            lines.add(types + " detection: " + sentences.values().stream().mapToInt(Integer::intValue).sum()
                    + " sentences");
            for (Map.Entry<String, Integer> e : sentences.entrySet()) {
                lines.add(String.format(Locale.ROOT, "  %-13s %5d sentences, %4d detected%s", e.getKey(), e.getValue(),
                        detected.getOrDefault(e.getKey(), 0),
                        e.getKey().equals(DetectionRecords.AMBIGUOUS) ? " (not scored)" : ""));
            }
            lines.add("detection: " + counts.line());
            int difficult = sentences.getOrDefault(DetectionRecords.DIFFICULT_NO, 0);
            lines.add(String.format(Locale.ROOT, "difficult no rejected: %d/%d (%.1f%%)",
                    rejected(DetectionRecords.DIFFICULT_NO), difficult,
                    difficult == 0 ? 0 : 100.0 * rejected(DetectionRecords.DIFFICULT_NO) / difficult));
            return String.join("\n", lines);
        }
    }

    private DetectionScore() {
    }

    public static Report score(List<DetectionRecords.Record> records, Function<Article, Document> coder, String lang,
                               LocalDate date) {
        Map<String, Integer> sentences = new LinkedHashMap<>();
        Map<String, Integer> detected = new LinkedHashMap<>();
        for (String label : LABELS) {
            sentences.put(label, 0);
            detected.put(label, 0);
        }
        Tally tally = new Tally();
        List<String> types = new ArrayList<>();
        List<String> differences = new ArrayList<>();
        for (DetectionRecords.Record r : records) {
            if (!types.contains(r.eventType())) {
                types.add(r.eventType());
            }
            boolean found = detects(coder.apply(SentenceArticles.of(r.id(), r.text(), lang, date)), r.eventType());
            sentences.merge(r.label(), 1, Integer::sum);
            detected.merge(r.label(), found ? 1 : 0, Integer::sum);
            if (r.label().equals(DetectionRecords.YES)) {
                if (found) {
                    tally.truePositive(r.eventType());
                } else {
                    tally.falseNegative(r.eventType());
                    differences.add("missed " + r.id() + ": " + r.text());
                }
            } else if (found && !r.label().equals(DetectionRecords.AMBIGUOUS)) {
                tally.falsePositive(r.eventType());
                differences.add("wrong (" + r.label() + ") " + r.id() + ": " + r.text());
            }
        }
        return new Report(String.join("/", types), sentences, detected, tally.overall(), differences);
    }

    private static boolean detects(Document doc, String ploverType) {
        for (Event e : doc.events()) {
            if (e.modality() != Modality.NEGATED && e.modality() != Modality.HYPOTHETICAL && e.plover() != null
                    && ploverType.equals(e.plover().type())) {
                return true;
            }
        }
        return false;
    }
}
