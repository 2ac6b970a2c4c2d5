package org.marsad.write;

import java.util.HashMap;
import java.util.Map;

import org.marsad.model.Document;
import org.marsad.model.Mention;
import org.marsad.model.Participant;
import org.marsad.model.Span;

/** The mentions of a document by id and by span, for exports that name actors and places in English. */
final class MentionNames {
    private final Map<String, Mention> byId = new HashMap<>();
    private final Map<Span, Mention> bySpan = new HashMap<>();

    MentionNames(Document doc) {
        for (Mention m : doc.mentions()) {
            byId.put(m.id(), m);
            bySpan.putIfAbsent(m.span(), m);
        }
    }

    /** The participant's mention, or null (a pronoun standing for the story's states has none). */
    Mention of(Participant p) {
        return p.mention() == null ? null : byId.get(p.mention());
    }

    /** The English display name of the participant's entity, or null. */
    String english(Participant p) {
        Mention m = of(p);
        return m == null ? null : m.names().get("en");
    }

    /** The English display name of the mention over exactly this span, or null. */
    String englishAt(Span span) {
        Mention m = bySpan.get(span);
        return m == null ? null : m.names().get("en");
    }
}
