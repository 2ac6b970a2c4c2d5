package org.marsad.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import org.marsad.actors.ActorDictionary;
import org.marsad.actors.Entity;
import org.marsad.model.Token;
import org.marsad.text.LanguageDetector;
import org.marsad.text.LanguagePack;
import org.marsad.text.Segmenter;

/**
 * Turns what a user typed into a search query over the three languages. The words are looked
 * up in each language's text and names fields, every word required (simple syntax: "phrases",
 * -word, prefix*). Besides, names of actors in the query, in whatever language, stand for their
 * actor codes and entity ids: باكستان, Pakistan and Пакистан all find articles that mention PAK.
 */
final class QueryMaker {
    private final ActorDictionary dictionary;
    private final Map<String, Analyzer> analyzers;

    QueryMaker(ActorDictionary dictionary) {
        this.dictionary = dictionary;
        this.analyzers = Map.of("ar", Fields.analyzer("ar"), "ru", Fields.analyzer("ru"), "en", Fields.analyzer("en"));
    }

    /** A query and the actor codes and entity ids its names stood for (for snippets). */
    record Made(Query query, Set<String> actors, Set<String> entities) {
    }

    Made make(String text, String lang) {
        String q = text == null ? "" : text.strip();
        if (q.isEmpty() || q.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new IllegalArgumentException("the query has no words");
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        Query words = inAnyLanguage(q);
        if (words != null) {
            any.add(words, Occur.SHOULD);
        }
        Set<String> actors = new LinkedHashSet<>();
        Set<String> entities = new LinkedHashSet<>();
        Query named = byActors(q, actors, entities);
        if (named != null) {
            any.add(named, Occur.SHOULD);
        }
        Query query = any.build();
        if (lang != null) {
            query = new BooleanQuery.Builder().add(query, Occur.MUST)
                    .add(new TermQuery(new Term(Fields.LANG, lang)), Occur.FILTER).build();
        }
        return new Made(query, actors, entities);
    }

    /** The words in each language's text and names fields; null when no language's analyser keeps any. */
    private Query inAnyLanguage(String q) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int clauses = 0;
        for (String lang : Fields.LANGS) {
            SimpleQueryParser parser = new SimpleQueryParser(analyzers.get(lang),
                    Map.of(Fields.text(lang), 1.0f, Fields.names(lang), 0.5f));
            parser.setDefaultOperator(Occur.MUST);
            Query parsed = parser.parse(q);
            if (!(parsed instanceof MatchNoDocsQuery)) {
                b.add(parsed, Occur.SHOULD);
                clauses++;
            }
        }
        return clauses == 0 ? null : b.build();
    }

    /**
     * Each actor name in the query as its codes and ids, all required, with the query's other words
     * required in some language; null when the query names no actor.
     */
    private Query byActors(String q, Set<String> actors, Set<String> entities) {
        String lang = LanguageDetector.detect(q);
        if (!LanguagePack.SUPPORTED.contains(lang)) {
            return null;
        }
        List<Token> tokens = new Segmenter(LanguagePack.of(lang)).tokens(q, 0, q.length());
        List<ActorDictionary.Match> matches = dictionary.match(tokens);
        if (matches.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        StringBuilder rest = new StringBuilder();
        int at = 0;
        for (ActorDictionary.Match m : matches) {
            int start = tokens.get(m.start()).span().start();
            int end = tokens.get(m.end() - 1).span().end();
            rest.append(q, at, start).append(' ');
            at = end;
            BooleanQuery.Builder either = new BooleanQuery.Builder();
            for (Entity e : m.entities()) {
                either.add(new TermQuery(new Term(Fields.ENTITY, e.id())), Occur.SHOULD);
                entities.add(e.id());
                if (e.actor() != null && dictionary.forActor(e.actor()) == e) {
                    either.add(new TermQuery(new Term(Fields.ACTOR, e.actor())), Occur.SHOULD);
                    actors.add(e.actor());
                }
            }
            all.add(either.build(), Occur.MUST);
        }
        rest.append(q, at, q.length());
        if (keepsWords(lang, rest.toString())) {
            all.add(inAnyLanguage(rest.toString()), Occur.MUST);
        }
        return all.build();
    }

    /** Whether the query's own language finds words in the rest of it that are not stop words. */
    private boolean keepsWords(String lang, String rest) {
        if (rest.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return false;
        }
        SimpleQueryParser parser = new SimpleQueryParser(analyzers.get(lang), Fields.text(lang));
        return !(parser.parse(rest) instanceof MatchNoDocsQuery) && inAnyLanguage(rest) != null;
    }

    /** The words of the query, lower-cased, for finding mentions to show when no word of the text matched. */
    static List<String> words(String q) {
        List<String> out = new ArrayList<>();
        for (String w : q.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
