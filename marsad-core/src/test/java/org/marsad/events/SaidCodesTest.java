package org.marsad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.marsad.data.DataFile;

class SaidCodesTest {
    private final SaidCodes said = SaidCodes.bundled();

    @Test
    void anAppealToReleaseIsAnAppealForRelease() {
        assertEquals("0253", said.of("020", "0841"));
        assertEquals("0254", said.of("020", "085"));
    }

    @Test
    void theLongestContentPrefixWins() {
        assertEquals("0332", said.of("030", "072"));
        assertEquals("033", said.of("030", "070"));
        assertEquals("1056", said.of("100", "0874"));
    }

    @Test
    void aSayingWithNoRowKeepsItsCode() {
        assertEquals("030", said.of("030", "190"));
        assertEquals("0253", said.of("0253", "0841"));
    }

    @Test
    void everyCodeInTheTableIsACameoCode() {
        CameoCodes codes = CameoCodes.bundled();
        for (DataFile.Row row : DataFile.resource(SaidCodes.RESOURCE)) {
            for (String code : row.fields()) {
                assertTrue(codes.get(code).isPresent(), row.file() + ":" + row.line() + ": no CAMEO code " + code);
            }
        }
    }

    @Test
    void aPairListedTwiceIsRefused() {
        List<DataFile.Row> rows = List.of(new DataFile.Row("t.tsv", 1, List.of("020", "084", "0253")),
                new DataFile.Row("t.tsv", 2, List.of("020", "084", "025")));
        assertThrows(DataFile.DataException.class, () -> SaidCodes.from(rows));
    }
}
