package org.marsad.read;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/** Decides an input's format from its file name, else from its first bytes. */
final class Sniffer {
    private static final Pattern HTML_START = Pattern.compile(
            "^<(?:!--|(?:!doctype\\s+html|html|head|body|meta|title|article|main|div|p|h1)[\\s>/])");
    private static final String BOM_AS_LATIN1 = "\u00EF\u00BB\u00BF";
    /** A feed's root element after the prolog (declaration, comments, a doctype): rss, Atom's feed, RSS 1.0's rdf:RDF. */
    private static final Pattern FEED_START = Pattern.compile("^(?:\\s|<\\?[^>]*\\?>|<!--(?:(?!-->)[\\s\\S])*-->"
            + "|<!DOCTYPE[^>\\[]*(?:\\[[^\\]]*\\][^>]*)?>)*<(?:[A-Za-z_][\\w.-]*:)?(?:rss|feed|RDF)[\\s>/]");

    private Sniffer() {
    }

    static boolean isGzip(byte[] head, int length) {
        return length >= 2 && head[0] == (byte) 0x1F && head[1] == (byte) 0x8B;
    }

    static boolean isWarcName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".warc") || n.endsWith(".warc.gz") || n.endsWith(".arc") || n.endsWith(".arc.gz");
    }

    /** The name without a final ".gz", for looking again at what a gzip file holds. */
    static String withoutGz(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    }

    static InputFormat detect(String name, byte[] head, int length) {
        String n = name.toLowerCase(Locale.ROOT);
        if (isWarcName(n)) {
            return InputFormat.WARC;
        }
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json")) {
            return InputFormat.JSONL;
        }
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml") || n.endsWith(".shtml")) {
            return InputFormat.HTML;
        }
        if (n.endsWith(".txt") || n.endsWith(".text")) {
            return InputFormat.TEXT;
        }
        if (n.endsWith(".rss") || n.endsWith(".atom")) {
            return InputFormat.FEED;
        }
        String start = new String(head, 0, length, StandardCharsets.ISO_8859_1);
        if (start.startsWith("WARC/")) {
            return InputFormat.WARC;
        }
        if (isFeed(start)) {
            return InputFormat.FEED;
        }
        int first = firstNonBlank(head, length);
        if (first == '{' || first == '[') {
            return InputFormat.JSONL;
        }
        return looksLikeHtml(start) ? InputFormat.HTML : InputFormat.TEXT;
    }

    /** Whether bytes read as Latin-1 start (after a byte-order mark) with the prolog and root element of a feed. */
    static boolean isFeed(String head) {
        return FEED_START.matcher(head.startsWith(BOM_AS_LATIN1) ? head.substring(BOM_AS_LATIN1.length()) : head).find();
    }

    /** Whether bytes read as Latin-1 start (after a byte-order mark and blanks) with a tag HTML pages start with. */
    static boolean looksLikeHtml(String head) {
        int i = head.startsWith(BOM_AS_LATIN1) ? BOM_AS_LATIN1.length() : 0;
        while (i < head.length() && Character.isWhitespace(head.charAt(i))) {
            i++;
        }
        return HTML_START.matcher(head.substring(i).toLowerCase(Locale.ROOT)).find();
    }

    /** The first byte that is not ASCII whitespace or part of a UTF-8 byte-order mark, or -1. */
    static int firstNonBlank(byte[] head, int length) {
        int i = length >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF ? 3 : 0;
        while (i < length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
            i++;
        }
        return i < length ? head[i] & 0xFF : -1;
    }
}
