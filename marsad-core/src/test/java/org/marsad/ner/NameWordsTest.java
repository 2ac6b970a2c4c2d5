package org.marsad.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.marsad.actors.ActorDictionary;
import org.marsad.model.Token;
import org.marsad.text.LanguagePack;
import org.marsad.text.Segmenter;

/** The word lists the tagger's features consult, and what a document tells of a word's other occurrences. */
class NameWordsTest {
    private static final NameParts PARTS = NameParts.of(ActorDictionary.bundled());

    private static List<Token> tokens(String lang, String text) {
        return new Segmenter(LanguagePack.of(lang)).tokens(text, 0, text.length());
    }

    private static int bits(String lang, String word) {
        return PARTS.of(tokens(lang, word).get(0));
    }

    @Test
    void givenNamesSurnamesAndHeadWordsInEveryLanguage() {
        assertTrue((bits("en", "Jennifer") & NameParts.GIVEN) != 0);
        assertTrue((bits("ru", "Сергея") & NameParts.GIVEN) != 0, "inflected, through its lemma");
        assertTrue((bits("ru", "Кузнецов") & NameParts.FAMILY) != 0);
        assertTrue((bits("ar", "وأحمد") & NameParts.GIVEN) != 0, "with a clitic");
        assertTrue((bits("en", "College") & NameParts.ORG_WORD) != 0);
        assertTrue((bits("ru", "улице") & NameParts.PLACE_WORD) != 0);
        assertTrue((bits("ar", "والجامعة") & NameParts.ORG_WORD) != 0);
        assertEquals(0, bits("en", "said") & (NameParts.GIVEN | NameParts.FAMILY | NameParts.ORG_WORD | NameParts.PLACE_WORD));
    }

    @Test
    void aDocumentTellsOfTheWordsOtherOccurrences() {
        Features features = new Features(ActorDictionary.bundled());
        List<List<Token>> doc = new ArrayList<>();
        doc.add(tokens("en", "Robert Citrone runs a club ."));
        doc.add(tokens("en", "Citrone left ."));
        doc.add(tokens("en", "Club members stayed ."));
        Features.Document d = features.document(doc);
        assertTrue((d.elsewhere("citrone", 0) & Features.SEEN_AFTER_GIVEN) != 0);
        // its own occurrence does not count: alone, Citrone is after no given name
        assertEquals(0, features.document(List.of(doc.get(1))).elsewhere("citrone", 0));
        // Club at the start of a sentence: small letters elsewhere
        assertTrue((d.elsewhere("club", 0) & Features.SEEN_SMALL) != 0);
        assertEquals(0, d.elsewhere("members", 0) & Features.SEEN_CAPITAL_INSIDE);
    }
}
