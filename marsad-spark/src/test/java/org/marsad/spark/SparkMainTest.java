package org.marsad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class SparkMainTest {
    @Test
    void readsTheCommandLine() {
        SparkMain.Args a = SparkMain.Args.parse("--input", "a.jsonl", "--output", "out", "--input", "s3a://b/*.warc.gz",
                "--master", "local[2]", "--lang", "AR", "--date", "2020-06-03");
        assertEquals(List.of("a.jsonl", "s3a://b/*.warc.gz"), a.inputs());
        assertEquals("out", a.output());
        assertEquals("local[2]", a.master());
        assertEquals(new JobOptions("ar", LocalDate.of(2020, 6, 3)), a.options());
    }

    @Test
    void autoLanguageAndNoMasterAreLeftOpen() {
        SparkMain.Args a = SparkMain.Args.parse("--input", "a", "--output", "b", "--lang", "auto");
        assertNull(a.master());
        assertEquals(JobOptions.defaults(), a.options());
    }

    @Test
    void mistakesAreNamed() {
        assertEquals("--input and --output are required",
                assertThrows(IllegalArgumentException.class, () -> SparkMain.Args.parse("--input", "a")).getMessage());
        assertEquals("unknown option --inputs",
                assertThrows(IllegalArgumentException.class, () -> SparkMain.Args.parse("--inputs", "a")).getMessage());
        assertEquals("missing value after --output",
                assertThrows(IllegalArgumentException.class, () -> SparkMain.Args.parse("--input", "a", "--output")).getMessage());
        assertEquals("--date is not a YYYY-MM-DD date: 3 June",
                assertThrows(IllegalArgumentException.class,
                        () -> SparkMain.Args.parse("--input", "a", "--output", "b", "--date", "3 June")).getMessage());
    }
}
