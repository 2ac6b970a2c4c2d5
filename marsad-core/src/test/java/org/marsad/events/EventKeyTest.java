package org.marsad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.marsad.model.Actor;
import org.marsad.model.Event;
import org.marsad.model.Modality;
import org.marsad.model.Participant;
import org.marsad.model.Span;

class EventKeyTest {
    private static final LocalDate JUNE_3 = LocalDate.of(2020, 6, 3);

    private static Participant actor(String code) {
        return new Participant(Actor.of(code), code, new Span(0, 1), null);
    }

    private static Event event(String cameo, List<String> source, List<String> target, String time) {
        return new Event("e1", 0, new Span(0, 10), new Event.Trigger("x", new Span(0, 1)), cameo,
                new Event.Plover("CONSULT", null, List.of()), 1, 1.0,
                source.stream().map(EventKeyTest::actor).toList(), target.stream().map(EventKeyTest::actor).toList(),
                time == null ? null : new Event.EventTime(time, "t1"), null, Modality.ASSERTED, null, 0.8, Map.of());
    }

    @Test
    void theSameHappeningToldByTwoArticlesHasOneKey() {
        // "Russia met Pakistan on 2 June" in a paper of 3 June, "Pakistan met Russia yesterday" in one of 3 June
        String a = EventKey.of(event("040", List.of("RUS"), List.of("PAK"), "2020-06-02"), JUNE_3);
        String b = EventKey.of(event("042", List.of("PAK"), List.of("RUS"), "2020-06-02TEV"), JUNE_3);
        assertEquals(a, b);
        // a paper of 2 June that gives no time files the event under its own date
        assertEquals(a, EventKey.of(event("043", List.of("RUS", "PAK"), List.of(), null), LocalDate.of(2020, 6, 2)));
        assertEquals(16, a.length());
    }

    @Test
    void anotherRootActorOrDayIsAnotherKey() {
        String a = EventKey.of(event("040", List.of("RUS"), List.of("PAK"), "2020-06-02"), JUNE_3);
        assertNotEquals(a, EventKey.of(event("057", List.of("RUS"), List.of("PAK"), "2020-06-02"), JUNE_3));
        assertNotEquals(a, EventKey.of(event("040", List.of("RUS"), List.of("IND"), "2020-06-02"), JUNE_3));
        assertNotEquals(a, EventKey.of(event("040", List.of("RUS"), List.of("PAK"), "2020-06-01"), JUNE_3));
    }

    @Test
    void theDayOfAnEvent() {
        assertEquals(LocalDate.of(2020, 7, 21), EventDay.of(event("040", List.of(), List.of(), "2020-07-21/2020-07-23"), JUNE_3));
        // a month or year that holds the article's date: the article's date; another one: its first day
        assertEquals(JUNE_3, EventDay.of(event("040", List.of(), List.of(), "2020-06"), JUNE_3));
        assertEquals(LocalDate.of(2020, 7, 1), EventDay.of(event("040", List.of(), List.of(), "2020-07"), JUNE_3));
        assertEquals(JUNE_3, EventDay.of(event("040", List.of(), List.of(), "2020"), JUNE_3));
        assertEquals(LocalDate.of(2017, 1, 1), EventDay.of(event("040", List.of(), List.of(), "2017"), JUNE_3));
        // no day in it: the article's
        assertEquals(JUNE_3, EventDay.of(event("040", List.of(), List.of(), "2020-FA"), JUNE_3));
        assertEquals(JUNE_3, EventDay.of(event("040", List.of(), List.of(), "PAST_REF"), JUNE_3));
        assertEquals(JUNE_3, EventDay.of(event("040", List.of(), List.of(), "2020-13"), JUNE_3));
        assertNull(EventDay.of(event("040", List.of(), List.of(), "PAST_REF"), null));
        assertEquals(LocalDate.of(2017, 6, 9), EventDay.of(event("040", List.of(), List.of(), "2017-06-09"), null));
    }
}
