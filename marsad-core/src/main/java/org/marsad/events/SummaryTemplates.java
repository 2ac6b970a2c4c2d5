package org.marsad.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.marsad.data.DataFile;

/**
 * One-line event summaries from per-language templates (docs/DATA-FORMATS.md, "events/summaries.tsv").
 * A template names the actors with {@code {source}}, {@code {target}} and {@code {time}}; a part in
 * square brackets is kept only when every placeholder inside it has a value, so "[ to {target}]"
 * disappears for an event without a target. A placeholder outside brackets with no value shows as "…".
 */
public final class SummaryTemplates {
    static final String RESOURCE = "events/summaries.tsv";
    static final List<String> COLUMNS = List.of("code", "lang", "template");
    static final Set<String> PLACEHOLDERS = Set.of("source", "target", "time");
    static final String MISSING = "…";
    private static final Pattern CODE = Pattern.compile("\\d{2,4}");
    private static final Pattern LANG = Pattern.compile("[a-z]{2,3}");

    /** Templates by language, then by CAMEO code. */
    private final Map<String, Map<String, List<Part>>> byLang;

    private SummaryTemplates(Map<String, Map<String, List<Part>>> byLang) {
        this.byLang = byLang;
    }

    private static final class Bundled {
        static final SummaryTemplates TEMPLATES = from(DataFile.resource(RESOURCE));
    }

    /** The templates bundled with Marsad. */
    public static SummaryTemplates bundled() {
        return Bundled.TEMPLATES;
    }

    /** Templates from rows in the summaries.tsv format: a header row, then code, language and template. */
    public static SummaryTemplates from(List<DataFile.Row> rows) {
        if (rows.isEmpty() || !rows.get(0).fields().equals(COLUMNS)) {
            String where = rows.isEmpty() ? RESOURCE + ": empty table" : rows.get(0).file() + ":" + rows.get(0).line();
            throw new DataFile.DataException(where + ": header must be: " + String.join("<TAB>", COLUMNS));
        }
        Map<String, Map<String, List<Part>>> byLang = new HashMap<>();
        for (DataFile.Row row : rows.subList(1, rows.size())) {
            if (row.size() != COLUMNS.size()) {
                throw row.error("expected " + COLUMNS.size() + " tab-separated columns, found " + row.size());
            }
            if (!CODE.matcher(row.get(0)).matches()) {
                throw row.error("code must be 2 to 4 digits, not '" + row.get(0) + "'");
            }
            if (!LANG.matcher(row.get(1)).matches()) {
                throw row.error("lang must be a lower-case language code, not '" + row.get(1) + "'");
            }
            List<Part> template = compile(row);
            if (byLang.computeIfAbsent(row.get(1), l -> new HashMap<>()).putIfAbsent(row.get(0), template) != null) {
                throw row.error("second template for " + row.get(0) + " in " + row.get(1));
            }
        }
        Map<String, Map<String, List<Part>>> frozen = new HashMap<>();
        byLang.forEach((lang, templates) -> frozen.put(lang, Map.copyOf(templates)));
        return new SummaryTemplates(Map.copyOf(frozen));
    }

    /**
     * The summary of an event coded {@code cameo}, in {@code lang}, using the template of the code or, when
     * it has none, of its nearest parent ("0571" → "057" → "05"). Actor names and the time text come
     * in that language from the caller; null or blank means none.
     *
     * @throws IllegalArgumentException when neither the code nor any parent has a template in {@code lang}
     */
    public String render(String cameo, String lang, String source, String target, String timeText) {
        Map<String, List<Part>> templates = byLang.get(lang);
        if (templates == null) {
            throw new IllegalArgumentException("no summary templates for language '" + lang + "'");
        }
        if (cameo == null || !CODE.matcher(cameo).matches()) {
            throw new IllegalArgumentException("not a CAMEO code: '" + cameo + "'");
        }
        for (String code = cameo; code.length() >= 2; code = code.substring(0, code.length() - 1)) {
            List<Part> template = templates.get(code);
            if (template != null) {
                Map<String, String> values = new HashMap<>();
                put(values, "source", source);
                put(values, "target", target);
                put(values, "time", timeText);
                StringBuilder out = new StringBuilder();
                append(out, template, values);
                return out.toString();
            }
        }
        throw new IllegalArgumentException("no summary template for CAMEO code " + cameo + " or its root in '"
                + lang + "'");
    }

    private static void put(Map<String, String> values, String name, String value) {
        if (value != null && !value.isBlank()) {
            values.put(name, value.strip());
        }
    }

    private static void append(StringBuilder out, List<Part> parts, Map<String, String> values) {
        for (Part part : parts) {
            if (part instanceof Text t) {
                out.append(t.text());
            } else if (part instanceof Slot s) {
                out.append(values.getOrDefault(s.name(), MISSING));
            } else if (part instanceof Group g && g.slots().stream().allMatch(values::containsKey)) {
                append(out, g.parts(), values);
            }
        }
    }

    /** A template cut into literal text, placeholders and optional bracketed groups. */
    sealed interface Part permits Text, Slot, Group {
    }

    record Text(String text) implements Part {
    }

    record Slot(String name) implements Part {
    }

    record Group(List<Part> parts, List<String> slots) implements Part {
    }

    static List<Part> compile(DataFile.Row row) {
        String s = row.get(2);
        if (s.isEmpty()) {
            throw row.error("empty template");
        }
        List<Part> top = new ArrayList<>();
        List<Part> group = null;
        List<String> groupSlots = null;
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            List<Part> current = group != null ? group : top;
            switch (c) {
                case '[' -> {
                    if (group != null) {
                        throw row.error("brackets can't be nested: " + s);
                    }
                    flush(text, top);
                    group = new ArrayList<>();
                    groupSlots = new ArrayList<>();
                }
                case ']' -> {
                    if (group == null) {
                        throw row.error("']' without '[': " + s);
                    }
                    flush(text, group);
                    if (groupSlots.isEmpty()) {
                        throw row.error("a bracketed part must hold a placeholder: " + s);
                    }
                    top.add(new Group(List.copyOf(group), List.copyOf(groupSlots)));
                    group = null;
                }
                case '{' -> {
                    int end = s.indexOf('}', i);
                    String name = end < 0 ? "" : s.substring(i + 1, end);
                    if (!PLACEHOLDERS.contains(name)) {
                        throw row.error("placeholder must be {source}, {target} or {time}: " + s);
                    }
                    flush(text, current);
                    current.add(new Slot(name));
                    if (group != null) {
                        groupSlots.add(name);
                    }
                    i = end;
                }
                case '}' -> throw row.error("'}' without '{': " + s);
                default -> text.append(c);
            }
        }
        if (group != null) {
            throw row.error("'[' without ']': " + s);
        }
        flush(text, top);
        return List.copyOf(top);
    }

    private static void flush(StringBuilder text, List<Part> parts) {
        if (text.length() > 0) {
            parts.add(new Text(text.toString()));
            text.setLength(0);
        }
    }
}
