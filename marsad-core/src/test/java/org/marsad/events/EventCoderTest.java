package org.marsad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.marsad.model.Article;
import org.marsad.model.Document;
import org.marsad.model.Event;
import org.marsad.model.Participant;
import org.marsad.model.Section;
import org.marsad.model.Span;
import org.marsad.pipeline.Pipeline;

/** The event coder on Arabic sentences written for these tests, through the whole pipeline. */
class EventCoderTest {
    private static final Pipeline PIPELINE = Pipeline.standard();
    private static final LocalDate DATE = LocalDate.of(2020, 6, 3);

    private static List<Event> events(String text) {
        return events("ar", text);
    }

    private static List<Event> events(String lang, String text) {
        Article a = new Article("t", null, null, lang, DATE, text,
                List.of(new Section(Section.Kind.BODY, new Span(0, text.length()))), "test");
        Document d = PIPELINE.process(a);
        return d.events();
    }

    private static Event only(String text) {
        List<Event> events = events(text);
        assertEquals(1, events.size(), "events in: " + text + " → " + events);
        return events.get(0);
    }

    private static Set<String> actors(List<Participant> ps) {
        Set<String> out = new TreeSet<>();
        ps.forEach(p -> out.add(p.actor().code()));
        return out;
    }

    @Test
    void verbFirstTakesSubjectThenObject() {
        Event e = only("أبلغت روسيا باكستان بموعد القمة.");
        assertEquals(Set.of("RUS"), actors(e.source()));
        assertEquals(Set.of("PAK"), actors(e.target()));
    }

    @Test
    void aSingularRussianVerbHasNoPluralSubjectAfterIt() {
        // предупредил is singular, so власти (plural) is its object, not the one warning; the office has no actor
        assertEquals(List.of(), events("ru", "Её офис предупредил власти США о рисках."));
        Event e = events("ru", "Власти США предупредили Турцию о рисках.").get(0);
        assertEquals(Set.of("USA"), actors(e.source()));
    }

    @Test
    void aSecondVerbBorrowsNoSubjectFoundAfterAnotherNoun() {
        // the bloggers thanked the president and demanded: the president, found after the bloggers, is no
        // subject the demand may borrow (h-clause10's shared subject, narrowed by the lead)
        for (String[] s : List.of(
                new String[] {"ar", "شكر مدونون الرئيس المصري الذي وصفوا قراره بالحازم، وطالبوا بمعاقبة المعتدين."},
                new String[] {"en", "Bloggers thanked the Egyptian president, whose decision they called firm, and demanded punishment for the attackers."},
                new String[] {"ru", "Блогеры поблагодарили президента Египта, решение которого назвали твердым, и потребовали наказать нападавших."})) {
            assertTrue(events(s[0], s[1]).stream().noneMatch(e -> e.cameo().startsWith("10")), s[0]);
        }
    }

    @Test
    void subjectFirstTakesTheSubjectBeforeTheVerb() {
        Event e = only("الرئيس المصري استقبل نظيره التركي في القاهرة.");
        assertEquals("043", e.cameo());
        assertEquals(Set.of("EGY"), actors(e.source()));
        assertEquals(Set.of("TUR"), actors(e.target()));
        assertEquals("EGY", e.place().country());
    }

    @Test
    void aCompoundSubjectActsOnItsOtherMembers() {
        Event e = only("ووقعت مصر والأردن اتفاقية للتعاون الاقتصادي في العام 2019.");
        assertEquals("057", e.cameo());
        assertEquals(Set.of("EGY"), actors(e.source()));
        assertEquals(Set.of("JOR"), actors(e.target()));
        assertEquals("2019", e.time().value());
    }

    @Test
    void aCapitalStandsForItsGovernment() {
        Event e = only("زودت موسكو الجانب الباكستاني بطائرات هليكوبتر.");
        assertEquals("RUS", e.source().get(0).actor().code());
        assertEquals("GOV", e.source().get(0).actor().sector());
        assertTrue(e.plover().context().contains("military"));
    }

