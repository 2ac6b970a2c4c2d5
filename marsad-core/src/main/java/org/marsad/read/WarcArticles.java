package org.marsad.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

import org.marsad.model.Article;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.Message;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * Reads a WARC file (gzip or not) record by record: every successful HTTP response, and every
 * resource record, holding an HTML page becomes an article whose url is the record's target URI.
 * Errors name the record as {@code file#offset}, the offset jwarc and CDX indexes use.
 */
final class WarcArticles {
    private static final int SNIFF = 1024;

    private final HtmlExtractor html;
    private final Articles articles;
    private final long maxBytes;

    WarcArticles(HtmlExtractor html, Articles articles, long maxBytes) {
        this.html = html;
        this.articles = articles;
        this.maxBytes = maxBytes;
    }

    void read(String origin, InputStream in, Consumer<Article> out, Consumer<InputError> errors) throws IOException {
        try (WarcReader reader = new WarcReader(in)) {
            while (true) {
                Optional<WarcRecord> next;
                try {
                    next = reader.next();
                } catch (ParsingException e) {
                    errors.accept(new InputError(origin, 0, "not a valid WARC record after byte " + reader.position()
                            + " (" + e.getMessage() + "); the rest of the file is skipped"));
                    return;
                }
                if (next.isEmpty()) {
                    return;
                }
                WarcRecord record = next.get();
                String where = origin + "#" + record.position();
                try {
                    Article article = article(record, where);
                    if (article != null) {
                        out.accept(article);
                    }
                } catch (ReadException e) {
                    String line = e.line() > 0 ? " (line " + e.line() + " of the page)" : "";
                    errors.accept(new InputError(where, 0, e.getMessage() + line));
                } catch (IOException e) {
                    errors.accept(new InputError(where, 0, "cannot read the record: " + e.getMessage()));
                }
            }
        }
    }

    /** The article in a record, or null when the record holds no HTML page with text. */
    private Article article(WarcRecord record, String where) throws ReadException, IOException {
        Message page;
        InputStream body;
        if (record instanceof WarcResponse response && response.contentType().base().equals(MediaType.HTTP)) {
            HttpResponse http = response.http();
            if (http.status() < 200 || http.status() > 299) {
                return null;
            }
            page = http;
            body = http.bodyDecoded().stream();
        } else if (record instanceof WarcResource) {
            page = record;
            body = record.body().stream();
        } else {
            return null;
        }
        boolean typed = page.headers().first("Content-Type").isPresent();
        if (typed && !isHtml(page.contentType())) {
            return null;
        }
        byte[] bytes = body.readNBytes((int) maxBytes + 1);
        if (bytes.length > maxBytes) {
            throw new ReadException("page longer than the limit of " + maxBytes + " bytes");
        }
        if (!typed && !looksLikeHtml(bytes)) {
            return null;
        }
        Decoding.checkText(bytes, bytes.length);
        String text = Decoding.decode(bytes, Decoding.htmlCharset(bytes, page.contentType().parameters().get("charset")));
        HtmlExtractor.Page p = html.extract(text, ((WarcTargetRecord) record).target());
        if (p.sections().isEmpty()) {
            return null; // a page without text (a redirect, an empty shell) is no article
        }
        return articles.make(null, ((WarcTargetRecord) record).target(), p.title(), p.lang(), p.date(), p.text(),
                p.sections(), where);
    }

    private static boolean isHtml(MediaType type) {
        String base = type.base().toString().toLowerCase(Locale.ROOT);
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }

    private static boolean looksLikeHtml(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF), StandardCharsets.ISO_8859_1);
        return Sniffer.looksLikeHtml(head);
    }
}
