package org.marsad.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.marsad.data.DataFile;
import org.marsad.model.Token;
import org.marsad.text.Inflections;
import org.marsad.text.LanguagePack;
import org.marsad.text.WordSet;

/**
 * Words that make a state or nationality into one of its organisations (وزارة الخارجية المصرية,
 * Министерство обороны России, the Egyptian Foreign Ministry), read from
 * {@code lang/XX/org-heads.tsv}: rows {@code before|before-adjective|after<TAB>words<TAB>sector}, and
 * {@code clitics<TAB>prefixes} that a {@code before} head may carry (without it, any reading counts), and
 * {@code adjective-names<TAB>names} of states spelt like their nationality adjective, where the
 * position says on which side of the state's name the words stand; a {@code before-adjective} head
 * takes a nationality adjective only (الحكومة المصرية), not a state's name, which after it is
 * something else: انتقدت الحكومة إسرائيل, the government criticised Israel. Heads of sector {@link #PLACE}
 * make a place of the state, not an organisation (المدن المصرية, Egyptian cities, египетские города).
 */
public final class OrganisationHeads {
    /** The sector of heads that make a nationality into a place of its state (العاصمة السورية, Egyptian cities). */
    public static final String PLACE = "place";
    private static final Map<String, OrganisationHeads> HEADS = new ConcurrentHashMap<>();
    private static final int LONGEST = 4;

    record Head(WordSet words, boolean before, boolean adjectiveOnly, String sector) {
    }

    /** A head found next to a name: the tokens it covers and the sector it gives. */
    record Found(int start, int end, String sector, String clitic) {
    }

    private final List<Head> heads;
    /** States' names spelt like their nationality adjective (السعودية): after a head they are that adjective. */
    private final WordSet adjectiveNames;

    private OrganisationHeads(List<Head> heads, WordSet adjectiveNames) {
        this.heads = List.copyOf(heads);
        this.adjectiveNames = adjectiveNames;
    }

    public static OrganisationHeads of(LanguagePack pack) {
        return HEADS.computeIfAbsent(pack.code(), code -> load(pack));
    }

    private static OrganisationHeads load(LanguagePack pack) {
        List<Head> heads = new ArrayList<>();
        List<DataFile.Row> rows = DataFile.resource("lang/" + pack.code() + "/org-heads.tsv", false);
        // the clitics a head before a state's name may carry: not the article (الحكومة is no حكومة of a name)
        java.util.Set<String> clitics = null;
        StringBuilder adjectiveNames = new StringBuilder();
        for (DataFile.Row row : rows) {
            if (row.get(0).equals("clitics")) {
                clitics = java.util.Set.copyOf(DataFile.values(row.get(1)));
            } else if (row.get(0).equals("adjective-names")) {
                adjectiveNames.append(adjectiveNames.length() == 0 ? "" : "|").append(row.get(1));
            }
        }
        for (DataFile.Row row : rows) {
            String position = row.get(0);
            if (position.equals("clitics") || position.equals("adjective-names")) {
                continue;
            }
            if (!position.equals("before") && !position.equals("before-adjective") && !position.equals("after")) {
                throw row.error("position must be before, before-adjective or after, not '" + position + "'");
            }
            java.util.Set<String> prefixes = position.equals("before") ? clitics : null;
            heads.add(new Head(WordSet.parse(row.get(1), pack, Inflections.NONE, prefixes), !position.equals("after"),
                    position.equals("before-adjective"), row.get(2)));
        }
        return new OrganisationHeads(heads, WordSet.parse(adjectiveNames.toString(), pack, Inflections.NONE));
    }

    /** True when tokens [start, end) are a state's name spelt like its nationality adjective (السعودية). */
    public boolean adjectiveName(List<Token> tokens, int start, int end) {
        return adjectiveNames.matchAt(tokens, start) == end - start;
    }

    /** A head found at a token: its sector and how many tokens it takes. */
    record HeadAt(String sector, int length) {
    }

    /** The longest head that starts at token i (وزارة الداخلية, Interior Ministry), or null. */
    HeadAt headAt(List<Token> tokens, int i) {
        HeadAt best = null;
        for (Head h : heads) {
            int len = h.words().matchAt(tokens, i);
            if (len > (best == null ? 0 : best.length())) {
                best = new HeadAt(h.sector(), len);
            }
        }
        return best;
    }

    /**
     * The longest head next to tokens [start, end) that stays within [from, to), or null; {@code adjective}
     * when those tokens are a nationality adjective, not a state's name.
     */
    Found around(List<Token> tokens, int start, int end, int from, int to, boolean adjective) {
        Found best = null;
        int bestLength = 0;
        boolean asAdjective = adjective || adjectiveName(tokens, start, end);
        for (Head h : heads) {
            if (h.adjectiveOnly() && !asAdjective) {
                continue;
            }
            if (h.before()) {
                for (int len = Math.min(LONGEST, start - from); len > bestLength; len--) {
                    if (h.words().matchAt(tokens, start - len) == len) {
                        best = new Found(start - len, end, h.sector(), h.words().prefixAt(tokens, start - len));
                        bestLength = len;
                        break;
                    }
                }
            } else if (end < to) {
                int len = h.words().matchAt(tokens, end);
                if (len > bestLength && end + len <= to) {
                    best = new Found(start, end + len, h.sector(), "");
                    bestLength = len;
                }
            }
        }
        return best;
    }
}
