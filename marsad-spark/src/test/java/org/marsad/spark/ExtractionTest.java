package org.marsad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionTest {
    @TempDir
    Path dir;

    @Test
    void aFileGoneSinceItWasListedIsARejectNotAFailedTask() {
        String gone = dir.resolve("gone.warc").toUri().toString();
        List<String> out = new ArrayList<>();
        Extraction.wholeFiles(JobOptions.defaults(), new Configuration(), List.of(gone).iterator()).forEachRemaining(out::add);
        assertEquals(1, out.size(), out.toString());
        assertTrue(out.get(0).startsWith("{\"origin\":\"" + gone + "\",\"file\":\"" + gone + "\",\"reason\":\"cannot read: "),
                out.get(0));
    }
}
