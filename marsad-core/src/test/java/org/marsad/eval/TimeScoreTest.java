package org.marsad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.marsad.eval.TimeMlDocument.Timex;
import org.marsad.model.Span;

class TimeScoreTest {
    private static Timex t(int start, int end, String value) {
        return new Timex(new Span(start, end), "DATE", value);
    }

    @Test
    void strictRelaxedAndValue() {
        List<Timex> gold = List.of(t(0, 5, "2013"), t(10, 20, "2013-W11"), t(30, 35, "P3M"), t(50, 55, "2012"));
        List<Timex> system = List.of(t(0, 5, "2013"), t(12, 20, "2013-W11"), t(30, 35, "P3Y"), t(40, 45, "2014"));
        TimeScore s = TimeScore.of(gold, system);
        assertEquals(new TimeScore(4, 4, 2, 3, 2), s);
        assertEquals(0.5, s.strictExtent().f1(), 1e-9);
        assertEquals(0.75, s.relaxedExtent().precision(), 1e-9);
        assertEquals(0.75, s.relaxedExtent().recall(), 1e-9);
        assertEquals(0.5, s.valueScore().f1(), 1e-9);
    }

    @Test
    void pairsAreOneToOneAndExactExtentsComeFirst() {
        // one long system expression over two gold ones counts once; the exact pair is kept
        List<Timex> gold = List.of(t(0, 4, "2014"), t(8, 12, "2016"));
        List<Timex> system = List.of(t(0, 12, "2014/2016"), t(8, 12, "2016"));
        TimeScore s = TimeScore.of(gold, system);
        assertEquals(new TimeScore(2, 2, 1, 2, 1), s);
        assertEquals(1, TimeScore.align(gold, system).systemOf()[1]);
    }

    @Test
    void nothingFoundScoresZeroWithoutDividingByZero() {
        TimeScore s = TimeScore.of(List.of(t(0, 4, "2014")), List.of());
        assertEquals(0.0, s.valueScore().precision());
        assertEquals(0.0, s.valueScore().f1());
        assertEquals(new TimeScore(3, 2, 1, 2, 1), s.plus(new TimeScore(2, 2, 1, 2, 1)));
    }
}
