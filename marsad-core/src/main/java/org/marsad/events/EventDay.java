package org.marsad.events;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.marsad.model.Event;

/**
 * The one day an event is filed under in exports and keys: the day its time names (the first day of a
 * range, the day of a time of day); else, for a time naming a year or month, the article's date when
 * it lies in that period and the period's first day when not; else (no time, a week, a season, a
 * duration, PAST_REF ...) the article's date.
 */
public final class EventDay {
    /** TIMEX3 prefixes: a day (2020-06-03, 2020-06-03TEV, 2020-06-03/...), a month, a year (each alone or opening a range). */
    private static final Pattern DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:$|[T/])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})(?:$|/)");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})(?:$|/)");

    private EventDay() {
    }

    /** The event's day, or null when neither its time nor the article gives one. */
    public static LocalDate of(Event e, LocalDate published) {
        return of(e.time() == null ? null : e.time().value(), published);
    }

    /** The day of an event whose time has this TIMEX3 value (null for none), as {@link #of(Event, LocalDate)}. */
    public static LocalDate of(String value, LocalDate published) {
        if (value == null) {
            return published;
        }
        try {
            Matcher m = DAY.matcher(value);
            if (m.lookingAt()) {
                return LocalDate.parse(m.group(1));
            }
            m = MONTH.matcher(value);
            if (m.lookingAt()) {
                YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                return published != null && YearMonth.from(published).equals(month) ? published : month.atDay(1);
            }
            m = YEAR.matcher(value);
            if (m.lookingAt()) {
                int year = Integer.parseInt(m.group(1));
                return published != null && published.getYear() == year ? published : LocalDate.of(year, 1, 1);
            }
        } catch (DateTimeException badValue) {
            // a value no calendar holds (2020-13) says nothing about the day
        }
        return published;
    }
}
