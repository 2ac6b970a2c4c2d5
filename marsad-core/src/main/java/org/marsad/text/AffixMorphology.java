package org.marsad.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.marsad.data.DataFile;
import org.marsad.model.Analysis;

/**
 * Readings made by taking listed prefixes and suffixes off a word, as an affix table
 * ({@code lang/XX/affixes.tsv}) says: rows {@code prefix<TAB>FORM}, {@code suffix<TAB>FORM} and
 * {@code min-stem<TAB>N}. Used for Arabic clitics (و ف ب ل ك ال, pronoun suffixes) so that
 * وباكستان and لروسيا reach باكستان and روسيا. Every word is also lower-cased.
 */
public final class AffixMorphology implements Morphology {
    private final List<String> prefixes;
    private final List<String> suffixes;
    private final int minStem;

    public AffixMorphology(List<String> prefixes, List<String> suffixes, int minStem) {
        this.prefixes = List.copyOf(prefixes);
        this.suffixes = List.copyOf(suffixes);
        this.minStem = minStem;
    }

    public static AffixMorphology load(List<DataFile.Row> rows) {
        List<String> prefixes = new ArrayList<>();
        List<String> suffixes = new ArrayList<>();
        int minStem = 2;
        for (DataFile.Row row : rows) {
            switch (row.get(0)) {
                case "prefix" -> prefixes.add(row.get(1));
                case "suffix" -> suffixes.add(row.get(1));
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
        return new AffixMorphology(prefixes, suffixes, minStem);
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
                if (seen.add(stem + "|" + p + "|" + s)) {
                    out.add(new Analysis(stem, p, s, ""));
                }
            }
        }
        return out;
    }

    private static List<String> withEmpty(List<String> affixes) {
        List<String> all = new ArrayList<>(affixes.size() + 1);
        all.add("");
        all.addAll(affixes);
        return all;
    }
}
