package org.marsad.store;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.DateTimeException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days a TIMEX3 value covers, for filtering events by date: {@code 2020-06-03} one day,
 * {@code 2020-06} a month, {@code 2020} and other values of a year (seasons, weeks, quarters)
 * the year, {@code A/B} from A's first day to B's last. Durations and references have none.
 */
record DateRange(LocalDate from, LocalDate to) {
    private static final Pattern CALENDAR = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(.*)");

    /** The range of a value, or null when it names no calendar period. */
    static DateRange of(String value) {
        if (value == null) {
            return null;
        }
        int slash = value.indexOf('/');
        if (slash > 0) {
            DateRange a = of(value.substring(0, slash));
            DateRange b = of(value.substring(slash + 1));
            return a == null || b == null || b.to.isBefore(a.from) ? null : new DateRange(a.from, b.to);
        }
        Matcher m = CALENDAR.matcher(value);
        if (!m.matches()) {
            return null;
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            }
            YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
            if (m.group(3) == null) {
                return new DateRange(month.atDay(1), month.atEndOfMonth());
            }
            LocalDate day = month.atDay(Integer.parseInt(m.group(3)));
            return new DateRange(day, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
