package org.marsad.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Sentences judged for one event type, as the Arabic event detection sets write them
 * (protest_gsr.csv, assault_gsr.csv): a CSV with a header row naming at least the columns
 * {@code id}, {@code event_type} (PROTEST, ASSAULT), {@code label} ({@code yes}, {@code easy no},
 * {@code difficult no}, {@code ambiguous}) and {@code text}.
 */
public final class DetectionRecords {
    public static final String YES = "yes";
    public static final String EASY_NO = "easy no";
    public static final String DIFFICULT_NO = "difficult no";
    public static final String AMBIGUOUS = "ambiguous";

    /** One judged sentence. */
    public record Record(String id, String eventType, String label, String text) {
    }

    private DetectionRecords() {
    }

    /** The records; a missing column or a row of the wrong width is an error naming its line. */
    public static List<Record> parse(String csv) {
        List<List<String>> rows = Csv.parse(csv);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("empty CSV");
        }
        List<String> header = rows.get(0);
        int id = column(header, "id");
        int type = column(header, "event_type");
        int label = column(header, "label");
        int text = column(header, "text");
        List<Record> out = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (row.size() == 1 && row.get(0).isBlank()) {
                continue;
            }
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("record " + i + ": " + row.size() + " fields, the header has "
                        + header.size());
            }
            out.add(new Record(row.get(id), row.get(type).strip(), row.get(label).strip(), row.get(text)));
        }
        return out;
    }

    private static int column(List<String> header, String name) {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no column '" + name + "' in the header " + header);
        }
        return i;
    }
}
