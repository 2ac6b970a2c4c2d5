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
    void aLoneSurnameSaysItWasLinkedBySurname() {
        for (String[] t : new String[][] {{"en", "Imran Khan arrived. Khan spoke."}, {"ru", "Имран Хан прибыл. Хан выступил."},
                {"ar", "وصل عمران خان. وتحدث خان."}}) {
            LanguagePack pack = LanguagePack.of(t[0]);
            Article article = new Article("a", null, null, t[0], null, t[1],
                    List.of(new Section(Section.Kind.BODY, new Span(0, t[1].length()))), "test");
            List<String> links = FINDER.find(new Segmenter(pack).sentences(article), t[1], LocalDate.of(2020, 6, 3), pack)
                    .stream().filter(m -> m.type() == org.marsad.model.EntityType.PER).map(Mention::link).toList();
            assertEquals(List.of(Mention.LISTED, Mention.SURNAME), links, t[0]);
        }
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
    void aWordWrittenSmallOrTheTailOfAHyphenatedNameIsNoSurname() {
        assertEquals(List.of("moon-jae-in@Moon Jae-in"),
                people("en", "Moon Jae-in met Kim. Kim pledged in a meeting to dismantle a site."));
        assertEquals(List.of("vladimir-putin@Vladimir Putin", "vladimir-putin@Putin"),
                people("en", "Vladimir Putin arrived. Later Putin spoke."));
        assertEquals(List.of("moon-jae-in@مون جاي إن"), people("ar", "التقى مون جاي إن بكيم. وقال إن الاجتماع كان مثمرا."));
    }

    @Test
    void aGuessedEndingOnACapitalisedSurnameIsItsCase() {
        assertEquals(List.of("recep-tayyip-erdogan@Реджеп Тайип Эрдоган", "recep-tayyip-erdogan@Эрдогану",
                        "recep-tayyip-erdogan@Эрдогана"),
                people("ru", "Реджеп Тайип Эрдоган прибыл в Берлин. Эрдогану показали город, позиция Эрдогана ясна."));
    }

    @Test
    void twoPeopleWithOneSurnameTheOneNamedLastBefore() {
        assertEquals(List.of("imran-khan@Imran Khan", "shafqat-ali-khan@Shafqat Ali Khan", "shafqat-ali-khan@Khan"),
                people("en", "Prime Minister Imran Khan will travel. Ambassador Shafqat Ali Khan spoke. \"Soon,\" Khan said."));
        assertEquals(List.of("imran-khan@Khan", "imran-khan@Imran Khan", "shafqat-ali-khan@Shafqat Ali Khan"),
                people("en", "Khan to travel\nPrime Minister Imran Khan will travel. Ambassador Shafqat Ali Khan spoke."));
    }

    @Test
    void aWordMostlyInsideNamesIsNoSurname() {
        assertEquals(List.of("rami-hamdallah@رامي الحمد الله"),
                people("ar", "التقى رئيس الوزراء رامي الحمد الله بالوفد. وقال إن شاء الله ستنجح المفاوضات."));
        assertEquals(List.of("saddam-hussein@صدام حسين"),
                people("ar", "أعدم صدام حسين عام 2006. وتحدث حسين عن ذلك اليوم."));
    }

    @Test
    void arabicCameronAloneIsThePersonTheArticleNames() {
        assertEquals(List.of("david-cameron@ديفيد كاميرون", "david-cameron@كاميرون"),
                people("ar", "قال رئيس الوزراء البريطاني ديفيد كاميرون إن بلاده ستواجه التطرف. وأضاف كاميرون أن الخطة جاهزة."));
    }

    @Test
    void aKoreanNameHasItsFamilyNameFirst() {
        assertEquals(List.of("kim-jong-un@Kim Jong Un", "kim-jong-un@Kim"),
                people("en", "Kim Jong Un met the envoy. Later Kim pledged to dismantle a site."));
        // the president in office on the article's date is known by his last name alone (OfficeHolders)
        assertEquals(List.of("kim-jong-un@Ким Чен Ын", "donald-trump@Трамп", "kim-jong-un@Кима"),
                people("ru", "Ким Чен Ын встретился с посланником. Трамп похвалил Кима."));
        assertEquals(List.of("kim-jong-un@كيم جونغ أون", "donald-trump@ترامب", "kim-jong-un@كيم"),
                people("ar", "التقى كيم جونغ أون بالمبعوث. وأشاد ترامب بكيم."));
        assertEquals(List.of("moon-jae-in@Moon Jae-in", "moon-jae-in@Moon"),
                people("en", "Moon Jae-in met the envoy. Moon pledged to help."));
    }
}
