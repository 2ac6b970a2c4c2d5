package org.marsad.model;

import java.time.LocalDate;
import java.util.List;

/**
 * An article as read: its whole text (all offsets point into it) and the sections the
 * reader found in it. {@code title} may come from metadata and then lies outside {@code text}.
 *
 * @param origin where it came from, for error messages: a path, {@code path:line} (JSONL),
 *               {@code path#offset} (a WARC record) or {@code -}
 */
public record Article(String id, String url, String title, String lang, LocalDate published,
                      String text, List<Section> sections, String origin) {
    public Article {
        sections = List.copyOf(sections);
    }

    public Article withLang(String newLang) {
        return new Article(id, url, title, newLang, published, text, sections, origin);
    }

    public Article withPublished(LocalDate date) {
        return new Article(id, url, title, lang, date, text, sections, origin);
    }
}
