package org.marsad.actors;

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

/** A ministry named without its state takes the article's state only when the article is plainly about one, in all three languages. */
class HomeStatesTest {
    private static final Pipeline PIPELINE = Pipeline.standard();

    private static Article article(String lang, String text) {
        return new Article("t", null, null, lang, LocalDate.of(2024, 3, 15), text,
                List.of(new Section(Section.Kind.BODY, new Span(0, text.length()))), "test");
    }

    private static Mention ministry(String lang, String text, String ministry) {
        Document d = PIPELINE.process(article(lang, text));
        return d.mentions().stream().filter(m -> m.text().equals(ministry)).findFirst().orElseThrow();
    }

    @Test
    void aStateNamedMostOfAllIsTheMinistrysState() {
        Mention ar = ministry("ar", "قالت مصر إن القاهرة ستستضيف المحادثات. وأكدت مصر موقفها. وزار وفد مصر الأردن. "
                + "وقالت وزارة الداخلية إنها اعتقلت خمسة أشخاص.", "وزارة الداخلية");
        Mention ru = ministry("ru", "Египет заявил, что Каир примет переговоры. Египет подтвердил свою позицию. "
                + "Египетская делегация посетила Иорданию. Министерство внутренних дел заявило, что арестовало пять человек.",
                "Министерство внутренних дел");
        Mention en = ministry("en", "Egypt said Cairo would host the talks. Egypt confirmed its position. An Egyptian "
                + "delegation went to Jordan. The Interior Ministry said it arrested five people.", "Interior Ministry");
        for (Mention m : List.of(ar, ru, en)) {
            assertEquals("EGY", m.actor().code(), m.text());
            assertEquals("GOV", m.actor().sector(), m.text());
            assertEquals(Mention.ARTICLE_STATE, m.link(), m.text());
        }
    }

    @Test
    void twoStatesNamedAlikeLeaveTheMinistryUnlinked() {
        Mention ar = ministry("ar", "قالت مصر إن الأردن سيستضيف المحادثات. وأكدت مصر والأردن موقفهما. وزار وفد مصر الأردن. "
                + "وقالت وزارة الداخلية إنها اعتقلت خمسة أشخاص.", "وزارة الداخلية");
        Mention ru = ministry("ru", "Египет заявил, что Иордания примет переговоры. Египет и Иордания подтвердили позицию. "
                + "Делегация Египта посетила Иорданию. Министерство внутренних дел заявило, что арестовало пять человек.",
                "Министерство внутренних дел");
        assertNull(ar.actor());
        assertNull(ru.actor());
        // in English a head no name model tagged is no mention unless the article's state is plain
        assertTrue(PIPELINE.process(article("en", "Egypt said Jordan would host the talks. Egypt and Jordan confirmed "
                + "their position. Egypt's delegation went to Jordan. The Interior Ministry said it arrested five people."))
                .mentions().stream().noneMatch(m -> m.text().contains("Ministry")));
    }

    @Test
    void aFilmNamedAfterAHeadIsNoGovernmentBody() {
        Document d = PIPELINE.process(article("en", "The UAE government welcomed the crew of Mission Impossible. "
                + "The UAE foreign minister met the actors in Abu Dhabi. The United Arab Emirates said filming of "
                + "Mission Impossible will go on. The Interior Ministry said security was tight."));
        assertTrue(d.mentions().stream().filter(m -> m.text().contains("Mission"))
                .allMatch(m -> m.actor() == null), "Mission Impossible is a film");
        assertEquals("ARE", d.mentions().stream().filter(m -> m.text().equals("Interior Ministry")).findFirst()
                .orElseThrow().actor().code());
    }

    @Test
    void aLatinAcronymAfterAMinistryIsNoPartOfItsName() {
        // Arabic news gloss a body with its Latin acronym (وزارة الداخلية MOI.GOV): outside the mention, so no longer name
        Mention ar = ministry("ar", "قالت مصر إن القاهرة ستستضيف المحادثات. وأكدت مصر موقفها. وزار وفد مصر الأردن. "
                + "وأعلنت وزارة الداخلية MOI أنها اعتقلت خمسة أشخاص.", "وزارة الداخلية");
        assertEquals("EGY", ar.actor().code());
        assertEquals(Mention.ARTICLE_STATE, ar.link());
    }
}
