package org.marsad.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;

/**
 * Hijri dates in Gregorian terms, by the JDK's Umm al-Qura calendar (HijrahChronology, years
 * 1300–1600 AH). A Hijri month or year becomes the range of Gregorian days it covers.
 */
final class Hijri {
    private Hijri() {
    }

    /** The Gregorian date of a Hijri day, or null outside the calendar's range or for a day the month lacks. */
    static LocalDate day(int y, int m, int d) {
        try {
            return LocalDate.from(HijrahChronology.INSTANCE.date(y, m, d));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** First and last Gregorian day of a Hijri month, or null outside the calendar's range. */
    static LocalDate[] month(int y, int m) {
        try {
            HijrahDate first = HijrahChronology.INSTANCE.date(y, m, 1);
            HijrahDate last = first.with(ChronoField.DAY_OF_MONTH, first.lengthOfMonth());
            return new LocalDate[] {LocalDate.from(first), LocalDate.from(last)};
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** First and last Gregorian day of a Hijri year, or null outside the calendar's range. */
    static LocalDate[] year(int y) {
        LocalDate[] first = month(y, 1);
        LocalDate[] last = month(y, 12);
        return first == null || last == null ? null : new LocalDate[] {first[0], last[1]};
    }

    /** The Hijri year the anchor falls in, or null outside the calendar's range. */
    static Integer yearOf(LocalDate anchor) {
        try {
            return HijrahDate.from(anchor).get(ChronoField.YEAR);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * The Hijri year of a month (and day) named without one: the next or last occurrence
     * strictly after or before the anchor, the anchor's year, or for a bare name the nearest
     * occurrence in the tense's direction (the nearest either way when the tense says nothing).
     */
    static Integer yearOf(int m, Integer d, LocalDate anchor, Integer dir, Tense tense) {
        Integer hy = yearOf(anchor);
        if (hy == null) {
            return null;
        }
        if (dir != null && dir == 0) {
            return hy;
        }
        Integer best = null;
        long bestDistance = Long.MAX_VALUE;
        for (int y = hy - 1; y <= hy + 1; y++) {
            LocalDate[] span = d == null ? month(y, m) : single(day(y, m, d));
            if (span == null) {
                continue;
            }
            boolean after = span[0].isAfter(anchor);
            boolean before = span[1].isBefore(anchor);
            boolean ok;
            if (dir != null) {
                ok = dir > 0 ? after : before;
            } else {
                ok = switch (tense) {
                    case FUTURE -> !before;
                    case PAST -> !after;
                    case NONE -> true;
                };
            }
            if (!ok) {
                continue;
            }
            long distance = after ? span[0].toEpochDay() - anchor.toEpochDay()
                    : before ? anchor.toEpochDay() - span[1].toEpochDay() : 0;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = y;
            }
        }
        return best;
    }

    /** The Hijri year whose month m begins in the given Gregorian year (the first, when two do), or null. */
    static Integer yearStartingIn(int m, int gregorianYear) {
        Integer hy = yearOf(LocalDate.of(gregorianYear, 1, 1));
        if (hy == null) {
            return null;
        }
        for (int y = hy; y <= hy + 1; y++) {
            LocalDate[] span = month(y, m);
            if (span != null && span[0].getYear() == gregorianYear) {
                return y;
            }
        }
        return null;
    }

    private static LocalDate[] single(LocalDate d) {
        return d == null ? null : new LocalDate[] {d, d};
    }
}