    @Test
    void negationIsKeptAsNegated() {
        assertEquals("negated", only("لم توقع تركيا الاتفاقية مع اليونان.").modality().code());
    }

    @Test
    void futureAndScheduleArePlanned() {
        assertEquals("planned", only("سيزور الرئيس الفرنسي الجزائر الأسبوع المقبل.").modality().code());
        assertEquals("planned", only("ومن المقرر أن يزور وزير الخارجية الصيني القاهرة.").modality().code());
    }

    @Test
    void mayBeforeAPresentVerbIsPossibleButBeforeAPastVerbIsNot() {
        assertEquals("possible", only("قد يلتقي الرئيس الروسي نظيره الأمريكي في جنيف.").modality().code());
        assertEquals("asserted", only("وكانت قطر قد استقبلت وفدا من السودان.").modality().code());
    }

    @Test
    void aConditionMakesItHypothetical() {
        Event e = only("وقال الوزير إنه إذا لزم الأمر، ستلتقي روسيا وتركيا في أنقرة.");
        assertEquals("hypothetical", e.modality().code());
    }

    @Test
    void reportedSpeechIsAttributedAndWeIsTheSpeakersSide() {
        Event e = only("وقال السفير الباكستاني عمران أحمد: \"نحن على اتصال دائم مع الجانب الروسي\".");
        assertNotNull(e.attribution());
        assertEquals("PAK", e.attribution().actor().code());
        assertEquals(Set.of("PAK"), actors(e.source()));
        assertEquals(Set.of("RUS"), actors(e.target()));
    }

    @Test
    void theSameEventToldTwiceIsOne() {
        List<Event> events = events("وقعت الهند وروسيا اتفاقية في نوفمبر 2014. "
                + "ووقعت الهند وروسيا في نوفمبر 2014 اتفاقية للتعاون.");
        assertEquals(1, events.size());
    }

    @Test
    void aPlaceAfterAVisitIsItsDestination() {
        Event e = only("وقال الرئيس الفرنسي إنه سيزور بيروت الأسبوع المقبل.");
        assertEquals(Set.of("FRA"), actors(e.source()));
        assertEquals(Set.of("LBN"), actors(e.target()));
        assertTrue(events("وكان أول رئيس أجنبي يزور بيروت بعد الكارثة.").stream()
                .noneMatch(x -> actors(x.source()).contains("LBN")));
    }

    @Test
    void noActorNoEvent() {
        assertTrue(events("وقع الحادث في الصباح الباكر دون إصابات.").isEmpty());
    }

    @Test
    void theObjectOfAnEventVerbIsNotANewEvent() {
        Event e = only("أدانت فرنسا الهجوم الإيراني على إسرائيل.");
        assertEquals("111", e.cameo());
        assertNull(e.place());
    }

    @Test
    void aParticipantsTextLeavesOutTheCliticOnItsTitle() {
        String text = "التقى وزير الخارجية الأمريكي بالرئيس المصري في القاهرة.";
        Event e = only(text);
        Participant target = e.target().get(0);
        assertEquals("الرئيس المصري", target.text());
        assertEquals(target.text(), text.substring(target.span().start(), target.span().end()));
    }

    @Test
    void aPersonTheTablesDoNotKnowIsWhomTheNextPronounMeansNotTheEarlierSpeaker() {
        String en = "President Donald Trump said at a rally in Ohio on Saturday that the vote was important.\n"
                + "John Smith testified before the Senate on Thursday, denying an allegation from Julia Brown that"
                + " he sexually assaulted her in 1990.";
        String ru = "Президент США Дональд Трамп заявил в субботу на митинге в Огайо, что голосование важно.\n"
                + "Джон Смит дал показания в Сенате в четверг, отрицая обвинение Джулии Браун в том, что он напал на"
                + " нее в 1990 году.";
        assertEquals(List.of(), events("en", en));
        assertEquals(List.of(), events("ru", ru));
        // with nobody else named, he still points back to the speaker
        Event e = events("en", "President Donald Trump said the vote was important.\n"
                + "He said he had sexually assaulted Iran decades ago.").get(0);
        assertEquals(Set.of("USA"), actors(e.source()));
    }
}
