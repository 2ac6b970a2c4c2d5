package org.marsad.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.marsad.model.EntityType;
import org.marsad.model.Mention;
import org.marsad.model.Span;
import org.marsad.model.Token;
import org.marsad.text.LanguagePack;
import org.marsad.text.Segmenter;

class NameLinksTest {
    private static final NameLinks LINKS = NameLinks.of(ActorDictionary.bundled());
    private static final LocalDate DAY = LocalDate.of(2023, 5, 1);

    private static Mention mention(String lang, String text, EntityType type) {
        List<Token> tokens = new Segmenter(LanguagePack.of(lang)).tokens(text, 0, text.length());
        return LINKS.mention(tokens, type, new Span(0, text.length()), text, DAY, lang);
    }

    @Test
    void aNameNearAListedOneInLatinLettersIsLinkedBelowAListedName() {
        Mention m = mention("en", "Shahbaz Sharief", EntityType.PER);
        assertEquals("shehbaz-sharif", m.entity());
        assertEquals("PAK", m.actor().code());
        assertEquals(Mention.TRANSLITERATION, m.link());
        assertTrue(m.confidence() > 0.65 && m.confidence() < 0.7, "confidence " + m.confidence());
        assertEquals("Шахбаз Шариф", m.names().get("ru"));
    }

    @Test
    void aPlaceIsLinkedByItsSkeletonOnly() {
        Mention m = mention("ru", "Равальпинди", EntityType.LOC);
        assertEquals("rawalpindi", m.entity());
        assertEquals(Mention.SKELETON, m.link());
        assertEquals(0.65, m.confidence());
    }

    @Test
    void anUnknownNameIsNamedInEveryLanguageByTransliteration() {
        Mention m = mention("ru", "Кузьма Прутков", EntityType.PER);
        assertNull(m.actor());
        assertNull(m.entity());
        assertNull(m.link());
        assertEquals(Map.of("ru", "Кузьма Прутков", "en", "Kuzma Prutkov", "ar", "كوزما بروتكوف"), m.names());
    }
}
