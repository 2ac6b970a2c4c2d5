package org.marsad.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;
import org.marsad.model.Section;

class InputsTest {
    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
        return p;
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void binaryFilesAreRejected() throws IOException {
        Path nul = write("image.txt", new byte[] {'a', '\n', 'b', '\n', 0, 1, 2, 3});
        Path controls = write("blob", new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 'a', 'b'});
        Collected c = Collected.read(nul.toString(), controls.toString());
        assertEquals(List.of(nul + ":3: binary data (NUL byte), not text",
                controls + ": binary data (8 control bytes in 10), not text"), c.messages());
        assertEquals(List.of(), c.articles);
    }

    @Test
    void invalidUtf8IsReportedAtItsLine() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("Заголовок статьи\nпервая строка\nвторая ".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xFF);
        bytes.writeBytes(" строка\n".getBytes(StandardCharsets.UTF_8));
        Path p = write("bad.txt", bytes.toByteArray());
        assertEquals(List.of(p + ":3: invalid UTF-8: byte 0xFF at column 14"), Collected.read(p.toString()).messages());
    }

    @Test
    void invalidUtf8InAJsonlLineNamesThatLine() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("{\"text\": \"one\"}\n{\"text\": \"t".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xC0);
        bytes.writeBytes("wo\"}\n{\"text\": \"three\"}\n".getBytes(StandardCharsets.UTF_8));
        Path p = write("lines.jsonl", bytes.toByteArray());
        Collected c = Collected.read(p.toString());
        assertEquals(List.of(p + ":2: invalid UTF-8: byte 0xC0 at column 12"), c.messages());
        assertEquals(List.of("one", "three"), c.articles.stream().map(Article::text).toList());
    }

    @Test
    void filesOverTheLimitAreRejected() throws IOException {
        Path big = write("big.txt", "Title line here\n" + "word ".repeat(40));
        Path small = write("small.txt", "A short one.");
        Collected c = Collected.read(ReadOptions.defaults().withMaxBytes(100), big.toString(), small.toString());
        assertEquals(List.of(big + ": file of 216 bytes is over the limit of 100 bytes"), c.messages());
        assertEquals(List.of("A short one."), c.articles.stream().map(Article::text).toList());
        Collected piped = Collected.stream(ReadOptions.defaults().withMaxBytes(100), "-",
                new ByteArrayInputStream(Files.readAllBytes(big)));
        assertEquals(List.of("-: input over the limit of 100 bytes"), piped.messages());
    }

    @Test
    void aFolderIsReadInOrderAndBadFilesDoNotStopTheGoodOnes() throws IOException {
        write("b.txt", "Second article.");
        write("a.bin", new byte[] {0, 0, 0});
        write("sub/c.jsonl", "{\"text\": \"Third article.\"}\n{\"text\": \n");
        write("sub/d", "<!DOCTYPE html><html><body><p>Fourth article.</p></body></html>");
        write(".hidden.txt", "Never read.");
        write(".git/config", "Never read either.");
        write("a.txt", "First article.");
        Path missing = dir.resolve("missing.txt");
        Collected c = Collected.read(dir.toString(), missing.toString());
        assertEquals(List.of("First article.", "Second article.", "Third article.", "Fourth article."),
                c.articles.stream().map(Article::text).toList());
        assertEquals(List.of(dir.resolve("a.bin") + ":1: binary data (NUL byte), not text",
                dir.resolve("sub/c.jsonl") + ":2: broken JSON", missing + ": no such file or folder"),
                c.messages().stream().map(m -> m.replaceAll("(broken JSON).*", "$1")).toList());
        assertEquals(dir.resolve("sub/c.jsonl") + ":1", c.articles.get(2).origin());
    }

    @Test
    void formatsAreFoundByContentAndCanBeForced() throws IOException {
        Path html = write("page", "<html><head><title>T</title></head><body><p>Body text.</p></body></html>");
        Path jsonl = write("dump", "{\"text\": \"From a dump.\"}\n");
        Collected auto = Collected.read(html.toString(), jsonl.toString());
        assertEquals(List.of("T\n\nBody text.", "From a dump."), auto.articles.stream().map(Article::text).toList());
        Article forced = Collected.read(ReadOptions.defaults().withFormat(InputFormat.TEXT), html.toString()).only();
        assertEquals(Files.readString(html), forced.text());
        assertEquals(InputFormat.JSONL, InputFormat.parse(" JsonL "));
        assertThrows(IllegalArgumentException.class, () -> InputFormat.parse("pdf"));
    }

    @Test
    void gzipFilesAreReadThrough() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write("{\"text\": \"Compressed one.\"}\n{\"text\": \"Compressed two.\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        Path p = write("dump.jsonl.gz", out.toByteArray());
        Path broken = write("broken.txt.gz", new byte[] {0x1F, (byte) 0x8B, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2});
        Collected c = Collected.read(p.toString(), broken.toString());
        assertEquals(List.of("Compressed one.", "Compressed two."), c.articles.stream().map(Article::text).toList());
        assertEquals(List.of(broken.toString()), c.errors.stream().map(InputError::origin).toList());
        assertTrue(c.errors.get(0).reason().startsWith("broken or truncated compressed data"), c.messages().toString());
    }

    @Test
    void utf16AndEmptyFilesAreErrors() throws IOException {
        Path utf16 = write("wide.txt", "\uFEFFtext".getBytes(StandardCharsets.UTF_16LE));
        Path empty = write("empty.txt", "\u00a0\n \n");
        assertEquals(List.of(utf16 + ":1: UTF-16 text; Marsad reads UTF-8", empty + ": no text in it"),
                Collected.read(utf16.toString(), empty.toString()).messages());
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheText() throws IOException {
        Path p = write("bom.txt", "\uFEFFOne line of text.");
        assertEquals("One line of text.", Collected.read(p.toString()).only().text());
    }

    @Test
    void standardInputIsReadForADash() {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream("Piped sentence.".getBytes(StandardCharsets.UTF_8)));
            Article a = Collected.read("-").only();
            assertEquals("Piped sentence.", a.text());
            assertEquals("-", a.origin());
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void idsAreStableHashesOfTheText() throws IOException {
        Path one = write("one.txt", "Same text.");
        Path two = write("two.txt", "Same text.");
        Path other = write("other.txt", "Other text.");
        List<String> ids = Collected.read(one.toString(), two.toString(), other.toString()).articles.stream()
                .map(Article::id).toList();
        assertEquals(ids.get(0), ids.get(1));
        assertNotEquals(ids.get(0), ids.get(2));
        assertEquals("9181728b6117a447", ids.get(0), "first 16 hex digits of the text's SHA-256");
    }

    @Test
    void bidiControlsAreKeptAndHarmless() {
        String text = "\u202bقمة في موسكو\u202c\n\u200f\n\u2067٠٣ يونيو ٢٠٢٠\u2069\n\u200fوصل الوزير إلى موسكو.\u200f";
        Article a = Collected.stream(ReadOptions.defaults().withFormat(InputFormat.TEXT), "bidi",
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))).only();
        assertEquals(text, a.text());
        assertEquals(List.of("TITLE قمة في موسكو", "DATELINE ٠٣ يونيو ٢٠٢٠", "BODY وصل الوزير إلى موسكو."),
                Collected.sections(a));
        assertEquals(List.of(Section.Kind.TITLE, Section.Kind.DATELINE, Section.Kind.BODY),
                a.sections().stream().map(Section::kind).toList());
    }

    @Test
    void failuresOfTheCallersConsumerAreNotTakenForBadInput() throws IOException {
        Path p = write("fine.txt", "A fine article.");
        IllegalStateException boom = new IllegalStateException("downstream");
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> new ArticleReader().read(List.of(p.toString()), a -> {
                    throw boom;
                }, e -> {
                }));
        assertSame(boom, thrown);
    }
}
