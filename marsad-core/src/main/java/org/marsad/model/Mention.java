package org.marsad.model;

import java.util.Map;

/**
 * A named entity found in the text.
 *
 * @param actor  the actor it stands for, or null
 * @param entity the dictionary entity id, or null for names the dictionary lacks
 * @param names  the entity's display names by language code, a transliteration proposed for a
 *               language it has none in (for a name the dictionary lacks: the name itself and
 *               its proposals)
 * @param link   how the actor was found: {@link #LISTED}, {@link #TRANSLITERATION},
 *               {@link #SKELETON}, {@link #SURNAME}, {@link #ARTICLE_STATE}, or null when it was not
 */
public record Mention(String id, EntityType type, Span span, String text, Actor actor,
                      String entity, Map<String, String> names, double confidence, String link) {
    /** A name the dictionary lists (or a word that stands for one). */
    public static final String LISTED = "listed";
    /** A name near a listed one once both are in Latin letters. */
    public static final String TRANSLITERATION = "transliteration";
    /** A listed person's last name alone, the article having named them in full. */
    public static final String SURNAME = "surname";
    /** A name with a listed one's consonant skeleton. */
    public static final String SKELETON = "skeleton";
    /** A government body named without its state, given the state the article is about. */
    public static final String ARTICLE_STATE = "article-state";

    public Mention {
        names = Map.copyOf(names);
    }

    public Mention withId(String newId) {
        return new Mention(newId, type, span, text, actor, entity, names, confidence, link);
    }
}
