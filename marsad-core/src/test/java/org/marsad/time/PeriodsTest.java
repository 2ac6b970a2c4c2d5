package org.marsad.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Calendar arithmetic at the edges: the turn of the year, ISO weeks, winters, Hijri years. */
class PeriodsTest {
    @Test
    void winterBelongsToTheYearOfItsDecember() {
        LocalDate january = LocalDate.of(2021, 1, 15);
        assertEquals("2020-WI", Periods.season("WI", january, null, Tense.NONE));
        assertEquals("2019-WI", Periods.season("WI", january, -1, Tense.NONE));
        assertEquals("2021-WI", Periods.season("WI", january, 1, Tense.NONE));
        assertEquals("2021-SP", Periods.season("SP", january, null, Tense.NONE));
        assertEquals("2020-SP", Periods.season("SP", january, null, Tense.PAST));
        LocalDate autumn = LocalDate.of(2020, 10, 1);
        assertEquals("2020-FA", Periods.season("FA", autumn, null, Tense.FUTURE));
        assertEquals("2021-FA", Periods.season("FA", autumn, 1, Tense.NONE));
        assertEquals("2020-FA", Periods.season("FA", autumn, 0, Tense.NONE));
    }

    @Test
    void weeksAreIsoWeeks() {
        assertEquals("2020-W53", Periods.week(LocalDate.of(2021, 1, 1)));
        assertEquals("2020-W23", Periods.shifted("W", 0, LocalDate.of(2020, 6, 3)));
        assertEquals("201", Periods.shifted("DE", -1, LocalDate.of(2020, 6, 3)));
        assertEquals("19", Periods.shifted("CE", -1, LocalDate.of(2020, 6, 3)));
    }

    @Test
    void monthsWithoutYearFollowDirectionThenTenseThenNearness() {
        LocalDate june = LocalDate.of(2020, 6, 3);
        assertEquals(2021, Periods.yearOf(6, null, june, 1, Tense.NONE));
        assertEquals(2019, Periods.yearOf(6, null, june, -1, Tense.NONE));
        assertEquals(2020, Periods.yearOf(6, 10, june, null, Tense.FUTURE));
        // a day near the article date keeps its year against the tense; a farther one follows it
        assertEquals(2020, Periods.yearOf(6, 1, june, null, Tense.FUTURE));
        assertEquals(2020, Periods.yearOf(7, 10, june, null, Tense.PAST));
        assertEquals(2019, Periods.yearOf(9, 10, june, null, Tense.PAST));
        assertEquals(2021, Periods.yearOf(1, 10, june, null, Tense.FUTURE));
        assertEquals(2020, Periods.yearOf(12, null, june, null, Tense.NONE));
        // without a tense cue a month far ahead is last year's
        assertEquals(2019, Periods.yearOf(10, 23, LocalDate.of(2020, 1, 22), null, Tense.NONE));
        assertEquals(2020, Periods.yearOf(7, 23, LocalDate.of(2020, 1, 22), null, Tense.NONE));
    }

    @Test
    void movableHolidays() {
        assertEquals(LocalDate.of(2020, 4, 12), Periods.easter(2020));
        assertEquals(LocalDate.of(2019, 4, 21), Periods.easter(2019));
        assertEquals(LocalDate.of(2020, 4, 19), Periods.orthodoxEaster(2020));
        assertEquals(LocalDate.of(2021, 5, 2), Periods.orthodoxEaster(2021));
        assertEquals(LocalDate.of(2020, 4, 10), Periods.movable("EASTER-2", 2020));
        assertEquals(LocalDate.of(2020, 11, 26), Periods.movable("11-22+4", 2020));
        assertEquals(LocalDate.of(2018, 11, 22), Periods.movable("11-22+4", 2018));
    }

    @Test
    void hijriDatesByUmmAlQura() {
        assertEquals(LocalDate.of(2020, 5, 8), Hijri.day(1441, 9, 15));
        assertEquals(LocalDate.of(2020, 4, 24), Hijri.month(1441, 9)[0]);
        assertEquals(LocalDate.of(2020, 5, 23), Hijri.month(1441, 9)[1]);
        // Two Ramadans begin in 2030; the first is meant
        assertEquals(1451, Hijri.yearStartingIn(9, 2030));
        assertEquals(null, Hijri.day(1700, 1, 1));
    }
}
