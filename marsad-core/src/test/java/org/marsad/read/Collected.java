package org.marsad.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.marsad.model.Article;
import org.marsad.model.Section;

/** What a reader delivered, for tests. */
final class Collected {
    final List<Article> articles = new ArrayList<>();
    final List<InputError> errors = new ArrayList<>();

    static Collected read(ReadOptions options, String... inputs) {
        Collected c = new Collected();
        new ArticleReader(options).read(List.of(inputs), c.articles::add, c.errors::add);
        return c;
    }

    static Collected read(String... inputs) {
        return read(ReadOptions.defaults(), inputs);
    }

    static Collected stream(ReadOptions options, String origin, InputStream in) {
        Collected c = new Collected();
        new ArticleReader(options).read(origin, in, c.articles::add, c.errors::add);
        return c;
    }

    /** A test resource under read/ as a path string. */
    static String resource(String name) {
        try {
            return Path.of(Collected.class.getResource("/read/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    Article only() {
        assertEquals(List.of(), errors.stream().map(InputError::message).toList(), "errors");
        assertEquals(1, articles.size(), "articles");
        return articles.get(0);
    }

    List<String> messages() {
        return errors.stream().map(InputError::message).toList();
    }

    /** "KIND text" for every section, in order. */
    static List<String> sections(Article a) {
        return a.sections().stream().map(s -> s.kind() + " " + s.span().of(a.text())).collect(Collectors.toList());
    }

    static List<String> texts(Article a, Section.Kind kind) {
        return a.sections().stream().filter(s -> s.kind() == kind).map(s -> s.span().of(a.text())).toList();
    }
}
