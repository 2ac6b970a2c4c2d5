package org.marsad.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * The search index's fields. Each article's text goes into the field of its language, analysed
 * by that language's analyser; the names in ar/ru/en of the actors and entities it mentions go
 * into one names field per language; actor codes and entity ids are kept whole, so that a query
 * naming an actor in any language finds articles in every language that mention it.
 */
final class Fields {
    static final String ID = "id";
    static final String LANG = "lang";
    static final String ACTOR = "actor";
    static final String ENTITY = "entity";
    static final List<String> LANGS = List.of("ar", "ru", "en");

    private Fields() {
    }

    static String text(String lang) {
        return "text_" + indexLang(lang);
    }

    static String names(String lang) {
        return "names_" + indexLang(lang);
    }

    /** Languages other than the three are searched with English analysis (plain words, no stemming surprises). */
    static String indexLang(String lang) {
        return lang != null && LANGS.contains(lang) ? lang : "en";
    }

    static Analyzer analyzer(String lang) {
        return switch (lang) {
            case "ar" -> new ArabicAnalyzer();
            case "ru" -> new RussianAnalyzer();
            case "en" -> new EnglishAnalyzer();
            default -> throw new IllegalArgumentException("no analyser for " + lang);
        };
    }

    /** The analyser of every field: each language's text and names fields by that language's analyser. */
    static Analyzer perField() {
        Map<String, Analyzer> byField = new HashMap<>();
        for (String lang : LANGS) {
            Analyzer a = analyzer(lang);
            byField.put(text(lang), a);
            byField.put(names(lang), a);
        }
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), byField);
    }
}
