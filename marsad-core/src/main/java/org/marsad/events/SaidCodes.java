package org.marsad.events;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.marsad.data.DataFile;

/**
 * How what a saying asks, promises or demands makes its CAMEO code precise (docs/DATA-FORMATS.md,
 * "events/said.tsv"): an appeal (020) to release prisoners (0841) is an appeal for release (0253).
 * CAMEO's appeals, intents and demands mirror the acts they name, so the table holds no language.
 */
final class SaidCodes {
    static final String RESOURCE = "events/said.tsv";

    private final Map<String, String> byPair;

    private SaidCodes(Map<String, String> byPair) {
        this.byPair = byPair;
    }

    /** Loaded on first use and shared: the table never changes while Marsad runs. */
    private static final class Bundled {
        static final SaidCodes TABLE = from(DataFile.resource(RESOURCE));
    }

    static SaidCodes bundled() {
        return Bundled.TABLE;
    }

    static SaidCodes from(List<DataFile.Row> rows) {
        Map<String, String> out = new HashMap<>();
        for (DataFile.Row row : rows) {
            if (row.size() != 3) {
                throw row.error("expected saying, content and code, found " + row.size() + " columns");
            }
            if (out.putIfAbsent(row.get(0) + "/" + row.get(1), row.get(2)) != null) {
                throw row.error("pair " + row.get(0) + " " + row.get(1) + " listed twice");
            }
        }
        return new SaidCodes(out);
    }

    /**
     * The code of a saying whose content has the given code: the row for the content's longest
     * code prefix (0841, else 084, else 08), or the saying's own code.
     */
    String of(String saying, String content) {
        for (int n = content.length(); n >= 2; n--) {
            String r = byPair.get(saying + "/" + content.substring(0, n));
            if (r != null) {
                return r;
            }
        }
        return saying;
    }
}
