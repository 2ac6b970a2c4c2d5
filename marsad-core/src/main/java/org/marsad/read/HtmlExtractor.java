package org.marsad.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.marsad.model.Section;
import org.marsad.model.Span;

/**
 * Extracts an article from an HTML page: title and date from the markup, body paragraphs from
 * the article's main element without navigation, scripts or other page furniture. The text is
 * the title and the paragraphs separated by blank lines; sections point into it.
 */
final class HtmlExtractor {
    /** Elements whose content is never article text. */
    private static final Set<String> SKIPPED_TAGS = Set.of("script", "style", "noscript", "template", "nav",
            "header", "footer", "aside", "form", "button", "select", "textarea", "input", "iframe", "object",
            "embed", "svg", "math", "canvas", "video", "audio", "dialog", "menu", "head", "title");
    private static final Set<String> SKIPPED_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
            "search", "menu", "menubar", "dialog");
    /** Class and id words that mark page furniture by common web convention. */
    private static final Set<String> SKIPPED_CLASSES = Set.of("nav", "navbar", "navigation", "menu", "breadcrumb",
            "breadcrumbs", "share", "sharing", "social", "related", "comments", "comment", "sidebar", "advert",
            "advertisement", "ads", "ad", "promo", "newsletter", "cookie", "cookies", "subscribe", "tags", "footer",
            "header", "banner", "popup", "modal");
    /** Elements that end a paragraph. */
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "h1", "h2",
            "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td",
            "th", "caption", "figure", "figcaption", "address", "hr", "br", "center", "details", "summary", "body");
    /** Meta names and properties that give a publication date, best first. */
    private static final List<String> DATE_METAS = List.of("article:published_time", "og:published_time",
            "datepublished", "date", "pubdate", "publishdate", "publish-date", "publish_date", "dc.date",
            "dc.date.issued", "dc.date.created", "dcterms.date", "dcterms.issued", "dcterms.created",
            "sailthru.date", "parsely-pub-date", "article.published", "published_time");
    private static final Pattern ISO_DATE = Pattern.compile("^\\s*([0-9]{4})[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})(?![0-9])");
    private static final Pattern LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]{4,64})\"");
    private static final Pattern LANG = Pattern.compile("^([A-Za-z]{2,3})(?:[-_].*)?$");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Zs}]+");
    /** Only the first paragraphs may be a visible date line. */
    private static final int DATE_LINE_WINDOW = 2;

    /** What a page gives: all fields but text and sections may be null. */
    record Page(String title, String lang, LocalDate date, String url, String text, List<Section> sections) {
    }

    Page extract(String html, String baseUri) {
        return extract(html, baseUri, null);
    }

    /** As {@link #extract(String, String)}, with a title known from elsewhere (a feed item's) taking precedence. */
    Page extract(String html, String baseUri, String knownTitle) {
        Document doc = Jsoup.parse(html, baseUri == null ? "" : baseUri);
        Element root = contentRoot(doc);
        Element h1 = root.selectFirst("h1");
        if (h1 == null) {
            h1 = doc.selectFirst("h1");
        }
        String h1Text = h1 == null ? null : collapse(h1.text());
        String title = firstNonBlank(knownTitle, meta(doc, "og:title"), h1Text, doc.title());
        List<String> paragraphs = paragraphs(root);
        if (paragraphs.isEmpty() && root != doc.body()) {
            paragraphs = paragraphs(doc.body());
        }
        StringBuilder text = new StringBuilder();
        List<Section> sections = new ArrayList<>();
        if (title != null) {
            text.append(title);
            sections.add(new Section(Section.Kind.TITLE, new Span(0, text.length())));
        }
        boolean titleSeen = false;
        ChromeWords chrome = ChromeWords.standard();
        int index = 0;
        for (String p : paragraphs) {
            boolean repeatsTitle = p.equals(title) || p.equals(h1Text);
            if ((repeatsTitle && !titleSeen) || chrome.isChrome(p, 0, p.length())) {
                titleSeen |= repeatsTitle;
                continue;
            }
            if (text.length() > 0) {
                text.append("\n\n");
            }
            int start = text.length();
            text.append(p);
            boolean dateLine = index++ < DATE_LINE_WINDOW && DateLine.isDateLine(p, 0, p.length());
            sections.add(new Section(dateLine ? Section.Kind.DATELINE : Section.Kind.BODY,
                    new Span(start, text.length())));
        }
        String url = firstNonBlank(attr(doc.selectFirst("link[rel=canonical]"), "abs:href"), meta(doc, "og:url"));
        return new Page(title, lang(doc), date(doc, root), url, text.toString(), sections);
    }

    /**
     * The element holding the article: its marked body, the longest outermost article element, main,
     * or the page body. Nested articles (comments) are not measured, so no text is counted twice.
     */
    private static Element contentRoot(Document doc) {
        Element marked = doc.selectFirst("[itemprop=articleBody]");
        if (marked != null) {
            return marked;
        }
        Element best = null;
        int bestLength = -1;
        for (Element article : doc.select("article")) {
            if (insideArticle(article)) {
                continue;
            }
            int length = article.text().length();
            if (length > bestLength) {
                best = article;
                bestLength = length;
            }
        }
        if (best != null) {
            return best;
        }
        Element main = doc.selectFirst("main, [role=main]");
        return main != null ? main : doc.body();
    }

    private static boolean insideArticle(Element el) {
        for (Element p = el.parent(); p != null; p = p.parent()) {
            if (p.normalName().equals("article")) {
                return true;
            }
        }
        return false;
    }

    /** Text of the block elements under root, whitespace collapsed, skipping furniture; iterative, so deep nesting is safe. */
    private static List<String> paragraphs(Element root) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element el) {
                    if (el != root && skipped(el)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (BLOCK_TAGS.contains(el.normalName())) {
                        flush(current, out);
                    }
                } else if (node instanceof TextNode t && !(node instanceof CDataNode)) {
                    // browsers show CDATA sections in HTML as nothing (they are bogus comments)
                    current.append(t.getWholeText());
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element el && BLOCK_TAGS.contains(el.normalName())) {
                    flush(current, out);
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        flush(current, out);
        return out;
    }

    private static void flush(StringBuilder current, List<String> out) {
        String p = collapse(current);
        if (TextLayout.trim(p, 0, p.length()) != null) {
            out.add(p);
        }
        current.setLength(0);
    }

    private static boolean skipped(Element el) {
        if (SKIPPED_TAGS.contains(el.normalName()) || el.hasAttr("hidden")
                || "true".equalsIgnoreCase(el.attr("aria-hidden"))
                || SKIPPED_ROLES.contains(el.attr("role").toLowerCase(Locale.ROOT))) {
            return true;
        }
        String style = el.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        if (style.contains("display:none") || style.contains("visibility:hidden")) {
            return true;
        }
        for (String word : (el.className() + " " + el.id()).toLowerCase(Locale.ROOT).split("[\\s_-]+")) {
            if (SKIPPED_CLASSES.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate date(Document doc, Element root) {
        for (String key : DATE_METAS) {
            LocalDate d = parseDate(meta(doc, key));
            if (d != null) {
                return d;
            }
        }
        for (Element e : doc.select("[itemprop=datePublished]")) {
            LocalDate d = parseDate(firstNonBlank(e.attr("content"), e.attr("datetime"), e.text()));
            if (d != null) {
                return d;
            }
        }
        for (Element script : doc.select("script[type=application/ld+json]")) {
            Matcher m = LD_DATE.matcher(script.data());
            LocalDate d = m.find() ? parseDate(m.group(1)) : null;
            if (d != null) {
                return d;
            }
        }
        for (Element scope : List.of(root, doc)) {
            for (Element time : scope.select("time[datetime]")) {
                LocalDate d = parseDate(time.attr("datetime"));
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    /** The calendar date at the start of an ISO-like value ("2020-06-03T10:00+03:00" gives 2020-06-03). */
    static LocalDate parseDate(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = ISO_DATE.matcher(value);
        if (!m.find()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String lang(Document doc) {
        Element html = doc.selectFirst("html");
        String declared = firstNonBlank(html == null ? null : html.attr("lang"),
                meta(doc, "content-language"), meta(doc, "og:locale"));
        return languageCode(declared);
    }

    /** The language of a declared tag ("ar-SA", "ru_RU", "en") as its primary subtag, or null. */
    static String languageCode(String declared) {
        if (declared == null) {
            return null;
        }
        Matcher m = LANG.matcher(declared.strip());
        return m.matches() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    /** The content of the first meta element whose property, name, itemprop or http-equiv is key. */
    private static String meta(Document doc, String key) {
        for (Element meta : doc.select("meta[content]")) {
            for (String attr : List.of("property", "name", "itemprop", "http-equiv")) {
                if (meta.attr(attr).strip().equalsIgnoreCase(key)) {
                    String content = collapse(meta.attr("content"));
                    if (!content.isEmpty()) {
                        return content;
                    }
                }
            }
        }
        return null;
    }

    private static String attr(Element e, String name) {
        return e == null ? null : e.attr(name);
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return collapse(v);
            }
        }
        return null;
    }

    private static String collapse(CharSequence s) {
        return SPACES.matcher(s).replaceAll(" ").strip();
    }
}
