package org.marsad.write;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.marsad.events.EventDay;
import org.marsad.events.EventKey;
import org.marsad.model.Article;
import org.marsad.model.Document;
import org.marsad.model.Event;
import org.marsad.model.Participant;

/**
 * A document's events as CSV rows (RFC 4180): one row per event, every event whatever its modality,
 * the columns of {@link #COLUMNS}. A field holding a comma, a quote or a line break is quoted, its
 * quotes doubled; the source and target lists are joined with {@code ;}.
 */
public final class CsvRows {
    public static final List<String> COLUMNS = List.of("id", "article", "url", "published", "date", "lang",
            "cameo", "cameo_root", "plover_type", "quad_class", "goldstein", "source_actors", "source_sectors",
            "source_names", "target_actors", "target_sectors", "target_names", "modality", "attribution", "place",
            "place_country", "lat", "lon", "time_value", "key", "evidence", "summary_en");
    /** RFC 4180 ends records with CRLF. */
    public static final String EOL = "\r\n";

    private CsvRows() {
    }

    /** The header line, without its line end. */
    public static String header() {
        return line(COLUMNS);
    }

    /** The document's rows, in event order, without line ends. */
    public static List<String> of(Document doc) {
        Article a = doc.article();
        MentionNames names = new MentionNames(doc);
        List<String> rows = new ArrayList<>();
        for (Event e : doc.events()) {
            LocalDate day = EventDay.of(e, a.published());
            List<String> v = new ArrayList<>(COLUMNS.size());
            v.add(a.id() + "-" + e.id());
            v.add(a.id());
            v.add(a.url());
            v.add(a.published() == null ? null : a.published().toString());
            v.add(day == null ? null : day.toString());
            v.add(a.lang());
            v.add(e.cameo());
            v.add(e.cameo() == null ? null : e.cameo().substring(0, 2));
            v.add(e.plover() == null ? null : e.plover().type());
            v.add(Integer.toString(e.quad()));
            v.add(Double.toString(e.goldstein()));
            actors(v, e.source(), names);
            actors(v, e.target(), names);
            v.add(e.modality().code());
            v.add(e.attribution() == null ? null : name(e.attribution(), names));
            v.add(e.place() == null ? null : e.place().text());
            v.add(e.place() == null ? null : e.place().country());
            v.add(e.place() == null || e.place().lat() == null ? null : e.place().lat().toString());
            v.add(e.place() == null || e.place().lon() == null ? null : e.place().lon().toString());
            v.add(e.time() == null ? null : e.time().value());
            v.add(EventKey.of(e, a.published()));
            v.add(e.evidence().of(a.text()));
            v.add(e.summary().get("en"));
            rows.add(line(v));
        }
        return rows;
    }

    /** Codes, sectors and names of a participant list, each list joined with ';'. */
    private static void actors(List<String> v, List<Participant> ps, MentionNames names) {
        v.add(joined(ps, p -> p.actor().code()));
        v.add(joined(ps, p -> p.actor().sector()));
        v.add(joined(ps, p -> name(p, names)));
    }

    private static String joined(List<Participant> ps, Function<Participant, String> f) {
        List<String> parts = new ArrayList<>();
        for (Participant p : ps) {
            String s = f.apply(p);
            parts.add(s == null ? "" : s);
        }
        return String.join(";", parts);
    }

    /** The English name of the participant's entity, else its words as written. */
    private static String name(Participant p, MentionNames names) {
        String english = names.english(p);
        return english != null ? english : p.text();
    }

    private static String line(List<String> values) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(field(values.get(i)));
        }
        return sb.toString();
    }

    /** A field as RFC 4180 writes it; null is the empty field. */
    static String field(String value) {
        if (value == null) {
            return "";
        }
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
