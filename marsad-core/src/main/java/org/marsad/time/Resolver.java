package org.marsad.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.marsad.model.TimeExpression.Type;

/**
 * Turns the pieces of a match into a TIMEX3 type and value, relative to the anchor (the
 * article's date; may be null, and then relative values keep unknown parts: XXXX-07,
 * PAST_REF). Works on slots only, so it is the same for every language.
 */
final class Resolver {
    record TimeValue(Type type, String value) {
    }

    private final int hijriWindow;

    /** @param hijriWindow see {@link TimeGrammar#hijriWindow()} */
    Resolver(int hijriWindow) {
        this.hijriWindow = hijriWindow;
    }

    /** The value of a match, or null when its pieces don't make a date, duration or reference. */
    TimeValue resolve(List<Piece> pieces, LocalDate anchor, Tense tense) {
        return resolve(pieces, anchor, tense, null);
    }

    /**
     * The value of a match whose time is counted from the one the text named last (that day, the
     * following year, a clock time without its day), or null when the pieces are no such expression.
     *
     * @param last the TIMEX3 value of the date the text named last, or null
     */
    TimeValue fromDiscourse(List<Piece> pieces, LocalDate anchor, Tense tense, String last) {
        for (Piece p : pieces) {
            if (!p.context() && (p.role() == Category.ANAPH || p.role() == Category.CLOCK
                    || p.role() == Category.AMPM)) {
                return resolve(pieces, anchor, tense, last);
            }
        }
        return null;
    }

    /** The index of the piece that splits a range into its two ends (to, –, إلى), or -1. */
    static int rangeSplit(List<Piece> pieces) {
        for (int k = 0; k < pieces.size(); k++) {
            if (!pieces.get(k).context() && pieces.get(k).role() == Category.TO) {
                return k;
            }
        }
        return -1;
    }

    private TimeValue resolve(List<Piece> pieces, LocalDate anchor, Tense tense, String last) {
        int split = rangeSplit(pieces);
        if (split < 0) {
            Slots s = Slots.of(pieces);
            return s == null ? null : side(s, anchor, tense, last);
        }
        Slots left = Slots.of(pieces.subList(0, split));
        Slots right = Slots.of(pieces.subList(split + 1, pieces.size()));
        if (left == null || right == null) {
            return null;
        }
        left.inherit(right);
        right.inherit(left);
        return range(left, right, anchor, tense, last);
    }

    /**
     * The value of a one-year offset ("a year earlier", "a year ago", "year-ago") compared with a
     * quarter named before it (2020-Q3 gives 2019-Q3), or null when the pieces are no such offset.
     */
    TimeValue offsetFrom(List<Piece> pieces, String quarter) {
        Slots s = Slots.of(pieces);
        if (s == null || !(s.ago || s.later) || !"Y".equals(s.unit) || s.hasCalendar() || s.part != null) {
            return null;
        }
        String count = s.count();
        if (count != null && !count.equals("1")) {
            return null; // "two years ago" dates from the article, not from the results compared
        }
        int year = Integer.parseInt(quarter.substring(0, 4)) + (s.ago ? -1 : 1);
        return new TimeValue(Type.DATE, Periods.year(year) + quarter.substring(4));
    }

    /** "21 - 23 يوليو" → 2020-07-21/2020-07-23; "السنوات الخمس إلى العشر" → P5Y/P10Y. */
    private TimeValue range(Slots left, Slots right, LocalDate anchor, Tense tense, String last) {
        TimeValue a = side(left, anchor, tense, last);
        TimeValue b = side(right, anchor, tense, last);
        if (a == null || b == null || a.type() != b.type() || a.value().endsWith("_REF")
                || b.value().endsWith("_REF")) {
            return null;
        }
        // each end may itself be a span (a Hijri year): the range runs from the first's start to the second's end
        String from = a.value().contains("/") ? a.value().substring(0, a.value().indexOf('/')) : a.value();
        String to = b.value().contains("/") ? b.value().substring(b.value().indexOf('/') + 1) : b.value();
        if (a.type() != Type.DURATION && from.length() == to.length() && from.compareTo(to) > 0
                && from.indexOf('X') < 0) {
            // 28 December - 3 January: the range runs over the new year.
            if (!right.yearExplicit) {
                to = Periods.plusYears(to, 1);
            } else if (!left.yearExplicit) {
                from = Periods.plusYears(from, -1);
            } else {
                return null;
            }
        }
        return from.equals(to) ? null : new TimeValue(a.type(), from + "/" + to);
    }

