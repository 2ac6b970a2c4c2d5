package org.marsad.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The one reader of Marsad's plain-text data files (see docs/DATA-FORMATS.md): UTF-8, one
 * record per line, fields split by tabs, {@code #} starting a comment line, blank lines ignored.
 * Every record remembers its file and line so that a bad entry is reported where it stands.
 */
public final class DataFile {
    /** Resources live under this folder of the class path. */
    public static final String ROOT = "marsad/";

    private DataFile() {
    }

    public record Row(String file, int line, List<String> fields) {
        public String get(int i) {
            return i < fields.size() ? fields.get(i) : "";
        }

        public int size() {
            return fields.size();
        }

        public DataException error(String why) {
            return new DataException(file + ":" + line + ": " + why);
        }
    }

    /** Thrown when a data file can't be read or holds a malformed record. */
    public static final class DataException extends RuntimeException {
        public DataException(String message) {
            super(message);
        }
    }

    /** Rows of a class-path resource below {@link #ROOT}, or an empty list when it is absent and optional. */
    public static List<Row> resource(String name, boolean required) {
        InputStream in = DataFile.class.getClassLoader().getResourceAsStream(ROOT + name);
        if (in == null) {
            if (required) {
                throw new DataException(ROOT + name + ": data file missing from the class path");
            }
            return List.of();
        }
        try (in) {
            return parse(ROOT + name, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Row> resource(String name) {
        return resource(name, true);
    }

    public static List<Row> file(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return parse(path.toString(), in);
        } catch (IOException e) {
            throw new DataException(path + ": " + e.getMessage());
        }
    }

    static List<Row> parse(String file, InputStream in) throws IOException {
        List<Row> rows = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (number == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t", -1);
            List<String> fields = new ArrayList<>(parts.length);
            for (String p : parts) {
                fields.add(p.strip());
            }
            rows.add(new Row(file, number, fields));
        }
        return rows;
    }

    /** Splits a multi-valued field ({@code a | b | c}); "-" and "" mean none. */
    public static List<String> values(String field) {
        if (field.isEmpty() || field.equals("-")) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String v : field.split("\\|")) {
            String s = v.strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }
}
