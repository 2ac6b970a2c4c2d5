package org.marsad.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.marsad.eval.GoldReading;
import org.marsad.model.Article;
import org.marsad.model.Document;
import org.marsad.read.ArticleReader;

/** The whole pipeline on the project's own articles, scored against their hand-made readings. */
class FixtureReadingsTest {
    private static final Pipeline PIPELINE = Pipeline.standard();

    static Document run(String fixture) throws IOException {
        List<Article> articles = new ArrayList<>();
        try (InputStream in = FixtureReadingsTest.class.getResourceAsStream("/fixtures/" + fixture + ".txt")) {
            new ArticleReader().read(fixture + ".txt", in, articles::add, e -> {
                throw new AssertionError(e.message());
            });
        }
        assertEquals(1, articles.size());
        return PIPELINE.process(articles.get(0));
    }

    static GoldReading gold(String fixture) throws IOException {
        try (InputStream in = FixtureReadingsTest.class.getResourceAsStream("/fixtures/" + fixture + ".gold.json")) {
            return new GoldReading(new ObjectMapper().readTree(in));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar/saudi-iran-beijing", "ar/sisi-erdogan-cairo", "ar/iran-israel-attack", "ar/seed-retold",
            "ru/seed-ru", "en/seed-en"})
    void findsEveryRequiredItemAndCodesPrecisely(String fixture) throws IOException {
        GoldReading.Score score = gold(fixture).score(run(fixture));
        assertTrue(score.passes(), fixture + "\n" + score.report());
    }
}