    private TimeValue side(Slots s, LocalDate anchor, Tense tense, String last) {
        if (s.clock != null) {
            return clockTime(s, anchor, tense, last);
        }
        if (s.anaph != null) {
            return anaphoric(s, anchor, last);
        }
        if (s.ref != null) {
            return s.hasCalendar() || s.unit != null ? null : new TimeValue(Type.DATE, s.ref);
        }
        if (s.set != null) {
            return s.hasCalendar() || s.unit != null ? null : new TimeValue(Type.SET, s.set);
        }
        if (s.part != null && s.dayRel == null && s.unit == null && !s.hasCalendar()) {
            // "this morning", "этим утром": today's part of the day
            if (s.dir == null || s.dir != 0) {
                return null;
            }
            s.dayRel = 0;
            s.dir = null;
        }
        if (s.dayRel != null) {
            // the weekday may accompany the relative day: اليوم الأربعاء, أمس الخميس
            if (s.unit != null || s.dir != null || s.day != null || s.month != null || s.hmonth != null
                    || s.season != null || s.year != null) {
                return null;
            }
            return anchor == null ? reference(s.dayRel) : day(anchor.plusDays(s.dayRel).toString(), s);
        }
        if (s.decade != null || s.decadeSuffix) {
            return decade(s);
        }
        if (s.century != null) {
            // XX век, the 20th century: 19
            boolean alone = s.day == null && s.month == null && s.year == null && s.yearPart == null
                    && s.season == null && s.weekday == null && s.dir == null && s.num == null;
            return alone ? new TimeValue(Type.DATE, s.century) : null;
        }
        if (s.unit != null && !(s.hasCalendar() && s.num == null && !s.ago && !s.later)) {
            return units(s, anchor, tense);
        }
        return calendar(s, anchor, tense);
    }

    /**
     * A clock time on the day the rest of the match names (9 a.m. Tuesday, 5 p.m. Nov. 9), else on
     * the article's day: 2020-06-03T22:00. A part of the day the clock already says is dropped.
     */
    private TimeValue clockTime(Slots s, LocalDate anchor, Tense tense, String last) {
        if (s.unit != null || s.ref != null || s.set != null || s.num != null || s.ago || s.later) {
            return null;
        }
        String clock = s.clock;
        s.clock = null;
        s.part = null;
        String day;
        if (!s.hasCalendar() && s.dayRel == null && s.anaph == null) {
            // a clock time alone is on the day the text named last ("On Friday ... at 10 p.m."), else the anchor's
            LocalDate named = last == null ? null : Periods.within(last, "D");
            day = named != null ? named.toString() : anchor == null ? "XXXX-XX-XX" : anchor.toString();
        } else {
            TimeValue v = side(s, anchor, tense, last);
            if (v == null || !v.value().matches("[\\dX]{4}-([\\dX]{2}-[\\dX]{2}|WXX-\\d)")) {
                return null;
            }
            day = v.value();
        }
        return new TimeValue(Type.TIME, day + "T" + clock);
    }

