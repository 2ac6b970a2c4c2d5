package org.marsad.time;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.marsad.data.DataFile;

/**
 * One token pattern of the time grammar, e.g. {@code MOD? MONTH DIR?} or {@code (في|منذ) YEAR ERA?}.
 * Elements are matched left to right; {@code ?} makes one optional, {@code a|B} lists
 * alternatives, {@code (…)} marks context that must be there but stays outside the extent.
 *
 * @param priority position in the grammar: among equally long matches the earlier rule wins
 */
record Rule(int priority, List<Element> elements) {

    record Element(List<Alt> alts, boolean optional, boolean context) {
    }

    /**
     * A category, possibly restricted to one value ({@code UNIT=Y} matches Y, Y:2 and Y:n;
     * {@code DIR=0}) or to one count ({@code UNIT=:n}, plurals), or a literal word.
     */
    record Alt(String category, String value, String literal) {
        boolean accepts(String edgeValue) {
            if (value == null) {
                return true;
            }
            return value.startsWith(":") ? edgeValue.endsWith(value)
                    : edgeValue.equals(value) || edgeValue.startsWith(value + ":");
        }
    }

    static Rule parse(DataFile.Row row, int priority, Function<String, List<String>> tokenise) {
        String pattern = row.get(1);
        List<Element> elements = new ArrayList<>();
        for (String part : pattern.trim().split("\\s+")) {
            if (part.isEmpty()) {
                continue;
            }
            elements.add(element(row, part, tokenise));
        }
        int first = 0;
        while (first < elements.size() && elements.get(first).context()) {
            first++;
        }
        int last = elements.size();
        while (last > first && elements.get(last - 1).context()) {
            last--;
        }
        if (first == last) {
            throw row.error("rule needs at least one element outside context brackets: " + pattern);
        }
        for (int i = first; i < last; i++) {
            if (elements.get(i).context()) {
                throw row.error("context brackets only at the start or end of a rule: " + pattern);
            }
        }
        return new Rule(priority, List.copyOf(elements));
    }

    private static Element element(DataFile.Row row, String part, Function<String, List<String>> tokenise) {
        boolean optional = part.length() > 1 && part.endsWith("?");
        String body = optional ? part.substring(0, part.length() - 1) : part;
        boolean context = body.length() > 2 && body.startsWith("(") && body.endsWith(")");
        if (context) {
            if (optional) {
                throw row.error("context cannot be optional: " + part);
            }
            body = body.substring(1, body.length() - 1);
        }
        List<Alt> alts = new ArrayList<>();
        for (String alt : body.split("\\|")) {
            if (alt.isEmpty()) {
                throw row.error("empty alternative in " + part);
            }
            int eq = alt.indexOf('=');
            String name = eq > 0 ? alt.substring(0, eq) : alt;
            if (Category.isName(name)) {
                alts.add(new Alt(name, eq > 0 ? alt.substring(eq + 1) : null, null));
            } else {
                List<String> tokens = tokenise.apply(alt);
                if (tokens.size() != 1) {
                    throw row.error("a literal in a rule must be one token: " + alt);
                }
                alts.add(new Alt(null, null, tokens.get(0)));
            }
        }
        return new Element(List.copyOf(alts), optional, context);
    }
}
