package org.marsad.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;

class WarcReadTest {
    private static final String PAGE_AR = "<html lang=\"ar\"><head><meta property=\"og:title\" content=\"قمة شنغهاي\">"
            + "<meta name=\"date\" content=\"2020-06-03\"></head><body><nav>القائمة</nav>"
            + "<article><p>أبلغت روسيا باكستان بتأجيل القمة.</p></article></body></html>";
    private static final String PAGE_EN = "<html><head><title>Summit put off</title></head>"
            + "<body><p>Russia told Pakistan the summit was put off.</p></body></html>";
    private static final String PAGE_RU = "<!DOCTYPE html><html><body><h1>Саммит перенесён</h1>"
            + "<p>Россия сообщила Пакистану о переносе саммита.</p></body></html>";

    @TempDir
    Path dir;

    /** One WARC record; the block is written as given. */
    private static byte[] record(String type, String uri, String contentType, byte[] block) {
        String header = "WARC/1.1\r\n"
                + "WARC-Type: " + type + "\r\n"
                + "WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-" + String.format("%012d", Math.abs((type + uri).hashCode())) + ">\r\n"
                + "WARC-Date: 2021-03-15T10:00:00Z\r\n"
                + (uri == null ? "" : "WARC-Target-URI: " + uri + "\r\n")
                + "Content-Type: " + contentType + "\r\n"
                + "Content-Length: " + block.length + "\r\n\r\n";
        return concat(header.getBytes(StandardCharsets.UTF_8), block, "\r\n\r\n".getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] response(String uri, int status, String type, String extraHeaders, byte[] body) {
        String head = "HTTP/1.1 " + status + " X\r\nContent-Type: " + type + "\r\n" + extraHeaders
                + "Content-Length: " + body.length + "\r\n\r\n";
        return record("response", uri, "application/http;msgtype=response",
                concat(head.getBytes(StandardCharsets.ISO_8859_1), body));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    private static List<byte[]> records() throws IOException {
        byte[] badUtf8 = concat(utf8("<html><body><p>line one</p>\n<p>bad "), new byte[] {(byte) 0xC3, 0x28},
                utf8("</p></body></html>"));
        return List.of(
                record("warcinfo", null, "application/warc-fields", utf8("software: marsad-test\r\n")),
                record("request", "https://example.org/ar", "application/http;msgtype=request",
                        utf8("GET /ar HTTP/1.1\r\nHost: example.org\r\n\r\n")),
                response("https://example.org/ar", 200, "text/html; charset=utf-8", "", utf8(PAGE_AR)),
                response("https://example.org/logo.png", 200, "image/png", "", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0}),
                response("https://example.org/missing", 404, "text/html", "", utf8("<html><body><p>Not found</p></body></html>")),
                response("https://example.org/bad", 200, "text/html", "", badUtf8),
                record("resource", "https://example.org/en", "text/html", utf8(PAGE_EN)),
                response("https://example.org/ru", 200, "text/html; charset=UTF-8", "Content-Encoding: gzip\r\n",
                        gzip(utf8(PAGE_RU))),
                response("https://example.org/empty", 200, "text/html", "", utf8("<html><body> </body></html>")));
    }

    private void check(Collected c, String origin, List<Long> offsets) {
        assertEquals(List.of("https://example.org/ar", "https://example.org/en", "https://example.org/ru"),
                c.articles.stream().map(Article::url).toList());
        Article ar = c.articles.get(0);
        assertEquals("قمة شنغهاي", ar.title());
        assertEquals("ar", ar.lang());
        assertEquals(java.time.LocalDate.of(2020, 6, 3), ar.published());
        assertEquals(List.of("TITLE قمة شنغهاي", "BODY أبلغت روسيا باكستان بتأجيل القمة."), Collected.sections(ar));
        assertEquals("Summit put off", c.articles.get(1).title());
        assertEquals("Саммит перенесён", c.articles.get(2).title());
        assertTrue(c.articles.get(2).text().contains("Россия сообщила Пакистану"));
        assertEquals(List.of(origin + "#" + offsets.get(5)
                + ": invalid UTF-8: byte 0xC3 at column 8 (line 2 of the page)"), c.messages());
        assertEquals(origin + "#" + offsets.get(2), ar.origin());
    }

    @Test
    void htmlResponsesAndResourcesBecomeArticles() throws IOException {
        List<byte[]> records = records();
        Path warc = dir.resolve("crawl.warc");
        Files.write(warc, concat(records.toArray(byte[][]::new)));
        check(Collected.read(warc.toString()), warc.toString(), offsets(records, false));
    }

    @Test
    void gzipWarcWithAMemberPerRecord() throws IOException {
        List<byte[]> records = records();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] r : records) {
            out.writeBytes(gzip(r));
        }
        Path warc = dir.resolve("crawl.warc.gz");
        Files.write(warc, out.toByteArray());
        check(Collected.read(warc.toString()), warc.toString(), offsets(records, true));
    }

    @Test
    void aWarcOnStandardInputIsRecognisedByItsContent() throws IOException {
        List<byte[]> records = records();
        byte[] bytes = concat(records.toArray(byte[][]::new));
        check(Collected.stream(ReadOptions.defaults(), "-", new ByteArrayInputStream(bytes)), "-", offsets(records, false));
    }

    @Test
    void garbageAfterGoodRecordsIsReportedOnce() throws IOException {
        List<byte[]> records = records();
        byte[] bytes = concat(records.get(2), utf8("this is not a WARC record\r\n\r\n"));
        Path warc = dir.resolve("broken.warc");
        Files.write(warc, bytes);
        Collected c = Collected.read(warc.toString());
        assertEquals(1, c.articles.size());
        assertEquals(1, c.errors.size(), c.messages().toString());
        assertTrue(c.errors.get(0).reason().startsWith("not a valid WARC record"), c.messages().toString());
    }

    /** Where each record starts in the file, as compressed bytes when gzipped. */
    private static List<Long> offsets(List<byte[]> records, boolean gzipped) throws IOException {
        long at = 0;
        List<Long> out = new java.util.ArrayList<>();
        for (byte[] r : records) {
            out.add(at);
            at += gzipped ? gzip(r).length : r.length;
        }
        return out;
    }
}
