package org.marsad.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.Section;
import org.marsad.model.Sentence;
import org.marsad.model.Span;
import org.marsad.model.TimeExpression;
import org.marsad.text.LanguagePack;
import org.marsad.text.Segmenter;

class TimeTaggerTest {
    private static final LocalDate DATE = LocalDate.of(2020, 6, 3);

    /** A short article of our own with a title, a date line and a body, like a wire report. */
    private static final String TITLE = "اجتماع مرتقب في الربيع";
    private static final String DATELINE = "الأربعاء، ٠٣ يونيو ٢٠٢٠";
    private static final String BODY = "قال المتحدث إن الوفد سيصل والخريف المقبل، وإن الاتفاق وُقِّع للعام 2001"
            + " في ١٥ رَمَضَان ١٤٤١ هـ. ولم يعقد الاجتماع في الوقت نفسه.";

    @Test
    void taggersAreCachedPerLanguage() {
        assertSame(TimeTagger.forLanguage("ar"), TimeTagger.forLanguage("ar"));
        assertSame(TimeTagger.forLanguage("fr"), TimeTagger.forLanguage(null));
    }

    @Test
    void offsetsPointIntoTheOriginalTextOfEverySection() {
        String text = TITLE + "\n\n" + DATELINE + "\n\n" + BODY;
        int dateline = TITLE.length() + 2;
        int body = dateline + DATELINE.length() + 2;
        Article article = new Article("a", null, null, "ar", DATE, text, List.of(
                new Section(Section.Kind.TITLE, new Span(0, TITLE.length())),
                new Section(Section.Kind.DATELINE, new Span(dateline, dateline + DATELINE.length())),
                new Section(Section.Kind.BODY, new Span(body, text.length()))), "test");
        List<TimeExpression> found = new ArrayList<>();
        for (Sentence s : new Segmenter(LanguagePack.of("ar")).sentences(article)) {
            found.addAll(TimeTagger.forLanguage("ar").tag(s, text, DATE));
        }
        List<String> expected = List.of(
                "الربيع = 2021-SP",
                "الأربعاء، ٠٣ يونيو ٢٠٢٠ = 2020-06-03",
                // و before the article is a clitic, not part of the expression
                "الخريف المقبل = 2020-FA",
                // ل + العام: the article's alef is gone, so only the bare noun remains
                "عام 2001 = 2001",
                // diacritics inside the name and the tatweel of هـ belong to the extent
                "١٥ رَمَضَان ١٤٤١ هـ = 2020-05-08");
        List<String> got = new ArrayList<>();
        for (TimeExpression e : found) {
            assertEquals(e.span().of(text), e.text());
            got.add(e.text() + " = " + e.value());
        }
        assertEquals(expected, got);
        assertEquals(text.indexOf("الخريف"), found.get(2).span().start());
        assertEquals(text.indexOf("هـ") + 2, found.get(4).span().end());
    }

    @Test
    void languagesWithoutTheirOwnDataGetNumericDates() {
        assertEquals(List.of("03/06/2020 = 2020-06-03", "2020-07-01 = 2020-07-01"),
                texts(TimeCasesTest.tag("fr", "Le 03/06/2020 en juin, puis le 2020-07-01.", DATE)));
    }

    @Test
    void tenseChoosesTheYearOfABareMonthAndTheWeekOfABareWeekday() {
        assertEquals(List.of("يناير = 2021-01"), texts(TimeCasesTest.tag("ar", "سيعقد المؤتمر في يناير.", DATE)));
        assertEquals(List.of("أغسطس = 2019-08"), texts(TimeCasesTest.tag("ar", "كانت الأزمة في أغسطس.", DATE)));
        assertEquals(List.of("أغسطس = 2020-08"), texts(TimeCasesTest.tag("ar", "المعرض في أغسطس.", DATE)));
        assertEquals(List.of("Friday = 2020-06-05"), texts(TimeCasesTest.tag("en", "Talks will start on Friday.", DATE)));
        assertEquals(List.of("Friday = 2020-05-29"), texts(TimeCasesTest.tag("en", "Talks started on Friday.", DATE)));
    }

    @Test
    void aBareHijriMonthIsTheNearestOneInTheTensesDirection() {
        assertEquals(List.of("رمضان = 2021-04-13/2021-05-12"),
                texts(TimeCasesTest.tag("ar", "سيبدأ رمضان في موعده.", DATE)));
        assertEquals(List.of("رمضان = 2020-04-24/2020-05-23"),
                texts(TimeCasesTest.tag("ar", "كان رمضان صعبا.", DATE)));
    }

    @Test
    void sameInputSameOutputAcrossThreads() throws Exception {
        String text = BODY + " " + "وفي 21 - 23 يوليو وأواخر تموز/ يوليو القادم.";
        List<TimeExpression> expected = TimeCasesTest.tag("ar", text, DATE);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<TimeExpression>>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(pool.submit(() -> TimeCasesTest.tag("ar", text, DATE)));
            }
            for (Future<List<TimeExpression>> run : runs) {
                assertEquals(expected, run.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    private static List<String> texts(List<TimeExpression> found) {
        List<String> out = new ArrayList<>();
        for (TimeExpression e : found) {
            out.add(e.text() + " = " + e.value());
        }
        return out;
    }
}
