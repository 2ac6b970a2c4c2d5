package org.marsad.model;

import java.util.Map;

/**
 * A named entity found in the text.
 *
 * @param actor  the actor it stands for, or null
 * @param entity the dictionary entity id, or null for names the dictionary lacks
 * @param names  the entity's display names by language code (empty when unknown)
 */
public record Mention(String id, EntityType type, Span span, String text, Actor actor,
                      String entity, Map<String, String> names, double confidence) {
    public Mention {
        names = Map.copyOf(names);
    }

    public Mention withId(String newId) {
        return new Mention(newId, type, span, text, actor, entity, names, confidence);
    }
}
