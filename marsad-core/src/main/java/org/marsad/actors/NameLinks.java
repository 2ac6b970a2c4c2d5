package org.marsad.actors;

import java.time.LocalDate;
import java.util.List;

import org.marsad.model.EntityType;
import org.marsad.model.Mention;
import org.marsad.model.Span;
import org.marsad.model.Token;

/**
 * A mention for a name no listed name matched (a tagger's find), linked to a dictionary entity
 * in order of trust: a listed name near it once both are in Latin letters ({@link TranslitLinker}),
 * else one with its consonant skeleton ({@link NameLinker}), else none. Its confidence says which,
 * and stays below a listed name's; its names are the entity's, or the name and its
 * transliterations ({@link NameVariants}). Thread-safe.
 */
public final class NameLinks {
    /** The best transliteration link; a word's full slack takes {@link #PER_DISTANCE} off. */
    private static final double TRANSLITERATED = 0.69;
    private static final double PER_DISTANCE = 0.03;
    private static final double SKELETON = 0.65;
    private static final double UNLINKED = 0.6;

    private final TranslitLinker transliterated;
    private final NameLinker skeleton;
    private final NameVariants variants;

    private NameLinks(TranslitLinker transliterated, NameLinker skeleton, NameVariants variants) {
        this.transliterated = transliterated;
        this.skeleton = skeleton;
        this.variants = variants;
    }

    public static NameLinks of(ActorDictionary dictionary) {
        return new NameLinks(TranslitLinker.of(dictionary.entities()), NameLinker.of(dictionary),
                new NameVariants(Transliteration.bundled()));
    }

    /** The mention of a name over these tokens, written in a language, on the article's date. */
    public Mention mention(List<Token> tokens, EntityType type, Span span, String text, LocalDate date, String lang) {
        String name = span.of(text);
        if (type != EntityType.MISC) {
            List<String> words = transliterated.keyWords(name, lang);
            TranslitLinker.Link link = transliterated.link(words, type, lang);
            if (link == null) {
                List<String> lemmaWords = transliterated.keyWords(lemmas(tokens), lang);
                link = lemmaWords.equals(words) ? null : transliterated.link(lemmaWords, type, lang);
            }
            if (link != null) {
                double confidence = TRANSLITERATED - PER_DISTANCE * Math.min(1, link.distance());
                return linked(link.entity(), type, span, name, date, Math.round(confidence * 100) / 100.0,
                        Mention.TRANSLITERATION);
            }
            Entity e = skeleton.link(tokens, type);
            if (e != null) {
                return linked(e, type, span, name, date, SKELETON, Mention.SKELETON);
            }
        }
        return new Mention(null, type, span, name, null, null, variants.of(name, lang), UNLINKED, null);
    }

    private Mention linked(Entity e, EntityType type, Span span, String name, LocalDate date, double confidence,
                           String how) {
        return new Mention(null, type, span, name, e.actorOn(date), e.id(), variants.of(e), confidence, how);
    }

    /** The name as its tokens' first readings (lemmas where the language has them). */
    private static String lemmas(List<Token> tokens) {
        StringBuilder out = new StringBuilder();
        for (Token t : tokens) {
            if (t.kind() != Token.Kind.PUNCT) {
                out.append(out.length() == 0 ? "" : " ").append(t.analyses().get(0).lemma());
            }
        }
        return out.toString();
    }
}
