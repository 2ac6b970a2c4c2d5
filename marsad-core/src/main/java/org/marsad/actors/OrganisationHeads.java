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
 * {@code lang/XX/org-heads.tsv}: rows {@code before|after<TAB>words<TAB>sector}, where the
 * position says on which side of the state's name the words stand.
 */
final class OrganisationHeads {
    private static final Map<String, OrganisationHeads> HEADS = new ConcurrentHashMap<>();
    private static final int LONGEST = 4;

    record Head(WordSet words, boolean before, String sector) {
    }

    /** A head found next to a name: the tokens it covers and the sector it gives. */
    record Found(int start, int end, String sector, String clitic) {
    }

    private final List<Head> heads;

    private OrganisationHeads(List<Head> heads) {
        this.heads = List.copyOf(heads);
    }

    static OrganisationHeads of(LanguagePack pack) {
        return HEADS.computeIfAbsent(pack.code(), code -> load(pack));
    }

    private static OrganisationHeads load(LanguagePack pack) {
        List<Head> heads = new ArrayList<>();
        for (DataFile.Row row : DataFile.resource("lang/" + pack.code() + "/org-heads.tsv", false)) {
            String position = row.get(0);
            if (!position.equals("before") && !position.equals("after")) {
                throw row.error("position must be before or after, not '" + position + "'");
            }
            heads.add(new Head(WordSet.parse(row.get(1), pack, Inflections.NONE), position.equals("before"), row.get(2)));
        }
        return new OrganisationHeads(heads);
    }

    /** The longest head next to tokens [start, end) that stays within [from, to), or null. */
    Found around(List<Token> tokens, int start, int end, int from, int to) {
        Found best = null;
        int bestLength = 0;
        for (Head h : heads) {
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