    /**
     * That day, the same year, the following morning: the unit that holds the time the text named
     * last, or the one after or before it. A last time coarser than the unit (a year for "that
     * day"), or none, gives way to the anchor, as in a text that named no time yet.
     */
    private static TimeValue anaphoric(Slots s, LocalDate anchor, String last) {
        if (s.weekday != null && s.unit == null && s.day == null && s.month == null && s.year == null
                && s.dir == null && s.dayRel == null && s.anaph != 0) {
            // the following Monday, the previous Friday: the first such day after or before the one named last
            LocalDate named = last == null ? null : Periods.within(last, "D");
            LocalDate base = named != null ? named : anchor;
            if (base == null) {
                return null;
            }
            DayOfWeek dow = DayOfWeek.of(s.weekday);
            return day((s.anaph > 0 ? base.with(TemporalAdjusters.next(dow))
                    : base.with(TemporalAdjusters.previous(dow))).toString(), s);
        }
        String unit = s.unit == null && s.part != null ? "D" : s.unit;
        if (unit == null || s.count() != null || s.hasCalendar() || s.dir != null || s.dayRel != null || s.ago
                || s.later || s.ref != null || s.set != null || s.part != null && !unit.equals("D")) {
            return null;
        }
        LocalDate base = last == null ? null : Periods.within(last, unit);
        if (base == null) {
            base = anchor;
        }
        String v = base == null ? null : Periods.shifted(unit, s.anaph, base);
        return v == null || unit.equals("WE") ? null : day(v, s);
    }

    private static TimeValue decade(Slots s) {
        if (s.decade != null) {
            return s.day != null || s.month != null || s.year != null ? null : new TimeValue(Type.DATE, s.decade);
        }
        if (s.year == null || s.year % 10 != 0 || s.day != null || s.month != null) {
            return null;
        }
        return new TimeValue(Type.DATE, Periods.decade(s.year));
    }

    /** A unit with a count (five years), an offset (three days ago) or a direction (last week); the weekend. */
    private static TimeValue units(Slots s, LocalDate anchor, Tense tense) {
        if (s.hasCalendar() || s.part != null) {
            return null;
        }
        String count = s.half && s.count() == null ? "1" : s.count();
        if (s.half) {
            // a count and a half is a duration only: "two and a half years ago" is no whole unit away
            String v = s.ago || s.later || "X".equals(count) ? null : Periods.durationAndHalf(count, s.unit);
            return v == null ? null : new TimeValue(Type.DURATION, v);
        }
        if (s.ago || s.later) {
            int sign = s.ago ? -1 : 1;
            if ("X".equals(count) || anchor == null) {
                return reference(sign);
            }
            long n = count == null ? 1 : Long.parseLong(count);
            String v = Periods.shifted(s.unit, sign * n, anchor);
            return v == null ? reference(sign) : new TimeValue(Type.DATE, v);
        }
        if (count != null) {
            // a bare plural (سنوات, years) needs a direction or context; a count word (عدة, several) does not
            if (s.num == null && "X".equals(count) && s.dir == null && !s.licensed) {
                return null;
            }
            if (s.num == null && "X".equals(count) && s.dir != null && s.dir == 0) {
                return reference(0); // هذه الأيام, these days
            }
            return new TimeValue(Type.DURATION, Periods.duration(count, s.unit));
        }
        if (s.dir != null || s.mod) {
            if (s.unit.equals("H") || s.unit.equals("MIN")) {
                return null; // "the last minute" is an idiom, not a period
            }
            int d = s.dir == null ? 0 : s.dir;
            return anchor == null ? reference(d) : new TimeValue(Type.DATE, Periods.shifted(s.unit, d, anchor));
        }
        if (s.unit.equals("WE")) {
            // "the weekend": the last one, or the coming one in a future-tense sentence
            return new TimeValue(Type.DATE, anchor == null ? "XXXX-WXX-WE" : Periods.weekend(anchor, tense));
        }
        return s.licensed ? new TimeValue(Type.DURATION, Periods.duration("1", s.unit)) : null;
    }

