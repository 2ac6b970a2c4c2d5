package org.marsad.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Bytes to text, strictly: binary data and bad encodings are errors that name the line. */
final class Decoding {
    /** A meta charset declaration must sit in a page's first bytes (the HTML standard says 1024). */
    private static final int META_SCAN = 4096;
    private static final Pattern META_CHARSET =
            Pattern.compile("(?i)<meta[^>]{0,512}?charset\\s*=\\s*[\"']?\\s*([a-z0-9_:.\\-]{1,40})");

    private Decoding() {
    }

    /** Rejects bytes that are not text: a UTF-16 byte-order mark, a NUL byte, or mostly control characters. */
    static void checkText(byte[] bytes, int length) throws ReadException {
        if (length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            throw new ReadException(1, "UTF-16 text; Marsad reads UTF-8");
        }
        int controls = 0;
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                throw new ReadException(lineAt(bytes, i), "binary data (NUL byte), not text");
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x0B && b != 0x1B) {
                controls++;
            }
        }
        if (controls > length / 10) {
            throw new ReadException("binary data (" + controls + " control bytes in " + length + "), not text");
        }
    }

    /** Decodes bytes, skipping a UTF-8 byte-order mark; the first bad byte is reported with its line. */
    static String decode(byte[] bytes, int offset, int length, Charset charset, long firstLine) throws ReadException {
        int start = offset;
        if (charset.equals(StandardCharsets.UTF_8) && length >= 3 && bytes[offset] == (byte) 0xEF
                && bytes[offset + 1] == (byte) 0xBB && bytes[offset + 2] == (byte) 0xBF) {
            start += 3;
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, offset + length - start);
        long capacity = (long) Math.ceil((offset + length - start) * (double) decoder.maxCharsPerByte()) + 16;
        CharBuffer out = CharBuffer.allocate((int) Math.min(capacity, Integer.MAX_VALUE - 16));
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            int lineStart = at;
            while (lineStart > offset && bytes[lineStart - 1] != '\n') {
                lineStart--;
            }
            long line = firstLine + newlines(bytes, offset, at);
            throw new ReadException(line, String.format(Locale.ROOT, "invalid %s: byte 0x%02X at column %d",
                    charset.name(), bytes[at] & 0xFF, at - lineStart + 1));
        }
        if (result.isOverflow()) {
            throw new IllegalStateException("decoder overflow with a buffer of " + out.capacity());
        }
        out.flip();
        return out.toString();
    }

    static String decode(byte[] bytes, Charset charset) throws ReadException {
        return decode(bytes, 0, bytes.length, charset, 1);
    }

    /**
     * The charset of an HTML page: UTF-8 when it starts with its byte-order mark, else the one the
     * server declared, else the page's own meta declaration, else UTF-8. As browsers do, Latin-1 and
     * ASCII labels mean windows-1252, and a UTF-16 label on bytes read as ASCII means UTF-8.
     */
    static Charset htmlCharset(byte[] bytes, String declared) {
        if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
            return StandardCharsets.UTF_8;
        }
        Charset fromServer = charset(declared);
        if (fromServer != null) {
            return fromServer;
        }
        String head = new String(bytes, 0, Math.min(bytes.length, META_SCAN), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        Charset fromMeta = m.find() ? charset(m.group(1)) : null;
        return fromMeta != null ? fromMeta : StandardCharsets.UTF_8;
    }

    private static Charset charset(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        String name = label.strip().toLowerCase(Locale.ROOT);
        if (name.startsWith("utf-16") || name.startsWith("utf16")) {
            return StandardCharsets.UTF_8;
        }
        if (name.equals("iso-8859-1") || name.equals("latin1") || name.equals("us-ascii") || name.equals("ascii")) {
            name = "windows-1252";
        }
        try {
            return Charset.isSupported(name) ? Charset.forName(name) : null;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    static long lineAt(byte[] bytes, int index) {
        return 1 + newlines(bytes, 0, index);
    }

    private static long newlines(byte[] bytes, int from, int to) {
        long n = 0;
        for (int i = from; i < to; i++) {
            if (bytes[i] == '\n') {
                n++;
            }
        }
        return n;
    }
}
