package org.marsad.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.marsad.model.Article;
import org.marsad.model.Section;

class FeedReadTest {
    private static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
              <channel>
                <title>أخبار</title>
                <language>ar-SA</language>
                <item>
                  <title>باكستان تستدعي سفير الهند</title>
                  <link>https://example.org/ar/1</link>
                  <guid isPermaLink="false">item-1</guid>
                  <pubDate>Wed, 7 Aug 2019 21:30:00 +0500</pubDate>
                  <description><![CDATA[<p>استدعت <b>باكستان</b> سفير الهند.</p><p>وقالت الخارجية إن القرار نهائي.</p>]]></description>
                </item>
                <item>
                  <title>Russia &amp; Pakistan hold talks</title>
                  <link>https://example.org/en/2</link>
                  <pubDate>Thu, 08 Aug 19 10:00:00 GMT</pubDate>
                  <description>short summary</description>
                  <content:encoded>&lt;p&gt;Russia and Pakistan held talks in Moscow.&lt;/p&gt;</content:encoded>
                </item>
              </channel>
            </rss>
            """;
    private static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <!-- a comment before the root -->
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ru">
              <title>Новости</title>
              <entry>
                <title type="text">Россия и Пакистан начали учения</title>
                <link rel="self" href="https://example.org/self/3"/>
                <link rel="alternate" href="https://example.org/ru/3"/>
                <id>urn:uuid:3</id>
                <updated>2016-09-26T08:00:00Z</updated>
                <published>2016-09-24T20:00:00+03:00</published>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Россия и Пакистан начали учения &lt;Дружба&gt;.</p><p>Учения продлятся две недели.</p></div></content>
              </entry>
              <entry xml:lang="en">
                <title>Plain entry</title>
                <id>https://example.org/en/4</id>
                <updated>2016-09-25T08:00:00Z</updated>
                <summary>First paragraph of a plain summary.

            Second paragraph.</summary>
              </entry>
            </feed>
            """;

    @TempDir
    Path dir;

    private Collected read(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return Collected.read(file.toString());
    }

    @Test
    void rssItemsBecomeArticles() throws Exception {
        Collected c = read("news.rss", RSS);
        assertEquals(List.of(), c.messages());
        assertEquals(2, c.articles.size());
        Article ar = c.articles.get(0);
        assertEquals("باكستان تستدعي سفير الهند", ar.title());
        assertEquals("https://example.org/ar/1", ar.url());
        assertEquals(LocalDate.of(2019, 8, 7), ar.published(), "the day as the feed writes it");
        assertEquals("ar", ar.lang());
        assertEquals(List.of("TITLE باكستان تستدعي سفير الهند", "BODY استدعت باكستان سفير الهند.",
                "BODY وقالت الخارجية إن القرار نهائي."), Collected.sections(ar));
        assertTrue(ar.origin().endsWith("news.rss:6"), ar.origin());
        Article en = c.articles.get(1);
        assertEquals("Russia & Pakistan hold talks", en.title());
        assertEquals(LocalDate.of(2019, 8, 8), en.published());
        assertEquals(List.of("Russia and Pakistan held talks in Moscow."), Collected.texts(en, Section.Kind.BODY),
                "the full content wins over the description");
    }

    @Test
    void atomEntriesBecomeArticles() throws Exception {
        Collected c = read("news.atom", ATOM);
        assertEquals(List.of(), c.messages());
        assertEquals(2, c.articles.size());
        Article ru = c.articles.get(0);
        assertEquals("https://example.org/ru/3", ru.url(), "the alternate link, not self");
        assertEquals(LocalDate.of(2016, 9, 24), ru.published(), "published before updated");
        assertEquals("ru", ru.lang());
        assertEquals(List.of("Россия и Пакистан начали учения <Дружба>.", "Учения продлятся две недели."),
                Collected.texts(ru, Section.Kind.BODY));
        Article en = c.articles.get(1);
        assertEquals("en", en.lang(), "the entry's language over the feed's");
        assertEquals("https://example.org/en/4", en.url(), "an id that is a link stands for the missing link");
        assertEquals(List.of("First paragraph of a plain summary.", "Second paragraph."),
                Collected.texts(en, Section.Kind.BODY));
    }

