package org.marsad.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.marsad.model.Article;
import org.marsad.model.Document;
import org.marsad.model.Mention;
import org.marsad.model.Section;
import org.marsad.model.Span;
import org.marsad.pipeline.Pipeline;

/** The pipeline's mentions: the dictionary's first, the bundled models' names where the dictionary has none. */
class ModelMentionsTest {
    private static final Pipeline PIPELINE = Pipeline.standard();

    private static Document run(String lang, String text) {
        Article a = new Article("t", null, null, lang, LocalDate.of(2023, 5, 4), text,
                List.of(new Section(Section.Kind.BODY, new Span(0, text.length()))), "test");
        return PIPELINE.process(a);
    }

    private static Mention find(Document d, String text) {
        return d.mentions().stream().filter(m -> m.text().equals(text)).findFirst().orElse(null);
    }

    @Test
    void modelFindsPeopleTheDictionaryLacksWithoutAnActor() {
        Document d = run("en", "Pakistan's ambassador Jonathan Whitmore met officials in Moscow on Tuesday.");
        Mention person = find(d, "Jonathan Whitmore");
        assertEquals("PER", person.type().name());
        assertNull(person.actor());
        assertNull(person.entity());
        // the dictionary's own mentions keep their actors and are not doubled
        assertEquals("PAK", find(d, "Pakistan").actor().code());
        assertEquals(1, d.mentions().stream().filter(m -> m.span().overlaps(find(d, "Moscow").span())).count());
    }

    @Test
    void modelNamesLinkToDictionaryEntitiesBySpellingSkeleton() {
        Document d = run("en", "President Volodimir Zelenskiy spoke to reporters in Kyiv.");
        Mention m = find(d, "Volodimir Zelenskiy");
        assertEquals("volodymyr-zelensky", m.entity());
        assertEquals("UKR", m.actor().code());
    }

    @Test
    void mentionsStayInDocumentOrderWithoutOverlaps() {
        Document d = run("ru", "Посол Пакистана Шафкат Али Хан и Джон Смит встретились в Москве с Сергеем Лавровым.");
        List<Mention> ms = d.mentions();
        for (int i = 1; i < ms.size(); i++) {
            assertTrue(ms.get(i - 1).span().end() <= ms.get(i).span().start(), ms.toString());
        }
    }
}