    /** Dates built from calendar names: days, months, seasons, weekdays, years, Hijri dates. */
    private TimeValue calendar(Slots s, LocalDate anchor, Tense tense) {
        if (!framed(s)) {
            // A unit word of the names' own level only introduces them (العام 2001, شهر يوليو
            // المقبل, يوم الأحد), and the direction, if any, belongs to the names.
            return s.hmonth != null || "AH".equals(s.era) ? hijri(s, null, anchor, tense)
                    : names(s, s.year, s.dir, false, anchor, tense);
        }
        // A coarser unit with a direction frames the names: يونيو من العام الماضي, الأحد من الأسبوع المقبل.
        switch (s.unit) {
            case "Y" -> {
                Integer year = anchor == null ? null : anchor.getYear() + s.dir;
                if (s.hmonth != null) {
                    return hijri(s, year, anchor, tense);
                }
                return names(s, year, null, anchor == null, anchor, tense);
            }
            case "M" -> {
                if (anchor == null) {
                    return day("XXXX-XX-" + two(s.day), s);
                }
                LocalDate m = anchor.plusMonths(s.dir);
                LocalDate d = Periods.day(m.getYear(), m.getMonthValue(), s.day);
                return d == null ? null : day(d.toString(), s);
            }
            default -> {
                if (anchor == null) {
                    return day("XXXX-WXX-" + s.weekday, s);
                }
                return day(anchor.plusWeeks(s.dir).with(DayOfWeek.of(s.weekday)).toString(), s);
            }
        }
    }

    /** True when a unit with a direction is coarser than the names it comes with, and so frames them. */
    private static boolean framed(Slots s) {
        if (s.unit == null || s.dir == null) {
            return false;
        }
        return switch (s.unit) {
            case "Y" -> s.year == null;
            case "M" -> s.day != null && s.month == null && s.hmonth == null && s.weekday == null && s.season == null;
            case "W" -> s.weekday != null && s.day == null && s.month == null && s.hmonth == null && s.season == null;
            default -> false;
        };
    }

    private TimeValue names(Slots s, Integer year, Integer dir, boolean unknownYear, LocalDate anchor, Tense tense) {
        boolean unknown = unknownYear || year == null && anchor == null;
        if (s.month != null && s.day != null && year != null && s.yearExplicit && s.era == null && anchor != null
                && looksHijri(year, anchor)) {
            // ٨-١٠-١٤٣٦ in a 2015 paper: a numeric Hijri date
            s.hmonth = s.month;
            s.month = null;
            return hijri(s, null, anchor, tense);
        }
        if (s.month != null) {
            int m = s.month;
            if (s.weekday != null && s.day == null || s.season != null || s.yearPart != null) {
                return null;
            }
            if (s.day != null) {
                if (unknown) {
                    if (s.movable != null) {
                        return day("XXXX-XX-XX", s);
                    }
                    return YearMonth.of(2000, m).isValidDay(s.day) ? day("XXXX-" + two(m) + "-" + two(s.day), s) : null;
                }
                int y = year != null ? year : Periods.yearOf(m, s.day, anchor, dir, tense);
                if (year == null && s.weekday != null) {
                    y = Periods.yearWithWeekday(y, m, s.day, s.weekday);
                }
                LocalDate d = s.movable != null ? Periods.movable(s.movable, y) : Periods.day(y, m, s.day);
                return d == null ? null : day(d.toString(), s);
            }
            if (s.part != null) {
                return null;
            }
            if (unknown) {
                return new TimeValue(Type.DATE, "XXXX-" + two(m));
            }
            int y = year != null ? year : Periods.yearOf(m, null, anchor, dir, tense);
            return new TimeValue(Type.DATE, Periods.month(y, m));
        }
        if (s.yearPart != null) {
            if (s.season != null || s.day != null || s.weekday != null || s.part != null) {
                return null;
            }
            if (unknown) {
                return new TimeValue(Type.DATE, "XXXX-" + s.yearPart);
            }
            // a quarter or half is dated like its middle month, and is the nearest one whatever the
            // tense: results are reported ("expects to report third-quarter profit") after it ends
            int n = s.yearPart.charAt(1) - '0';
            int middle = s.yearPart.charAt(0) == 'Q' ? 3 * n - 1 : 6 * n - 2;
            int y = year != null ? year : Periods.yearOf(middle, null, anchor, dir, Tense.NONE);
            return new TimeValue(Type.DATE, Periods.year(y) + "-" + s.yearPart);
        }
        if (s.season != null) {
            if (s.day != null || s.weekday != null || s.part != null) {
                return null;
            }
            if (year != null) {
                return new TimeValue(Type.DATE, Periods.year(year) + "-" + s.season);
            }
            return new TimeValue(Type.DATE, unknown ? "XXXX-" + s.season : Periods.season(s.season, anchor, dir, tense));
        }
        if (s.weekday != null) {
            if (s.day != null || year != null || unknownYear) {
                return null;
            }
            if (anchor == null) {
                return day("XXXX-WXX-" + s.weekday, s);
            }
            return day(Periods.weekday(s.weekday, anchor, dir, tense).toString(), s);
        }
        if (s.day != null) {
            // "15 الجاري": a day of this (or the last, the next) month
            if (dir == null || year != null) {
                return null;
            }
            if (anchor == null) {
                return day("XXXX-XX-" + two(s.day), s);
            }
            LocalDate m = anchor.plusMonths(dir);
            LocalDate d = Periods.day(m.getYear(), m.getMonthValue(), s.day);
            return d == null ? null : day(d.toString(), s);
        }
        if (year != null && dir == null && s.part == null) {
            if (anchor != null && s.yearExplicit && s.era == null && looksHijri(year, anchor)) {
                return span(Hijri.year(year));
            }
            // a number alone is taken for a year in the last two centuries; after "in" or "since", from 1800
            if (s.bareYear && (year < (s.licensed ? 1800 : 1900) || year > 2100)) {
                return null;
            }
            return new TimeValue(Type.DATE, Periods.year(year));
        }
        return null;
    }

