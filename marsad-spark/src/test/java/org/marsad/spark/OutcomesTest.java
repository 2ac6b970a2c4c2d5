package org.marsad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OutcomesTest {
    @Test
    void theSourceIsTheUrlsHostWithoutWww() {
        assertEquals("example.org", Outcomes.source("https://www.Example.org/news/1?x=2", "f"));
        assertEquals("host.example", Outcomes.source("http://user:pw@host.example:8080/a", "f"));
        assertEquals("aawsat.com", Outcomes.source("http://aawsat.com/home/article/412746/سلمان-الدوسري/المالكي", "f"));
        assertEquals("news.example.com", Outcomes.source(" https://news.example.com", "f"));
    }

    @Test
    void withoutAUrlTheSourceIsTheFile() {
        assertEquals("file:/data/feed.jsonl", Outcomes.source(null, "file:/data/feed.jsonl"));
        assertEquals("file:/data/feed.jsonl", Outcomes.source("no url at all", "file:/data/feed.jsonl"));
        assertEquals("file:/data/feed.jsonl", Outcomes.source("/relative/path", "file:/data/feed.jsonl"));
    }
}
