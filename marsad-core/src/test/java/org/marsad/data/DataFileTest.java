package org.marsad.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.marsad.actors.ActorDictionary;

class DataFileTest {
    private static List<DataFile.Row> parse(String text) throws IOException {
        return DataFile.parse("t.tsv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void skipsCommentsAndBlankLinesAndKeepsLineNumbers() throws IOException {
        List<DataFile.Row> rows = parse("\uFEFF# comment\n\na\tb\n  # indented comment\nc\t\n");
        assertEquals(2, rows.size());
        assertEquals(3, rows.get(0).line());
        assertEquals(List.of("c", ""), rows.get(1).fields());
        assertTrue(rows.get(1).error("bad").getMessage().startsWith("t.tsv:5: "));
    }

    @Test
    void splitsMultiValuedFields() {
        assertEquals(List.of("a", "b c"), DataFile.values(" a | b c |"));
        assertEquals(List.of(), DataFile.values("-"));
    }

    @Test
    void aMalformedUserTableIsReportedWithFileAndLine(@TempDir Path dir) throws IOException {
        Path table = dir.resolve("mine.tsv");
        Files.writeString(table, "id\ttype\tactor\tsector\ten\tru\tar\troles\tgeo\nx\tPERSON\t-\t-\tX\t-\t-\t-\t-\n");
        DataFile.DataException e = assertThrows(DataFile.DataException.class,
                () -> ActorDictionary.withExtra(List.of(table)));
        assertTrue(e.getMessage().contains("mine.tsv:2"), e.getMessage());
    }
}
