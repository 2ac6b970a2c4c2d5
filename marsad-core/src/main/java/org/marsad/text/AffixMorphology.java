package org.marsad.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.marsad.data.DataFile;
import org.marsad.model.Analysis;

/**
 * Readings made by taking listed prefixes and suffixes off a word, as an affix table
 * ({@code lang/XX/affixes.tsv}) says: rows {@code prefix<TAB>FORM}, {@code suffix<TAB>FORM} and
 * {@code min-stem<TAB>N}, {@code verb-prefix<TAB>FORM[<TAB>STEM]} for prefixes only verbs take (their readings
 * are never names: سمكة is not س + مكة), taken off only where what is left matches the regular expression
 * STEM (the future س comes before a present tense's person prefix: سيزور, not سلسلة), {@code suffix<TAB>FORM<TAB>STEM}
 * for a suffix taken off only where what is left matches STEM (إسرائيليتين → إسرائيلي, not بوتين → بو), and {@code clitic<TAB>FORM} for prefixes that are words of their own
 * (a conjunction or preposition, not the article). Used for Arabic clitics (و ف ب ل ك ال, pronoun suffixes) so that
 * وباكستان and لروسيا reach باكستان and روسيا. Every word is also lower-cased.
 */
public final class AffixMorphology implements Morphology {
    private final List<String> prefixes;
    private final List<String> suffixes;
    private final int minStem;
    private final Set<String> clitics;
    /**
     * Prefixes only verbs take (the future س), with the form a verb's stem has after them: readings with
     * them are marked verb-only.
     */
    private final Map<String, Pattern> verbPrefixes;
    /** Suffixes taken off only where what is left has this form (the feminine dual تين after a nisba's ي). */
    private final Map<String, Pattern> suffixStems;

    public AffixMorphology(List<String> prefixes, List<String> suffixes, int minStem, Set<String> clitics,
                           Map<String, Pattern> verbPrefixes, Map<String, Pattern> suffixStems) {
        this.prefixes = List.copyOf(prefixes);
        this.suffixes = List.copyOf(suffixes);
        this.minStem = minStem;
        this.clitics = Set.copyOf(clitics);
        this.verbPrefixes = Map.copyOf(verbPrefixes);
        this.suffixStems = Map.copyOf(suffixStems);
    }

    public static AffixMorphology load(List<DataFile.Row> rows) {
        List<String> prefixes = new ArrayList<>();
        List<String> suffixes = new ArrayList<>();
        int minStem = 2;
        Set<String> clitics = new java.util.HashSet<>();
        Map<String, Pattern> verbPrefixes = new HashMap<>();
        Map<String, Pattern> suffixStems = new HashMap<>();
        for (DataFile.Row row : rows) {
            switch (row.get(0)) {
                case "prefix" -> prefixes.add(row.get(1));
                case "verb-prefix" -> {
                    prefixes.add(row.get(1));
                    verbPrefixes.put(row.get(1), row.size() > 2 ? stemPattern(row) : Pattern.compile(".*"));
                }
                case "suffix" -> {
                    suffixes.add(row.get(1));
                    if (row.size() > 2) {
                        suffixStems.put(row.get(1), stemPattern(row));
                    }
                }
                case "clitic" -> clitics.add(row.get(1));
                case "min-stem" -> {
                    try {
                        minStem = Integer.parseInt(row.get(1));
                    } catch (NumberFormatException e) {
                        throw row.error("min-stem needs a number");
                    }
                }
                default -> throw row.error("unknown affix row kind '" + row.get(0) + "'");
            }
        }
        return new AffixMorphology(prefixes, suffixes, minStem, clitics, verbPrefixes, suffixStems);
    }

    private static Pattern stemPattern(DataFile.Row row) {
        try {
            return Pattern.compile(row.get(2));
        } catch (PatternSyntaxException e) {
            throw row.error("bad stem pattern: " + e.getDescription());
        }
    }

    @Override
    public List<Analysis> analyse(String norm) {
        String word = norm.toLowerCase(Locale.ROOT);
        List<Analysis> out = new ArrayList<>();
        out.add(Analysis.whole(word));
        Set<String> seen = new LinkedHashSet<>();
        seen.add(word + "||");
        for (String p : withEmpty(prefixes)) {
            if (!word.startsWith(p)) {
                continue;
            }
            for (String s : withEmpty(suffixes)) {
                if (p.isEmpty() && s.isEmpty()) {
                    continue;
                }
                int stemLength = word.length() - p.length() - s.length();
                if (stemLength < minStem || !word.endsWith(s)) {
                    continue;
                }
                String stem = word.substring(p.length(), word.length() - s.length());
                Pattern verbStem = verbPrefixes.get(p);
                Pattern suffixStem = suffixStems.get(s);
                if (verbStem != null && !verbStem.matcher(stem).matches()
                        || suffixStem != null && !suffixStem.matcher(stem).matches()) {
                    continue;
                }
                if (seen.add(stem + "|" + p + "|" + s)) {
                    out.add(new Analysis(stem, p, s, verbStem != null ? Analysis.VERB_ONLY : ""));
                }
            }
        }
        return out;
    }

    @Override
    public String detachable(String prefix) {
        String best = "";
        for (String c : clitics) {
            if (c.length() > best.length() && prefix.startsWith(c)) {
                String rest = prefix.substring(c.length());
                if (rest.isEmpty() || (prefixes.contains(rest) && !clitics.contains(rest))) {
                    best = c;
                }
            }
        }
        return best;
    }

    private static List<String> withEmpty(List<String> affixes) {
        List<String> all = new ArrayList<>(affixes.size() + 1);
        all.add("");
        all.addAll(affixes);
        return all;
    }
}
