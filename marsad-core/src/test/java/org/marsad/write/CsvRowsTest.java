package org.marsad.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvRowsTest {
    @Test
    void fieldsAreQuotedOnlyWhenTheyMustBe() {
        assertEquals("", CsvRows.field(null));
        assertEquals("PAK;IND", CsvRows.field("PAK;IND"));
        assertEquals("\"a, b\"", CsvRows.field("a, b"));
        assertEquals("\"he said \"\"no\"\"\"", CsvRows.field("he said \"no\""));
        assertEquals("\"two\nlines\"", CsvRows.field("two\nlines"));
        assertEquals("بكين", CsvRows.field("بكين"));
    }

    @Test
    void oneRowPerEventAfterAHeader() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DocumentWriter w = new DocumentWriter(DocumentWriter.Format.CSV, out)) {
            w.write(ExportDocs.document());
        }
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\r\n");
        assertEquals(String.join(",", CsvRows.COLUMNS), lines[0]);
        // every event, the negated one and the one PLOVER has no type for too
        assertEquals(1 + 4, lines.length);
        List<String> first = List.of(lines[1].split(",", -1));
        assertEquals("a1-e1", first.get(CsvRows.COLUMNS.indexOf("id")));
        assertEquals("2017-06-09", first.get(CsvRows.COLUMNS.indexOf("date")));
        assertEquals("05", first.get(CsvRows.COLUMNS.indexOf("cameo_root")));
        assertEquals("RUS;PAK", first.get(CsvRows.COLUMNS.indexOf("source_actors")));
        assertEquals("Russia;Pakistan", first.get(CsvRows.COLUMNS.indexOf("source_names")));
        assertEquals("IND", first.get(CsvRows.COLUMNS.indexOf("target_actors")));
        assertEquals("51.18", first.get(CsvRows.COLUMNS.indexOf("lat")));
        assertTrue(lines[2].contains(",negated,"), lines[2]);
    }
}
