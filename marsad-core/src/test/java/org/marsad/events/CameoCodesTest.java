package org.marsad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.data.DataFile;

class CameoCodesTest {
    private final CameoCodes codes = CameoCodes.bundled();

    private CameoCode code(String code) {
        return codes.get(code).orElseThrow(() -> new AssertionError("missing " + code));
    }

    @Test
    void signingAnAgreementIsDiplomaticSupport() {
        CameoCode c = code("057");
        assertEquals("Sign formal agreement", c.name());
        assertEquals(8.0, c.goldstein());
        assertEquals(1, c.quad());
        assertEquals("SUPPORT", c.ploverType());
        assertNull(c.ploverMode());
        assertEquals(List.of("diplomatic"), c.ploverContext());
        assertEquals("05", c.root());
    }

    @Test
    void intentToMeetIsDiplomaticAgreement() {
        CameoCode c = code("036");
        assertEquals("Express intent to meet or negotiate", c.name());
        assertEquals(4.0, c.goldstein());
        assertEquals("AGREE", c.ploverType());
        assertEquals(List.of("diplomatic"), c.ploverContext());
    }

    @Test
    void visitsCarryThePloverMode() {
        assertEquals("visit", code("042").ploverMode());
        assertEquals("visit", code("043").ploverMode());
        assertEquals("phone", code("041").ploverMode());
    }

    @Test
    void militaryForceIsMaterialConflict() {
        CameoCode c = code("190");
        assertEquals(4, c.quad());
        assertEquals(-10.0, c.goldstein());
        assertEquals("ASSAULT", c.ploverType());
        assertEquals(List.of("military"), c.ploverContext());
        assertEquals("19", c.root());
    }

    @Test
    void fourDigitCodesKeepTheirLeadingZero() {
        CameoCode c = code("0311");
        assertEquals("03", c.root());
        assertEquals(List.of("economic"), c.ploverContext());
        assertTrue(codes.get("311").isEmpty());
        assertTrue(codes.get("57").isEmpty());
    }

    @Test
    void severalContextsAreKeptInOrder() {
        assertEquals(List.of("crime", "corruption"), code("091").ploverContext());
        assertEquals(List.of("legal", "military"), code("196").ploverContext());
    }

    @Test
    void statementsHaveNoPloverType() {
        for (String c : List.of("01", "010", "016")) {
            assertNull(code(c).ploverType(), c);
            assertTrue(code(c).ploverContext().isEmpty(), c);
        }
    }

    @Test
    void appealsAreRequestsLikeTheDemandsNumberedAlike() {
        assertEquals("REQUEST", code("02").ploverType());
        assertEquals(code("1056").ploverType(), code("0256").ploverType());
        assertEquals(code("103").ploverMode(), code("023").ploverMode());
    }

    @Test
    void yieldSplitsIntoConcedeAndRetreat() {
        assertEquals("CONCEDE", code("081").ploverType());
        assertEquals("RETREAT", code("084").ploverType());
        assertEquals("release", code("0841").ploverMode());
    }

    @Test
    void codesMissingFromGdeltTakeTheParentsScore() {
        assertEquals(code("121").goldstein(), code("1213").goldstein());
        assertEquals("Reject judicial cooperation", code("1213").name());
    }

    @Test
    void everyRootIsPresentWithItsQuadClass() {
        for (int root = 1; root <= 20; root++) {
            String r = String.format("%02d", root);
            int quad = root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
            assertEquals(quad, code(r).quad(), r);
        }
    }

    @Test
    void everyCodeSharesItsRootsQuadAndHasAParent() {
        assertTrue(codes.all().size() > 300, "the table holds the whole codebook");
        for (CameoCode c : codes.all()) {
            assertEquals(code(c.root()).quad(), c.quad(), c.code());
            if (c.code().length() > 2) {
                assertTrue(codes.get(CameoCodes.parentOf(c.code())).isPresent(), c.code());
            }
            assertTrue(c.goldstein() >= -10 && c.goldstein() <= 10, c.code());
        }
    }

    @Test
    void unknownCodesAreAbsent() {
        assertTrue(codes.get("999").isEmpty());
        assertTrue(codes.get("").isEmpty());
        assertTrue(codes.get(null).isEmpty());
    }

    @Test
    void aBadRowIsReportedWithItsLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("cameo.tsv");
        Files.writeString(file, String.join("\t", CameoCodes.COLUMNS) + "\n"
                + "01\tMake public statement\t0.0\t1\t-\t-\t-\n"
                + "010\tMake statement\t0.0\t5\t-\t-\t-\n");
        DataFile.DataException e = assertThrows(DataFile.DataException.class,
                () -> CameoCodes.from(DataFile.file(file)));
        assertTrue(e.getMessage().contains("cameo.tsv:3: quad"), e.getMessage());
    }

    @Test
    void aChildBeforeItsParentIsRejected(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("cameo.tsv");
        Files.writeString(file, String.join("\t", CameoCodes.COLUMNS) + "\n"
                + "057\tSign formal agreement\t8.0\t1\tSUPPORT\t-\tdiplomatic\n");
        DataFile.DataException e = assertThrows(DataFile.DataException.class,
                () -> CameoCodes.from(DataFile.file(file)));
        assertTrue(e.getMessage().contains(":2: parent code 05"), e.getMessage());
    }
}
