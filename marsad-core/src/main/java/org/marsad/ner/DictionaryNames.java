package org.marsad.ner;

import java.util.List;

import org.marsad.actors.ActorDictionary;
import org.marsad.model.Token;

/**
 * The actor dictionary's word on the model's names. The dictionary knows that Hamas and Hezbollah
 * are no people, so a person the model found with exactly a listed name's extent takes the
 * listed type (other types stay as the model has them: corpora differ on whether a state acting
 * as a government is an organisation); and a listed name where the model found nothing is a
 * name when it starts with a capital letter. Where letters have no case nothing says a listed
 * word is used as a name there, and the model has the dictionary among its features anyway.
 */
final class DictionaryNames {
    private DictionaryNames() {
    }

    static void apply(List<Token> tokens, List<String> tags, List<ActorDictionary.Match> names) {
        for (ActorDictionary.Match m : names) {
            String type = m.entities().get(0).type().name();
            if (isChunk(tags, m.start(), m.end()) && tags.get(m.start()).equals("B-PER")
                    || m.exact() && outside(tags, m.start(), m.end()) && capital(tokens.get(m.start()))) {
                new Chunk(m.start(), m.end(), type).writeTo(tags);
            }
        }
    }

    /** Whether tokens [start, end) are exactly one name. */
    static boolean isChunk(List<String> tags, int start, int end) {
        if (!tags.get(start).startsWith("B-")) {
            return false;
        }
        String type = tags.get(start).substring(2);
        for (int i = start + 1; i < end; i++) {
            if (!tags.get(i).equals("I-" + type)) {
                return false;
            }
        }
        return end == tags.size() || !tags.get(end).equals("I-" + type);
    }

    private static boolean outside(List<String> tags, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!tags.get(i).equals("O")) {
                return false;
            }
        }
        return true;
    }

    private static boolean capital(Token t) {
        return !t.norm().isEmpty() && Character.isUpperCase(t.norm().codePointAt(0));
    }
}
