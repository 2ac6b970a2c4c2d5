package org.marsad.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.marsad.actors.ActorDictionary;
import org.marsad.actors.Entity;
import org.marsad.data.DataFile;
import org.marsad.model.EntityType;
import org.marsad.model.Token;
import org.marsad.text.LanguagePack;
import org.marsad.text.Segmenter;

/**
 * Which words open or close the names of people and organisations in the actor dictionary, in
 * any language: فلاديمير and Владимир open a person's name, Council and مجلس open or close an
 * organisation's. A name the dictionary lacks often shares such a word with one it has. Common
 * given names and surnames ({@code ner/person-names.tsv}) and the words that head names of
 * organisations and places ({@code ner/name-words.tsv}) are marked apart.
 */
final class NameParts {
    static final int PERSON_FIRST = 1;
    static final int PERSON_LAST = 2;
    static final int ORG_FIRST = 4;
    static final int ORG_LAST = 8;
    static final int GIVEN = 16;
    static final int FAMILY = 32;
    static final int ORG_WORD = 64;
    static final int PLACE_WORD = 128;

    private final Map<String, Integer> parts;

    private NameParts(Map<String, Integer> parts) {
        this.parts = parts;
    }

    static NameParts of(ActorDictionary dictionary) {
        Map<String, Integer> parts = new HashMap<>();
        for (Entity e : dictionary.entities()) {
            boolean person = e.type() == EntityType.PER;
            if (!person && e.type() != EntityType.ORG) {
                continue;
            }
            for (Map.Entry<String, List<String>> byLang : e.names().entrySet()) {
                Segmenter segmenter = new Segmenter(LanguagePack.of(byLang.getKey()));
                for (String name : byLang.getValue()) {
                    List<Token> words = segmenter.tokens(name, 0, name.length());
                    if (words.size() < 2) {
                        continue;
                    }
                    parts.merge(key(words.get(0)), person ? PERSON_FIRST : ORG_FIRST, (a, b) -> a | b);
                    parts.merge(key(words.get(words.size() - 1)), person ? PERSON_LAST : ORG_LAST, (a, b) -> a | b);
                }
            }
        }
        Map<String, Segmenter> segmenters = new HashMap<>();
        for (DataFile.Row row : DataFile.resource("ner/person-names.tsv")) {
            if (row.size() != 3 || !(row.get(1).equals("given") || row.get(1).equals("family"))) {
                throw row.error("expected LANG, given or family, and NAME");
            }
            List<Token> words = segmenters
                    .computeIfAbsent(row.get(0), l -> new Segmenter(LanguagePack.of(l))).tokens(row.get(2), 0, row.get(2).length());
            if (words.size() == 1) {
                parts.merge(key(words.get(0)), row.get(1).equals("given") ? GIVEN : FAMILY, (a, b) -> a | b);
            }
        }
        for (DataFile.Row row : DataFile.resource("ner/name-words.tsv")) {
            if (row.size() != 3 || !(row.get(1).equals("org") || row.get(1).equals("place"))) {
                throw row.error("expected LANG, org or place, and WORDS");
            }
            Segmenter segmenter = segmenters.computeIfAbsent(row.get(0), l -> new Segmenter(LanguagePack.of(l)));
            for (String word : DataFile.values(row.get(2))) {
                List<Token> words = segmenter.tokens(word, 0, word.length());
                if (words.size() != 1) {
                    throw row.error("'" + word + "' is not one word");
                }
                parts.merge(key(words.get(0)), row.get(1).equals("org") ? ORG_WORD : PLACE_WORD, (a, b) -> a | b);
            }
        }
        return new NameParts(Map.copyOf(parts));
    }

    private static String key(Token t) {
        return t.analyses().get(0).lemma();
    }

    /** The bits of a word and of its readings' lemmas (Путина: путин, a last name). */
    int of(Token t) {
        int bits = 0;
        for (var a : t.analyses()) {
            bits |= parts.getOrDefault(a.lemma(), 0);
        }
        return bits;
    }
}
