package org.marsad.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.marsad.data.DataFile;
import org.marsad.model.Article;
import org.marsad.model.Section;
import org.marsad.model.Sentence;
import org.marsad.model.Span;
import org.marsad.model.TimeExpression;
import org.marsad.text.LanguagePack;
import org.marsad.text.Segmenter;

/**
 * Runs the sentence cases of {@code time-cases/XX.tsv}: each sentence must give exactly the
 * listed expressions, extent and value, in text order. See the files' headers for the format.
 */
class TimeCasesTest {
    static final LocalDate ARTICLE_DATE = LocalDate.of(2020, 6, 3);

    @TestFactory
    Stream<DynamicTest> arabic() {
        return cases("ar", 60);
    }

    @TestFactory
    Stream<DynamicTest> russian() {
        return cases("ru", 60);
    }

    @TestFactory
    Stream<DynamicTest> english() {
        return cases("en", 60);
    }

    private static Stream<DynamicTest> cases(String lang, int minimumExpressions) {
        List<DataFile.Row> rows = DataFile.file(path("time-cases/" + lang + ".tsv"));
        int expressions = 0;
        for (DataFile.Row row : rows) {
            expressions += expected(row).size();
        }
        assertTrue(expressions >= minimumExpressions, lang + " has only " + expressions + " expected expressions");
        return rows.stream().map(row -> DynamicTest.dynamicTest(lang + ":" + row.line() + " " + row.get(0),
                () -> check(lang, row)));
    }

    private static void check(String lang, DataFile.Row row) {
        String text = row.get(0);
        LocalDate anchor = row.get(2).isEmpty() ? ARTICLE_DATE
                : row.get(2).equals("none") ? null : LocalDate.parse(row.get(2));
        List<String> found = new ArrayList<>();
        for (TimeExpression e : tag(lang, text, anchor)) {
            assertNull(e.id());
            assertEquals(e.span().of(text), e.text());
            if (e.type() == TimeExpression.Type.SET) {
                found.add(e.text() + " = SET " + e.value());
                continue;
            }
            // the type follows from the value, except for sets, which the cases write "SET P1D"
            TimeExpression.Type type = e.value().endsWith("_REF") ? TimeExpression.Type.DATE
                    : e.value().startsWith("P") ? TimeExpression.Type.DURATION
                    : e.value().contains("T") ? TimeExpression.Type.TIME : TimeExpression.Type.DATE;
            assertEquals(type, e.type(), e.value());
            found.add(e.text() + " = " + e.value());
        }
        assertEquals(expected(row), found, row.file() + ":" + row.line());
    }

    static List<TimeExpression> tag(String lang, String text, LocalDate anchor) {
        Article article = new Article("t", null, null, lang, anchor, text,
                List.of(new Section(Section.Kind.BODY, new Span(0, text.length()))), "test");
        List<Sentence> sentences = new Segmenter(LanguagePack.of(lang)).sentences(article);
        return TimeTagger.forLanguage(lang).tagAll(sentences, text, anchor);
    }

    private static List<String> expected(DataFile.Row row) {
        List<String> out = new ArrayList<>();
        for (String item : DataFile.values(row.get(1))) {
            int eq = item.lastIndexOf(" = ");
            out.add(item.substring(0, eq).strip() + " = " + item.substring(eq + 3).strip());
        }
        return out;
    }

    private static Path path(String resource) {
        URL url = TimeCasesTest.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new IllegalStateException(resource + " missing from the test class path");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
