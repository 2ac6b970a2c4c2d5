package org.marsad.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.marsad.model.Document;

class GdeltRowsTest {
    private static final Document DOC = ExportDocs.document();

    /** A row by column name. */
    private static Map<String, String> row(String line) {
        String[] cells = line.split("\t", -1);
        assertEquals(61, cells.length, line);
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < cells.length; i++) {
            out.put(GdeltRows.COLUMNS.get(i), cells[i]);
        }
        return out;
    }

    @Test
    void columnsAreGdeltsSixtyOneInFileOrder() {
        assertEquals(61, GdeltRows.COLUMNS.size());
        assertEquals("GLOBALEVENTID", GdeltRows.COLUMNS.get(0));
        assertEquals("EventCode", GdeltRows.COLUMNS.get(26));
        assertEquals("ActionGeo_Type", GdeltRows.COLUMNS.get(51));
        assertEquals("SOURCEURL", GdeltRows.COLUMNS.get(60));
    }

    @Test
    void aCompoundEventIsOneRowPerActorPairAndNegatedEventsHaveNone() {
        List<String> rows = GdeltRows.of(DOC);
        // e1: RUS and PAK with IND (2); e2 negated (0); e3: UN with PAK and IND (2); e4: RUS alone (1)
        assertEquals(5, rows.size());
        Map<String, String> first = row(rows.get(0));
        Map<String, String> second = row(rows.get(1));
        assertEquals("RUS", first.get("Actor1Code"));
        assertEquals("PAK", second.get("Actor1Code"));
        assertEquals("IND", second.get("Actor2Code"));
        assertNotEquals(first.get("GLOBALEVENTID"), second.get("GLOBALEVENTID"));
        assertTrue(rows.stream().map(GdeltRowsTest::row).noneMatch(r -> r.get("EventCode").equals("111")));
    }

    @Test
    void fillsDatesCodesActorsAndPlaceOfAnEvent() {
        Map<String, String> r = row(GdeltRows.of(DOC).get(0));
        assertTrue(r.get("GLOBALEVENTID").matches("\\d+"));
        assertEquals("20170609", r.get("SQLDATE"));
        assertEquals("201706", r.get("MonthYear"));
        assertEquals("2017", r.get("Year"));
        assertEquals("2017.5178", r.get("FractionDate"));
        assertEquals("RUSSIA", r.get("Actor1Name"));
        assertEquals("RUS", r.get("Actor1CountryCode"));
        assertEquals("INDIA", r.get("Actor2Name"));
        assertEquals("1", r.get("IsRootEvent"));
        assertEquals("057", r.get("EventCode"));
        assertEquals("057", r.get("EventBaseCode"));
        assertEquals("05", r.get("EventRootCode"));
        assertEquals("1", r.get("QuadClass"));
        assertEquals("8", r.get("GoldsteinScale"));
        assertEquals("1", r.get("NumMentions"));
        assertEquals("1", r.get("NumArticles"));
        assertEquals("", r.get("AvgTone"));
        assertEquals("4", r.get("ActionGeo_Type"));
        assertEquals("Astana", r.get("ActionGeo_FullName"));
        assertEquals("KAZ", r.get("ActionGeo_CountryCode"));
        assertEquals("51.18", r.get("ActionGeo_Lat"));
        assertEquals("71.45", r.get("ActionGeo_Long"));
        assertEquals("20200603000000", r.get("DATEADDED"));
        assertEquals("https://example.org/astana", r.get("SOURCEURL"));
    }

    @Test
    void organisationsAndReferencesWithoutMentions() {
        List<String> rows = GdeltRows.of(DOC);
        Map<String, String> un = row(rows.get(2));
        assertEquals("IGOUN", un.get("Actor1Code"));
        assertEquals("", un.get("Actor1CountryCode"));
        assertEquals("UN", un.get("Actor1KnownGroupCode"));
        assertEquals("IGO", un.get("Actor1Type1Code"));
        assertEquals("UNITED NATIONS", un.get("Actor1Name"));
        // no mention: the words as written, the tab in them made a space
        assertEquals("the two neighbours", un.get("Actor2Name"));
        assertEquals("PAK", un.get("Actor2Code"));
        // PAST_REF names no day: the article's date
        assertEquals("20200603", un.get("SQLDATE"));
        assertEquals("0", un.get("IsRootEvent"));
        assertEquals("", un.get("ActionGeo_Type"));
        Map<String, String> said = row(rows.get(4));
        assertEquals("RUSGOV", said.get("Actor1Code"));
        assertEquals("GOV", said.get("Actor1Type1Code"));
        assertEquals("", said.get("Actor2Code"));
        assertEquals("01", said.get("EventRootCode"));
    }

    @Test
    void theWriterGivesTheSameBytesEveryTime() {
        String once = written(DOC);
        assertEquals(once, written(DOC));
        assertEquals(5, once.split("\n").length);
        assertTrue(once.endsWith("\n"));
    }

    private static String written(Document doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DocumentWriter w = new DocumentWriter(DocumentWriter.Format.GDELT, out)) {
            w.write(doc);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
