package org.marsad.eval;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PETRARCH validation records: {@code <Sentence date="YYYYMMDD" id="...">} followed by
 * {@code <EventCoding eventcode="..." sourcecode="..." targetcode="..."/>} elements (or
 * {@code noevents="True"}, or {@code error="..."} for records that test the coder's errors) and the
 * sentence in {@code <Text>}. Read leniently, tag by tag, since the published files are not all
 * well-formed XML (PETR2_GSR_validation.xml has an unmarked comment block and closes its Sentence
 * tags before their codings); comments and parse trees are ignored.
 */
public final class PetrRecords {
    /** One gold coding: a CAMEO code and CAMEO actor codes (country first: ARNGOV, ---GOV for none). */
    public record Coding(String code, String source, String target) {
    }

    /** One sentence; {@code error} is the kind of coder error the record tests, or null. */
    public record Record(String id, LocalDate date, String text, List<Coding> codings, String error) {
        public Record {
            codings = List.copyOf(codings);
        }
    }

    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern ELEMENT = Pattern.compile(
            "<(Sentence|EventCoding)\\b([^>]*)>|<Text>(.*?)</Text>", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");

    private PetrRecords() {
    }

    public static List<Record> parse(String xml) {
        List<Record> out = new ArrayList<>();
        Builder current = null;
        Matcher m = ELEMENT.matcher(COMMENT.matcher(xml).replaceAll(""));
        while (m.find()) {
            if (m.group(3) != null) {
                if (current != null) {
                    current.text = unescape(m.group(3)).strip().replaceAll("\\s+", " ");
                }
                continue;
            }
            Map<String, String> attributes = attributes(m.group(2));
            if (m.group(1).equals("Sentence")) {
                if (current != null) {
                    out.add(current.build());
                }
                current = new Builder(attributes.getOrDefault("id", ""), date(attributes.get("date")));
            } else if (current != null) {
                if (attributes.containsKey("error")) {
                    current.error = attributes.get("error");
                } else if (attributes.containsKey("eventcode")) {
                    current.codings.add(new Coding(attributes.get("eventcode").strip(),
                            attributes.getOrDefault("sourcecode", "").strip(),
                            attributes.getOrDefault("targetcode", "").strip()));
                }
            }
        }
        if (current != null) {
            out.add(current.build());
        }
        return out;
    }

    private static final class Builder {
        final String id;
        final LocalDate date;
        final List<Coding> codings = new ArrayList<>();
        String text = "";
        String error;

        Builder(String id, LocalDate date) {
            this.id = id;
            this.date = date;
        }

        Record build() {
            return new Record(id, date, text, codings, error);
        }
    }

    private static Map<String, String> attributes(String s) {
        Map<String, String> out = new HashMap<>();
        Matcher m = ATTRIBUTE.matcher(s);
        while (m.find()) {
            out.put(m.group(1), unescape(m.group(2) != null ? m.group(2) : m.group(3)));
        }
        return out;
    }

    private static LocalDate date(String yyyymmdd) {
        if (yyyymmdd == null) {
            return null;
        }
        try {
            return LocalDate.parse(yyyymmdd.strip(), DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }
}
