package org.marsad.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The files a job reads, found on the driver: inputs are files, folders (every file below,
 * hidden ones aside) or glob patterns, on any Hadoop file system. JSONL files are split into
 * lines and read in parallel; every other file is read whole, by its own task.
 *
 * @param jsonl   JSONL files (.jsonl, .ndjson, either gzipped), with their sizes
 * @param whole   the other files (WARC, HTML, text, JSON arrays, ...), with their sizes
 * @param missing inputs that match no file, as rejects
 */
record InputFiles(TreeMap<String, Long> jsonl, TreeMap<String, Long> whole, List<Reject> missing) {

    static InputFiles list(Configuration conf, List<String> inputs) {
        TreeMap<String, Long> jsonl = new TreeMap<>();
        TreeMap<String, Long> whole = new TreeMap<>();
        List<Reject> missing = new ArrayList<>();
        for (String input : inputs) {
            try {
                Path pattern = new Path(input);
                FileSystem fs = pattern.getFileSystem(conf);
                FileStatus[] matches = fs.globStatus(pattern);
                if (matches == null || matches.length == 0) {
                    missing.add(new Reject(input, input, "no such file or folder"));
                    continue;
                }
                for (FileStatus match : matches) {
                    if (match.isDirectory()) {
                        RemoteIterator<LocatedFileStatus> files = fs.listFiles(match.getPath(), true);
                        String root = match.getPath().toString();
                        while (files.hasNext()) {
                            LocatedFileStatus file = files.next();
                            if (!hiddenBelow(root, file.getPath().toString())) {
                                (isJsonl(file.getPath()) ? jsonl : whole).put(file.getPath().toString(), file.getLen());
                            }
                        }
                    } else {
                        (isJsonl(match.getPath()) ? jsonl : whole).put(match.getPath().toString(), match.getLen());
                    }
                }
            } catch (IOException | IllegalArgumentException e) {
                missing.add(new Reject(input, input, "cannot list: " + e.getMessage()));
            }
        }
        return new InputFiles(jsonl, whole, missing);
    }

    static boolean isJsonl(Path path) {
        String name = path.getName().toLowerCase(Locale.ROOT);
        return name.endsWith(".jsonl") || name.endsWith(".ndjson")
                || name.endsWith(".jsonl.gz") || name.endsWith(".ndjson.gz");
    }

    /**
     * Whether a file lies in, or is, a hidden file or folder below the folder given: names
     * starting with '.' (as the command line skips them) or '_' (Hadoop's and Spark's markers).
     */
    static boolean hiddenBelow(String root, String file) {
        String below = file.startsWith(root) ? file.substring(root.length()) : file;
        for (String part : below.split("/")) {
            if (part.startsWith(".") || part.startsWith("_")) {
                return true;
            }
        }
        return false;
    }
}
