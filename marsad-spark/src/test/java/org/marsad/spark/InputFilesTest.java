package org.marsad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {
    @TempDir
    Path dir;

    private List<String> names(Iterable<String> paths) {
        String root = dir.toUri().getPath();
        return java.util.stream.StreamSupport.stream(paths.spliterator(), false)
                .map(p -> p.substring(p.indexOf(root) + root.length())).toList();
    }

    @Test
    void foldersAreReadRecursivelyJsonlByLinesTheRestWhole() throws IOException {
        for (String name : List.of("a.jsonl", "b.ndjson.gz", "c.warc.gz", "sub/d.html", "sub/e.txt", "f.json",
                ".hidden/g.jsonl", "sub/.h.jsonl", "_SUCCESS", "_temporary/i.jsonl")) {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "x");
        }
        InputFiles files = InputFiles.list(new Configuration(), List.of(dir.toString()));
        assertEquals(List.of("a.jsonl", "b.ndjson.gz"), names(files.jsonl().keySet()));
        assertEquals(List.of("c.warc.gz", "f.json", "sub/d.html", "sub/e.txt"), names(files.whole().keySet()));
        assertEquals(1L, files.jsonl().get(files.jsonl().firstKey()));
        assertEquals(List.of(), files.missing());
    }

    @Test
    void globsMatchAndMissingInputsAreRejects() throws IOException {
        Files.writeString(dir.resolve("one.warc"), "x");
        Files.writeString(dir.resolve("two.warc"), "x");
        Files.writeString(dir.resolve("three.jsonl"), "x");
        String nowhere = dir.resolve("nowhere").toString();
        InputFiles files = InputFiles.list(new Configuration(), List.of(dir + "/*.warc", nowhere, dir + "/*.zip"));
        assertEquals(List.of("one.warc", "two.warc"), names(files.whole().keySet()));
        assertEquals(List.of(), names(files.jsonl().keySet()));
        assertEquals(List.of(new Reject(nowhere, nowhere, "no such file or folder"),
                new Reject(dir + "/*.zip", dir + "/*.zip", "no such file or folder")), files.missing());
    }
}
