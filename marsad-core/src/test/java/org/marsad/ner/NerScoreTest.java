package org.marsad.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class NerScoreTest {
    @Test
    void countsExactExtentAndTypeOverPerOrgLoc() {
        NerScore s = new NerScore();
        // gold: PER [0,2), LOC [3,4), MISC [5,6); found: PER [0,1) (wrong extent), LOC [3,4), ORG [5,6) (wrong type)
        s.add(List.of("B-PER", "I-PER", "O", "B-LOC", "O", "B-MISC"),
                List.of("B-PER", "O", "O", "B-LOC", "O", "B-ORG"));
        assertEquals(1.0 / 3, s.precision(), 1e-9);
        assertEquals(1.0 / 2, s.recall(), 1e-9);
        assertEquals(0.4, s.f1(), 1e-9);
        assertEquals(0.0, s.f1("MISC"), 1e-9);
        assertTrue(s.report().contains("MISC"), s.report());
        assertTrue(s.report().contains("not in the overall figures"), s.report());
    }
}
