package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.marsad.model.Article;
import org.marsad.model.Section;
import org.marsad.model.Sentence;
import org.marsad.model.Span;
import org.marsad.model.Token;

class SegmenterTest {
    static Article article(String text, String lang) {
        return new Article("a", null, null, lang, null, text, List.of(new Section(Section.Kind.BODY,
                new Span(0, text.length()))), "test");
    }

    private static List<String> sentences(String text, String lang) {
        return new Segmenter(LanguagePack.of(lang)).sentences(article(text, lang)).stream()
                .map(s -> s.span().of(text)).toList();
    }

    @Test
    void splitsArabicSentencesAndKeepsClosingQuotes() {
        assertEquals(List.of("قال الوزير: \"نحن مستعدون.\"", "وأضاف أن المحادثات ستستمر؟", "نعم"),
                sentences("قال الوزير: \"نحن مستعدون.\" وأضاف أن المحادثات ستستمر؟ نعم", "ar"));
    }

    @Test
    void linesAreHardBreaks() {
        assertEquals(List.of("العنوان هنا", "النص الأول."), sentences("العنوان هنا\nالنص الأول.", "ar"));
    }

    @Test
    void knowsRussianAbbreviationsAndInitials() {
        assertEquals(List.of("В 2014 г. стороны подписали договор.", "В. В. Путин прибыл в Москву."),
                sentences("В 2014 г. стороны подписали договор. В. В. Путин прибыл в Москву.", "ru"));
    }

    @Test
    void knowsEnglishTitles() {
        assertEquals(List.of("Mr. Khan met Dr. Lavrov on Jan. 5.", "They talked."),
                sentences("Mr. Khan met Dr. Lavrov on Jan. 5. They talked.", "en"));
    }

    @Test
    void tokensCarryOriginalTextNormalFormAndClitics() {
        String text = "وباكستان ٢٠٢٠، الروسية";
        Sentence s = new Segmenter(LanguagePack.of("ar")).sentences(article(text, "ar")).get(0);
        List<Token> t = s.tokens();
        assertEquals(List.of("وباكستان", "٢٠٢٠", "،", "الروسية"), t.stream().map(Token::text).toList());
        assertEquals("2020", t.get(1).norm());
        assertEquals(Token.Kind.NUMBER, t.get(1).kind());
        assertEquals(true, t.get(0).hasLemma("باكستان"));
        assertEquals(true, t.get(3).hasLemma("روسيه"));
    }

    @Test
    void numbersKeepInnerSeparators() {
        String text = "1,000 troops and 3.5 tonnes";
        List<Token> t = new Segmenter(LanguagePack.of("en")).tokens(text, 0, text.length());
        assertEquals("1,000", t.get(0).text());
        assertEquals("3.5", t.get(3).text());
    }
}
