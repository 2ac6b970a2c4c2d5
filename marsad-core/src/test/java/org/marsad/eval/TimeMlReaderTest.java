package org.marsad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.marsad.eval.TimeMlDocument.Timex;

class TimeMlReaderTest {
    static Path resource(String name) {
        try {
            return Path.of(TimeMlReaderTest.class.getClassLoader().getResource("timeml/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void textWithoutTagsAndGoldSpans() throws Exception {
        TimeMlDocument doc = TimeMlReader.read(resource("small.tml"));
        assertEquals(LocalDate.of(2013, 3, 20), doc.creationTime());
        assertFalse(doc.text().contains("<"), doc.text());
        assertFalse(doc.text().contains("Port reopens"), "the title lies outside TEXT");
        assertTrue(doc.text().contains("Traders & brokers said volumes fell for three months."), doc.text());
        List<Timex> times = doc.times();
        assertEquals(4, times.size(), "the creation time is not scored");
        assertEquals("on Monday", times.get(0).span().of(doc.text()));
        assertEquals("2013-03-18", times.get(0).value());
        assertEquals("DATE", times.get(0).type());
        assertEquals("last week", times.get(1).span().of(doc.text()));
        assertEquals("DURATION", times.get(2).type());
        assertEquals("Now", times.get(3).span().of(doc.text()), "white space inside the tag is trimmed");
        assertEquals("PRESENT_REF", times.get(3).value());
    }

    @Test
    void noCreationTimeAndNonConsumingTimex() throws Exception {
        TimeMlDocument doc = TimeMlReader.read(resource("nodate.tml"));
        assertNull(doc.creationTime());
        assertEquals("Talks resume tomorrow.", doc.text());
        assertEquals(1, doc.times().size(), "an empty TIMEX3 has no extent to score");
    }

    @Test
    void brokenXmlNamesFileAndLine() {
        Path file = resource("broken.tml");
        TimeMlReader.BrokenFile e = assertThrows(TimeMlReader.BrokenFile.class, () -> TimeMlReader.read(file));
        assertTrue(e.getMessage().startsWith(file + ":5: not well-formed XML: "), e.getMessage());
    }

    @Test
    void missingTextIsAnError() {
        Path file = resource("notext.tml");
        TimeMlReader.BrokenFile e = assertThrows(TimeMlReader.BrokenFile.class, () -> TimeMlReader.read(file));
        assertEquals(file + ": no TEXT element", e.getMessage());
    }
}
