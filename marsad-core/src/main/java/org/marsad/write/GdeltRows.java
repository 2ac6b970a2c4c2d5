package org.marsad.write;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.marsad.events.EventDay;
import org.marsad.model.Article;
import org.marsad.model.Document;
import org.marsad.model.Event;
import org.marsad.model.Modality;
import org.marsad.model.Participant;
import org.marsad.model.Section;
import org.marsad.model.Span;

/**
 * A document's events as rows of the GDELT 2.0 event table: 61 tab-separated columns in GDELT's
 * order, columns Marsad has nothing for left empty. Like CAMEO coders, a compound event becomes one
 * row per pair of source and target actors. Events without a CAMEO code and negated events (the
 * table has no column to say an event did not happen) get no row.
 */
public final class GdeltRows {
    /** The columns of the GDELT 2.0 event table, in file order. */
    public static final List<String> COLUMNS = List.of(
            "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
            "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
            "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
            "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
            "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
            "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
            "NumMentions", "NumSources", "NumArticles", "AvgTone",
            "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
            "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
            "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
            "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
            "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
            "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
            "DATEADDED", "SOURCEURL");

    /** GDELT's geographic resolutions: a country, a city outside the United States. */
    private static final String GEO_COUNTRY = "1";
    private static final String GEO_WORLD_CITY = "4";
    private static final DateTimeFormatter SQLDATE = DateTimeFormatter.BASIC_ISO_DATE;

    private GdeltRows() {
    }

    /** The document's rows, in event order, without line ends. */
    public static List<String> of(Document doc) {
        Article a = doc.article();
        MentionNames names = new MentionNames(doc);
        Span lead = lead(a);
        List<String> rows = new ArrayList<>();
        for (Event e : doc.events()) {
            if (e.cameo() == null || e.modality() == Modality.NEGATED) {
                continue;
            }
            List<Participant> sources = distinct(e.source());
            List<Participant> targets = distinct(e.target());
            int pair = 0;
            for (Participant s : sources) {
                for (Participant t : targets) {
                    Map<String, String> row = new HashMap<>();
                    row.put("GLOBALEVENTID", id(a.id() + "|" + e.id() + "|" + pair++));
                    date(row, EventDay.of(e, a.published()));
                    actor(row, "Actor1", s, names);
                    actor(row, "Actor2", t, names);
                    boolean root = a.sections().stream().anyMatch(x -> x.kind() == Section.Kind.TITLE
                            && x.span().overlaps(e.evidence())) || (lead != null && lead.overlaps(e.evidence()));
                    row.put("IsRootEvent", root ? "1" : "0");
                    row.put("EventCode", e.cameo());
                    row.put("EventBaseCode", e.cameo().substring(0, Math.min(3, e.cameo().length())));
                    row.put("EventRootCode", e.cameo().substring(0, 2));
                    row.put("QuadClass", Integer.toString(e.quad()));
                    row.put("GoldsteinScale", number(e.goldstein()));
                    row.put("NumMentions", "1");
                    row.put("NumSources", "1");
                    row.put("NumArticles", "1");
                    place(row, e.place(), names);
                    if (a.published() != null) {
                        row.put("DATEADDED", a.published().format(SQLDATE) + "000000");
                    }
                    row.put("SOURCEURL", a.url() != null ? a.url() : a.id());
                    rows.add(line(row));
                }
            }
        }
        return rows;
    }

    /** The first body paragraph: events told there are the article's root events. */
    private static Span lead(Article a) {
        for (Section s : a.sections()) {
            if (s.kind() == Section.Kind.BODY) {
                return s.span();
            }
        }
        return null;
    }

    /**
     * Participants with distinct actors (two mentions of one state make one row, not two); a lone null
     * when there are none, for a row with that actor's columns empty.
     */
    private static List<Participant> distinct(List<Participant> ps) {
        Set<String> seen = new LinkedHashSet<>();
        List<Participant> out = new ArrayList<>();
        for (Participant p : ps) {
            if (seen.add(p.actor().code() + "/" + p.actor().sector())) {
                out.add(p);
            }
        }
        if (out.isEmpty()) {
            out.add(null);
        }
        return out;
    }

    private static void date(Map<String, String> row, LocalDate day) {
        if (day == null) {
            return;
        }
        row.put("SQLDATE", day.format(SQLDATE));
        row.put("MonthYear", String.format(Locale.ROOT, "%04d%02d", day.getYear(), day.getMonthValue()));
        row.put("Year", Integer.toString(day.getYear()));
        // GDELT's own formula for the fraction of the year: (MONTH * 30 + DAY) / 365
        double fraction = day.getYear() + (day.getMonthValue() * 30 + day.getDayOfMonth()) / 365.0;
        row.put("FractionDate", String.format(Locale.ROOT, "%.4f", fraction));
    }

    private static void actor(Map<String, String> row, String prefix, Participant p, MentionNames names) {
        if (p == null) {
            return;
        }
        row.put(prefix + "Code", ActorCodes.cameo(p.actor()));
        String english = names.english(p);
        row.put(prefix + "Name", english != null ? english.toUpperCase(Locale.ROOT) : p.text());
        String country = ActorCodes.country(p.actor());
        if (country != null) {
            row.put(prefix + "CountryCode", country);
        } else {
            row.put(prefix + "KnownGroupCode", p.actor().code());
        }
        if (p.actor().sector() != null) {
            row.put(prefix + "Type1Code", p.actor().sector());
        }
    }

    /** ActionGeo from the event's place; the name is the place mention's English name where known. */
    private static void place(Map<String, String> row, Event.Place place, MentionNames names) {
        if (place == null) {
            return;
        }
        String name = names.englishAt(place.span()) != null ? names.englishAt(place.span()) : place.text();
        row.put("ActionGeo_Type", place.lat() != null ? GEO_WORLD_CITY : GEO_COUNTRY);
        row.put("ActionGeo_FullName", name);
        row.put("ActionGeo_CountryCode", place.country());
        if (place.lat() != null) {
            row.put("ActionGeo_Lat", number(place.lat()));
            row.put("ActionGeo_Long", number(place.lon()));
        }
    }

    private static String line(Map<String, String> row) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < COLUMNS.size(); i++) {
            if (i > 0) {
                sb.append('\t');
            }
            String v = row.get(COLUMNS.get(i));
            if (v != null) {
                // a tab or line break inside a value would shift columns or rows
                sb.append(v.replaceAll("[\\t\\r\\n\\u2028\\u2029]+", " "));
            }
        }
        return sb.toString();
    }

    /** A number as written in GDELT files: plain decimal notation, no trailing zeros (3.5, -10, 51.18). */
    private static String number(double d) {
        BigDecimal b = BigDecimal.valueOf(d).stripTrailingZeros();
        return b.scale() < 0 ? b.setScale(0).toPlainString() : b.toPlainString();
    }

    /** A positive 63-bit integer from SHA-256: GDELT's ids are integers. */
    private static String id(String s) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = (v << 8) | (h[i] & 0xff);
            }
            return Long.toString(v & Long.MAX_VALUE);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
