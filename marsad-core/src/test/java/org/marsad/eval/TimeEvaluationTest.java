package org.marsad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TimeEvaluationTest {
    @Test
    void tagsTheTextAgainstItsCreationTime() throws Exception {
        TimeMlDocument doc = TimeMlReader.read(TimeMlReaderTest.resource("small.tml"));
        TimeEvaluation.Result r = new TimeEvaluation("en").evaluate(doc);
        // "on Monday" is found as "Monday": a relaxed match with the right value, not a strict one
        assertEquals(new TimeScore(4, 4, 3, 4, 4), r.score(), r.system().toString());
        assertEquals("Monday", r.system().get(0).span().of(doc.text()));
    }

    @Test
    void takesARangeOfDatesAsItsTwoEndsAsTimeMlDoes() throws Exception {
        TimeMlDocument doc = TimeMlReader.read(TimeMlReaderTest.resource("range.tml"));
        TimeEvaluation.Result r = new TimeEvaluation("en").evaluate(doc);
        assertEquals(new TimeScore(2, 2, 2, 2, 2), r.score(), r.system().toString());
        assertEquals("1997", r.system().get(1).span().of(doc.text()));
    }
}