    @Test
    void feedsAreRecognisedByContentToo() throws Exception {
        assertEquals(2, read("feed.xml", RSS).articles.size());
        assertEquals(2, read("download", ATOM).articles.size());
        Collected notAFeed = read("page.xml", "<?xml version=\"1.0\"?><html><body><p>Hello there.</p></body></html>");
        assertEquals(List.of(), notAFeed.messages(), "an XML file of another kind is no feed");
        assertEquals(1, notAFeed.articles.size());
        Collected wrongRoot = Collected.read(ReadOptions.defaults().withFormat(InputFormat.FEED),
                writeFile("data.xml", "<?xml version=\"1.0\"?>\n<catalog><item/></catalog>"));
        assertEquals(List.of(), wrongRoot.articles);
        assertTrue(wrongRoot.messages().get(0).endsWith("data.xml:2: not an RSS or Atom feed: its root element is <catalog>"),
                wrongRoot.messages().toString());
    }

    private String writeFile(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file.toString();
    }

    @Test
    void aBrokenFeedKeepsTheItemsBeforeTheBreakAndNamesTheLine() throws Exception {
        String broken = RSS.replace("<title>Russia &amp; Pakistan hold talks</title>", "<title>Russia & Pakistan</title>");
        Collected c = read("broken.rss", broken);
        assertEquals(1, c.articles.size(), "the first item is kept");
        assertEquals(1, c.errors.size());
        InputError e = c.errors.get(0);
        assertTrue(e.origin().endsWith("broken.rss"), e.message());
        assertEquals(14, e.line(), e.message());
        assertTrue(e.reason().startsWith("broken or refused XML: "), e.reason());
        assertFalse(e.reason().contains("ParseError at"), "the line is said once: " + e.reason());
    }

    @Test
    void anItemWithoutTextIsReportedAndTheOthersGoOn() throws Exception {
        String empty = RSS.replace("<item>\n      <title>Russia", "<item><link>https://example.org/x</link></item>\n<item>\n      <title>Russia");
        Collected c = read("empty.rss", empty);
        assertEquals(2, c.articles.size());
        assertEquals(1, c.errors.size(), c.messages().toString());
        assertTrue(c.messages().get(0).endsWith("empty.rss:13: the item has no title and no text"), c.messages().toString());
    }

    @Test
    void externalEntitiesAreRefusedAndNoFileIsRead() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-VALUE");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<rss version=\"2.0\"><channel>\n<item><title>Leak</title><description>&xxe;</description></item>\n"
                + "</channel></rss>\n";
        Collected c = read("xxe.rss", xxe);
        assertTrue(c.articles.stream().noneMatch(a -> a.text().contains("TOP-SECRET")), "nothing read from the file");
        assertEquals(1, c.errors.size());
        assertEquals(4, c.errors.get(0).line(), c.messages().toString());
        assertTrue(c.messages().get(0).contains("xxe"), c.messages().toString());
    }

    @Test
    void entityExpansionIsRefused() throws Exception {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE rss [\n<!ENTITY lol \"lol\">\n");
        dtd.append("<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n");
        for (int i = 2; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"");
            dtd.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        dtd.append("]>\n");
        String bomb = "<?xml version=\"1.0\"?>\n" + dtd + "<rss><channel><item><title>Boom</title>"
                + "<description>&lol9;</description></item></channel></rss>\n";
        long start = System.nanoTime();
        Collected c = read("laughs.rss", bomb);
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "refused at once, not expanded");
        assertEquals(List.of(), c.articles);
        assertEquals(1, c.errors.size(), c.messages().toString());
        assertEquals(14, c.errors.get(0).line(), c.messages().toString());
        assertTrue(c.messages().get(0).contains("lol9"), c.messages().toString());
        assertTrue(c.messages().get(0).contains("a feed's DTD is not read"), c.messages().toString());
    }

    @Test
    void datesInTheFormsFeedsWrite() {
        assertEquals(LocalDate.of(2020, 6, 3), FeedArticles.date("Wed, 03 Jun 2020 10:00:00 GMT"));
        assertEquals(LocalDate.of(2020, 6, 3), FeedArticles.date("3 June 2020 10:00 EST"));
        assertEquals(LocalDate.of(2020, 6, 3), FeedArticles.date("2020-06-03T23:00:00-05:00"));
        assertNull(FeedArticles.date("yesterday"));
        assertNull(FeedArticles.date("31 Feb 2020"));
    }
}
