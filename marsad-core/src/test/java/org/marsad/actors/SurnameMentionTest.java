package org.marsad.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.marsad.model.Article;
import org.marsad.model.Mention;
import org.marsad.model.Section;
import org.marsad.model.Span;
import org.marsad.text.LanguagePack;
import org.marsad.text.Segmenter;

/** A lone surname after the full name is the same person, in whatever case it stands. */
class SurnameMentionTest {
    private static final MentionFinder FINDER = new MentionFinder(ActorDictionary.bundled());

    /** "entity@text" for each mention of a person. */
    private static List<String> people(String lang, String text) {
        Article article = new Article("a", null, null, lang, null, text,
                List.of(new Section(Section.Kind.BODY, new Span(0, text.length()))), "test");
        LanguagePack pack = LanguagePack.of(lang);
        List<Mention> mentions = FINDER.find(new Segmenter(pack).sentences(article), text,
                LocalDate.of(2020, 6, 3), pack);
        return mentions.stream().filter(m -> m.type() == org.marsad.model.EntityType.PER)
                .map(m -> m.entity() + "@" + m.text()).toList();
    }

    @Test
    void russianSurnamesInAnyCase() {
        assertEquals(List.of("vladimir-putin@Владимир Путин", "vladimir-putin@Путина", "vladimir-putin@Путину"),
                people("ru", "Владимир Путин прибыл в Москву. Журналисты спросили Путина, и Путину пришлось ответить."));
        assertEquals(List.of("imran-khan@Имрана Хана", "imran-khan@Хан", "imran-khan@Ханом"),
                people("ru", "Визит Имрана Хана завершился. Хан улетел, с Ханом летели министры."));
    }

    @Test
    void arabicSurnamesAsBefore() {
        assertEquals(List.of("shafqat-ali-khan@شوكت علي خان", "shafqat-ali-khan@خان"),
                people("ar", "قال السفير شوكت علي خان إن القمة تأجلت. وأضاف خان أن الموعد الجديد في الخريف."));
    }

    @Test
    void aShortOrLowerCaseLastWordIsNoSurname() {
        assertEquals(List.of("moon-jae-in@Moon Jae-in"),
                people("en", "Moon Jae-in met Kim Jong Un. Trust in the talks grew in Seoul."));
        assertEquals(List.of("moon-jae-in@مون جاي إن"),
                people("ar", "التقى مون جاي إن بالوفد. وقال إن المحادثات مستمرة."));
    }
}
