package org.marsad.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.marsad.data.DataFile;
import org.marsad.model.EntityType;
import org.marsad.model.Token;
import org.marsad.text.LanguagePack;
import org.marsad.text.Segmenter;

class NameLinkerTest {
    private static final NameLinker LINKER = NameLinker.of(ActorDictionary.bundled());

    private static List<Token> tokens(String lang, String text) {
        return new Segmenter(LanguagePack.of(lang)).tokens(text, 0, text.length());
    }

    @Test
    void skeletonsAgreeAcrossScripts() {
        Skeleton s = Skeleton.bundled();
        assertEquals(s.of("zelensky"), s.of("зеленский"));
        assertEquals(s.of("zelensky"), s.of("زيلينسكي"));
        assertEquals("slnsk", s.of("zelensky"));
        assertEquals("tšrtšl", s.of("churchill"));
    }

    @Test
    void tableErrorsNameTheirLine() {
        DataFile.DataException e = org.junit.jupiter.api.Assertions.assertThrows(DataFile.DataException.class,
                () -> Skeleton.load(List.of(new DataFile.Row("skeleton.tsv", 3, List.of("b")))));
        assertEquals("skeleton.tsv:3: expected FROM<TAB>TO", e.getMessage());
    }

    @Test
    void linksSpellingVariantsOfADictionaryName() {
        // other spellings than the dictionary's, which its trie does not match
        assertEquals("volodymyr-zelensky", LINKER.link(tokens("en", "Volodimir Zelenskiy"), EntityType.PER).id());
        assertEquals("antonio-guterres", LINKER.link(tokens("ar", "انطونيو غوتيرس"), EntityType.PER).id());
        assertEquals("recep-tayyip-erdogan", LINKER.link(tokens("ru", "Тайипа Эрдогана"), EntityType.PER).id());
    }

    @Test
    void linksNothingOfAnotherTypeOrUnknown() {
        assertNull(LINKER.link(tokens("en", "Volodimir Zelenskiy"), EntityType.ORG));
        assertNull(LINKER.link(tokens("en", "Ansel Brookfield"), EntityType.PER));
    }
}
