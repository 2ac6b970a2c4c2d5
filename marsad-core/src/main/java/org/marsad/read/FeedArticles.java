package org.marsad.read;

import java.io.InputStream;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;
import org.marsad.model.Article;

/**
 * Reads an RSS 2.0 (or RSS 1.0) or Atom 1.0 feed, streaming: each item or entry becomes an
 * article with the item's title, its link as url, its date, and its text from the content or
 * description read as HTML. The parser reads no DTD and resolves no entity beyond XML's own five,
 * so a hostile feed can neither read files (external entities) nor explode (nested entities): an
 * entity it declares is an error. Errors name the XML parser's line; items read before a broken
 * spot are kept.
 */
final class FeedArticles {
    private static final XMLInputFactory FACTORY = factory();
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String CONTENT_MODULE = "http://purl.org/rss/1.0/modules/content/";
    /** An RFC 822 date as RSS writes it: "Tue, 3 Jun 2020 10:00:00 +0300" (the weekday optional). */
    private static final Pattern RFC822 = Pattern.compile("(\\d{1,2})\\s+([A-Za-z]{3})[A-Za-z]*\\.?,?\\s+(\\d{2}|\\d{4})\\b");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");

    private final HtmlExtractor html;
    private final Articles articles;
    private final long maxBytes;

    FeedArticles(HtmlExtractor html, Articles articles, long maxBytes) {
        this.html = html;
        this.articles = articles;
        this.maxBytes = maxBytes;
    }

    /**
     * The JDK's own StAX parser, whose safety settings are known, not whichever one the class path
     * offers (Hadoop's Woodstox under Spark knows none of the JDK's properties).
     */
    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    /** What one item or entry gives; fields may be null. */
    private static final class Item {
        String title;
        String link;
        String guid;
        String date;
        String updated;
        String summary;
        String content;
        String lang;
    }