    /**
     * Hijri dates, months and years in Gregorian terms. {@code frameYear} is the Gregorian year a
     * unit with a direction named (رمضان هذا العام): the Hijri month that begins in it is meant.
     */
    private static TimeValue hijri(Slots s, Integer frameYear, LocalDate anchor, Tense tense) {
        if (s.month != null || s.season != null || s.yearPart != null || "AD".equals(s.era)
                || s.weekday != null && s.day == null) {
            return null;
        }
        if (s.hmonth == null) {
            if (s.year == null || s.day != null || s.dir != null) {
                return null;
            }
            return span(Hijri.year(s.year));
        }
        Integer hy = s.year;
        if (hy != null && s.dir != null) {
            return null;
        }
        if (hy == null && anchor == null) {
            return s.day != null ? day("XXXX-XX-XX", s) : new TimeValue(Type.DATE, "XXXX-XX");
        }
        if (hy == null) {
            hy = frameYear != null ? Hijri.yearStartingIn(s.hmonth, frameYear)
                    : Hijri.yearOf(s.hmonth, s.day, anchor, s.dir, tense);
            if (hy == null) {
                return null;
            }
        }
        if (s.day != null) {
            LocalDate d = Hijri.day(hy, s.hmonth, s.day);
            return d == null ? null : day(d.toString(), s);
        }
        return s.part != null ? null : span(Hijri.month(hy, s.hmonth));
    }

    /**
     * A year far from the anchor's Gregorian year but within the window before its Hijri year
     * (العام 1433 in 2015); Hijri years ahead of the article are rare, Gregorian 15th-century ones not.
     */
    private boolean looksHijri(int year, LocalDate anchor) {
        Integer hy = Hijri.yearOf(anchor);
        return hijriWindow > 0 && hy != null && year <= hy + 1 && year >= hy - hijriWindow
                && Math.abs(year - anchor.getYear()) > hijriWindow;
    }

    private static TimeValue span(LocalDate[] range) {
        return range == null ? null : new TimeValue(Type.DATE, range[0] + "/" + range[1]);
    }

    /** A day-level value, with the part of the day when one was named (then a TIME). */
    private static TimeValue day(String value, Slots s) {
        return s.part == null ? new TimeValue(Type.DATE, value) : new TimeValue(Type.TIME, value + "T" + s.part);
    }

    private static TimeValue reference(long direction) {
        return new TimeValue(Type.DATE, Periods.reference(direction));
    }

    private static String two(int n) {
        return String.format("%02d", n);
    }
}
