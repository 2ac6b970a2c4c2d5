package org.marsad.events;

import java.util.List;

/**
 * One CAMEO event code with what the field attaches to it (see docs/DATA-FORMATS.md, "events/cameo.tsv").
 *
 * @param code          two to four digits, leading zeros kept ("057", "0311")
 * @param name          English name from the CAMEO codebook
 * @param goldstein     Goldstein conflict-cooperation score, -10 to +10, as GDELT uses it
 * @param quad          GDELT QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict,
 *                      4 material conflict
 * @param ploverType    PLOVER event type ("SUPPORT"), or null where PLOVER drops the code (roots 01, 02)
 * @param ploverMode    PLOVER mode ("visit"), or null
 * @param ploverContext PLOVER contexts ("diplomatic"), possibly empty
 */
public record CameoCode(String code, String name, double goldstein, int quad, String ploverType, String ploverMode,
                        List<String> ploverContext) {

    public CameoCode {
        ploverContext = List.copyOf(ploverContext);
    }

    /** The two-digit cue category the code belongs to ("05" for "057"). */
    public String root() {
        return code.substring(0, 2);
    }
}