    void read(String origin, InputStream in, Consumer<Article> out, Consumer<InputError> errors) throws ReadException {
        XMLStreamReader r = null;
        boolean dtd = false;
        try {
            r = FACTORY.createXMLStreamReader(in);
            while (r.hasNext() && r.next() != XMLStreamConstants.START_ELEMENT) {
                dtd |= r.getEventType() == XMLStreamConstants.DTD; // the prolog's DTD is skipped, never read
            }
            if (!r.isStartElement()) {
                throw new ReadException(line(r), "no XML element in it");
            }
            String root = r.getLocalName();
            if (!root.equals("rss") && !root.equals("feed") && !root.equals("RDF")) {
                throw new ReadException(line(r), "not an RSS or Atom feed: its root element is <" + r.getName() + ">");
            }
            String feedLang = HtmlExtractor.languageCode(r.getAttributeValue(XMLConstants.XML_NS_URI, "lang"));
            while (r.hasNext()) {
                if (r.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = r.getLocalName();
                if (name.equals("language") && feedLang == null) {
                    feedLang = HtmlExtractor.languageCode(r.getElementText());
                } else if (name.equals("item") || name.equals("entry")) {
                    long at = line(r);
                    try {
                        out.accept(article(item(r), feedLang, origin + ":" + at));
                    } catch (ReadException e) {
                        errors.accept(new InputError(origin, at, e.getMessage()));
                    }
                }
            }
        } catch (XMLStreamException e) {
            long at = e.getLocation() != null ? e.getLocation().getLineNumber() : 0;
            String unread = dtd ? " (a feed's DTD is not read: entities it declares are refused)" : "";
            errors.accept(new InputError(origin, Math.max(at, 0), "broken or refused XML: " + reason(e) + unread
                    + "; the rest of the feed is skipped"));
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // nothing more to read from it
                }
            }
        }
    }

    /** Reads an item or entry up to its end tag. */
    private Item item(XMLStreamReader r) throws XMLStreamException, ReadException {
        Item item = new Item();
        item.lang = HtmlExtractor.languageCode(r.getAttributeValue(XMLConstants.XML_NS_URI, "lang"));
        while (r.next() != XMLStreamConstants.END_ELEMENT) {
            if (!r.isStartElement()) {
                continue;
            }
            String name = r.getLocalName();
            switch (name) {
                case "title" -> item.title = plain(markup(r, type(r)));
                case "link" -> {
                    String href = r.getAttributeValue(null, "href");
                    String rel = r.getAttributeValue(null, "rel");
                    String text = markup(r, "html").strip();
                    if (item.link == null && (rel == null || rel.equals("alternate"))) {
                        item.link = href != null ? href : text;
                    }
                }
                case "guid", "id" -> item.guid = markup(r, "html").strip();
                case "pubDate", "published", "date", "issued" -> item.date = markup(r, "html");
                case "updated", "modified" -> item.updated = markup(r, "html");
                case "description", "summary" -> item.summary = markup(r, type(r));
                case "content", "encoded" -> {
                    if (name.equals("content") || CONTENT_MODULE.equals(r.getNamespaceURI())) {
                        item.content = markup(r, type(r));
                    } else {
                        markup(r, "html");
                    }
                }
                default -> markup(r, "html");
            }
        }
        return item;
    }

    private Article article(Item item, String feedLang, String where) throws ReadException {
        String body = item.content != null && !item.content.isBlank() ? item.content : item.summary;
        String title = item.title == null || item.title.isBlank() ? null : item.title;
        if (title == null && (body == null || body.isBlank())) {
            throw new ReadException("the item has no title and no text");
        }
        if (body != null && body.length() > maxBytes) {
            throw new ReadException("the item's text is longer than the limit of " + maxBytes + " bytes");
        }
        String url = item.link != null && !item.link.isBlank() ? item.link
                : item.guid != null && item.guid.matches("(?i)https?://\\S+") ? item.guid : null;
        HtmlExtractor.Page p = html.extract(body == null ? "" : body, url, title);
        if (p.sections().isEmpty()) {
            throw new ReadException("no text in the item");
        }
        LocalDate date = date(item.date != null ? item.date : item.updated);
        return articles.make(null, url, p.title(), item.lang != null ? item.lang : feedLang, date, p.text(),
                p.sections(), where);
    }

    /**
     * An element's content as HTML, up to its end tag: text as it is, except in Atom's {@code xhtml}
     * content, whose child elements are the markup and whose text is escaped; child elements
     * anywhere are written back as tags (without attributes), so their block structure survives.
     */
    private static String markup(XMLStreamReader r, String type) throws XMLStreamException {
        boolean xhtml = type.equals("xhtml");
        boolean text = type.equals("text");
        StringBuilder sb = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            switch (r.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    sb.append('<').append(r.getLocalName()).append('>');
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (--depth > 0) {
                        sb.append("</").append(r.getLocalName()).append('>');
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        sb.append(xhtml || text ? Entities.escape(r.getText()) : r.getText());
                default -> {
                    // comments and processing instructions are no content
                }
            }
        }
        // Atom's plain text keeps its paragraphs: blank lines become paragraph breaks
        return text ? sb.toString().replaceAll("\\n\\s*\\n", "<p>") : sb.toString();
    }

    /** Atom's content type: text (its default), html (MIME types too) or xhtml; RSS's content is HTML. */
    private static String type(XMLStreamReader r) {
        if (!ATOM.equals(r.getNamespaceURI())) {
            return "html";
        }
        String t = r.getAttributeValue(null, "type");
        if (t == null) {
            return "text";
        }
        t = t.strip().toLowerCase(Locale.ROOT);
        return t.equals("text") || t.equals("xhtml") ? t : "html";
    }

    /** A title as plain text: feeds escape markup and entities in titles, often twice. */
    private static String plain(String markup) {
        return Jsoup.parse(markup).text();
    }

    /** The day an RFC 822 or ISO 8601 date names, as written (in the publisher's zone); null when neither. */
    static LocalDate date(String value) {
        if (value == null) {
            return null;
        }
        LocalDate iso = HtmlExtractor.parseDate(value);
        if (iso != null) {
            return iso;
        }
        Matcher m = RFC822.matcher(value);
        if (!m.find()) {
            return null;
        }
        int month = MONTHS.indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1;
        int year = Integer.parseInt(m.group(3));
        if (m.group(3).length() == 2) {
            year += year < 50 ? 2000 : 1900;
        }
        try {
            return month == 0 ? null : LocalDate.of(year, month, Integer.parseInt(m.group(1)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static long line(XMLStreamReader r) {
        return Math.max(r.getLocation().getLineNumber(), 0);
    }

    /** The parser's own words, without the position it also puts in its message. */
    private static String reason(XMLStreamException e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        int at = m.indexOf("Message: ");
        return (at >= 0 ? m.substring(at + "Message: ".length()) : m).strip();
    }
}
