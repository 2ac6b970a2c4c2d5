package org.marsad.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gregorian arithmetic and TIMEX3 spelling: which July, autumn or Sunday a sentence means
 * relative to the anchor, and how weeks, seasons, decades and centuries are written.
 */
final class Periods {
    static final List<String> SEASONS = List.of("SP", "SU", "FA", "WI");

    private Periods() {
    }

    static String year(int y) {
        return String.format("%04d", y);
    }

    static String month(int y, int m) {
        return String.format("%04d-%02d", y, m);
    }

    static String month(LocalDate d) {
        return month(d.getYear(), d.getMonthValue());
    }

    /** True for the value of a quarter or half of a year: 2020-Q3, 2020-H1. */
    static boolean isYearPart(String value) {
        return value.length() == 7 && (value.startsWith("-Q", 4) || value.startsWith("-H", 4))
                && Character.isDigit(value.charAt(0));
    }

    static String quarter(LocalDate d) {
        return year(d.getYear()) + "-Q" + ((d.getMonthValue() - 1) / 3 + 1);
    }

    static String week(LocalDate d) {
        return String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static String decade(int y) {
        return Integer.toString(Math.floorDiv(y, 10));
    }

    static String century(int y) {
        return String.format("%02d", Math.floorDiv(y, 100));
    }

    /** A TIMEX3 date value's year and its finer part: month and day, a week, a quarter; more may follow. */
    private static final Pattern DATE_VALUE =
            Pattern.compile("(\\d{4})(?:-(?:(\\d{2})(?:-(\\d{2}))?|W(\\d{2})|Q([1-4])))?(?:[-T].*)?");

    /**
     * The first day of the time a TIMEX3 date value names, when that time is at least as fine as
     * the unit (a day for D, a week or a day for W, a month or a day for M, ...), else null.
     */
    static LocalDate within(String value, String unit) {
        Matcher m = DATE_VALUE.matcher(value);
        if (!m.matches()) {
            return null;
        }
        int y = Integer.parseInt(m.group(1));
        LocalDate d = m.group(3) != null ? day(y, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))) : null;
        LocalDate week = m.group(4) == null ? null : LocalDate.of(y, 1, 4)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(4))).with(DayOfWeek.MONDAY);
        LocalDate month = m.group(2) == null || d != null ? d : day(y, Integer.parseInt(m.group(2)), 1);
        LocalDate quarter = m.group(5) == null ? month : LocalDate.of(y, 3 * Integer.parseInt(m.group(5)) - 2, 1);
        return switch (unit) {
            case "D" -> d;
            case "W" -> d != null ? d : week;
            case "M" -> month;
            case "Q" -> quarter;
            case "Y" -> LocalDate.of(y, 1, 1);
            default -> null;
        };
    }

    /** A day of a month, or null when the month has no such day. */
    static LocalDate day(int y, int m, int d) {
        return m >= 1 && m <= 12 && YearMonth.of(y, m).isValidDay(d) ? LocalDate.of(y, m, d) : null;
    }

    /**
     * The year of a month (and day) named without one. With a direction: the next or last one
     * strictly after or before the anchor (±2: the one after next, before last), or this year's.
     * Without: this year's, unless the sentence's tense points to the coming or the past one; but
     * a day within {@link #NEAR_DAYS} of the anchor stays in its year whatever the tense says
     * ("by Jan. 14" in a paper of Jan. 15: tense cues are only nearby words, often of another clause).
     */
    static int yearOf(int m, Integer d, LocalDate anchor, Integer dir, Tense tense) {
        int y = anchor.getYear();
        int cmp = Integer.compare(m, anchor.getMonthValue());
        if (cmp == 0 && d != null) {
            cmp = Integer.compare(d, anchor.getDayOfMonth());
        }
        if (dir != null && dir != 0) {
            // the next one is the first after the anchor, the one after next a year later
            int next = dir > 0 ? (cmp > 0 ? y : y + 1) : (cmp < 0 ? y : y - 1);
            return next + dir - Integer.signum(dir);
        }
        if (dir != null) {
            return y;
        }
        if (d != null && tense != Tense.NONE && distance(y, m, d, anchor) <= NEAR_DAYS) {
            return y;
        }
        return switch (tense) {
            case FUTURE -> cmp >= 0 ? y : y + 1;
            case PAST -> cmp <= 0 ? y : y - 1;
            case NONE -> nearest(y, m, d == null ? 15 : d, anchor);
        };
    }

    /** Days around the anchor in which a dated day keeps the anchor's year against the tense. */
    private static final int NEAR_DAYS = 60;

    /** Days by which another year's month must be nearer than this year's to be preferred. */
    private static final int SAME_YEAR_BIAS = 60;

    /**
     * This year's month (and day) unless last or next year's is clearly nearer to the anchor:
     * "Oct. 23" in a January paper is last October, "December" in a June paper this December.
     */
    private static int nearest(int y, int m, int d, LocalDate anchor) {
        int best = y;
        long bestDistance = distance(y, m, d, anchor) - SAME_YEAR_BIAS;
        for (int candidate : new int[] {y - 1, y + 1}) {
            long distance = distance(candidate, m, d, anchor);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static long distance(int y, int m, int d, LocalDate anchor) {
        YearMonth ym = YearMonth.of(y, m);
        return Math.abs(ym.atDay(Math.min(d, ym.lengthOfMonth())).toEpochDay() - anchor.toEpochDay());
    }

    /**
     * The year nearest to y (y itself, then y-1, y+1) in which day d of month m falls on the
     * given ISO weekday: "الجمعة 5 يونيو" in 2020, whatever the tense says; y when none fits.
     */
    static int yearWithWeekday(int y, int m, int d, int isoDay) {
        for (int candidate : new int[] {y, y - 1, y + 1}) {
            LocalDate date = day(candidate, m, d);
            if (date != null && date.getDayOfWeek().getValue() == isoDay) {
                return candidate;
            }
        }
        return y;
    }

    /**
     * The day of a movable holiday in a year: {@code MM-DD+W} is the first ISO weekday W on or after
     * MM-DD (Thanksgiving 11-22+4), {@code EASTER±N} N days from Western Easter, {@code OEASTER±N}
     * from Orthodox Easter.
     */
    static LocalDate movable(String rule, int y) {
        int easter = rule.indexOf("EASTER");
        if (easter < 0) {
            LocalDate base = LocalDate.of(y, Integer.parseInt(rule.substring(0, 2)), Integer.parseInt(rule.substring(3, 5)));
            return base.with(TemporalAdjusters.nextOrSame(DayOfWeek.of(Integer.parseInt(rule.substring(6)))));
        }
        String offset = rule.substring(easter + "EASTER".length());
        LocalDate base = easter > 0 ? orthodoxEaster(y) : easter(y);
        return base.plusDays(offset.isEmpty() ? 0 : Integer.parseInt(offset.replace("+", "")));
    }

    /** Western Easter Sunday (the Gregorian computus, as in the anonymous algorithm of 1876). */
    static LocalDate easter(int y) {
        int a = y % 19;
        int b = y / 100;
        int c = y % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int n = h + l - 7 * m + 114;
        return LocalDate.of(y, n / 31, n % 31 + 1);
    }

    /** Orthodox Easter Sunday as a Gregorian date: the Julian computus, 13 days on (1900–2099). */
    static LocalDate orthodoxEaster(int y) {
        int d = (19 * (y % 19) + 15) % 30;
        int e = (2 * (y % 4) + 4 * (y % 7) - d + 34) % 7;
        int n = d + e + 114;
        return LocalDate.of(y, n / 31, n % 31 + 1).plusDays(13);
    }

    /** Seasons counted from year 0: 4 × season-year + index; winter belongs to the year of its December. */
    static int seasonOrdinal(LocalDate d) {
        int m = d.getMonthValue();
        if (m <= 2) {
            return (d.getYear() - 1) * 4 + 3;
        }
        return d.getYear() * 4 + (m == 12 ? 3 : (m - 3) / 3);
    }

    /**
     * The season meant relative to the anchor: the next one, the last one, this year's, or for a
     * bare name the current or coming one (the current or last one in a past-tense sentence).
     */
    static String season(String code, LocalDate anchor, Integer dir, Tense tense) {
        int idx = SEASONS.indexOf(code);
        int current = seasonOrdinal(anchor);
        int c = Math.floorDiv(current, 4) * 4 + idx;
        if (dir != null && dir > 0) {
            c += (c <= current ? 4 : 0) + 4 * (dir - 1);
        } else if (dir != null && dir < 0) {
            c -= (c >= current ? 4 : 0) + 4 * (-dir - 1);
        } else if (dir != null) {
            c = idx == Math.floorMod(current, 4) ? current : anchor.getYear() * 4 + idx;
        } else if (tense == Tense.PAST) {
            c -= c > current ? 4 : 0;
        } else {
            c += c < current ? 4 : 0;
        }
        return year(Math.floorDiv(c, 4)) + "-" + code;
    }

    /** The weekday meant: last or next (strictly), this week's, or for a bare name the nearest in the tense's direction. */
    static LocalDate weekday(int isoDay, LocalDate anchor, Integer dir, Tense tense) {
        DayOfWeek dow = DayOfWeek.of(isoDay);
        if (dir != null) {
            return dir < 0 ? anchor.with(TemporalAdjusters.previous(dow)).plusWeeks(dir + 1)
                    : dir > 0 ? anchor.with(TemporalAdjusters.next(dow)).plusWeeks(dir - 1) : anchor.with(dow);
        }
        return tense == Tense.FUTURE ? anchor.with(TemporalAdjusters.nextOrSame(dow))
                : anchor.with(TemporalAdjusters.previousOrSame(dow));
    }

    /**
     * The weekend meant by "the weekend": this week's once it has begun or in a future-tense
     * sentence, else last week's. Weekends belong to their ISO week (2020-W23-WE).
     */
    static String weekend(LocalDate anchor, Tense tense) {
        boolean begun = anchor.getDayOfWeek().getValue() >= DayOfWeek.SATURDAY.getValue();
        return week(begun || tense == Tense.FUTURE ? anchor : anchor.minusWeeks(1)) + "-WE";
    }

    /** The period of a unit that lies n units from the anchor's (last year, next week), or null for units below a day. */
    static String shifted(String unit, long n, LocalDate anchor) {
        return switch (unit) {
            case "Y" -> year(anchor.plusYears(n).getYear());
            case "Q" -> quarter(anchor.plusMonths(3 * n));
            case "M" -> month(anchor.plusMonths(n));
            case "W" -> week(anchor.plusWeeks(n));
            case "WE" -> week(anchor.plusWeeks(n)) + "-WE";
            case "D" -> anchor.plusDays(n).toString();
            case "DE" -> decade(anchor.getYear() + (int) n * 10);
            case "CE" -> century(anchor.getYear() + (int) n * 100);
            default -> null;
        };
    }

    /** A TIMEX3 duration: P5Y, P2W, PT24H, PXD; counted decades and centuries in years (P10Y, P200Y). */
    static String duration(String count, String unit) {
        return switch (unit) {
            case "H" -> "PT" + count + "H";
            case "MIN" -> "PT" + count + "M";
            case "DE", "CE" -> count.equals("X") ? "PX" + unit
                    : "P" + Long.parseLong(count) * (unit.equals("DE") ? 10 : 100) + "Y";
            default -> "P" + count + unit;
        };
    }

    /**
     * A count and a half of a unit, the half in the next smaller unit: P2Y6M, PT5H30M, P1DT12H;
     * null for the weekend.
     */
    static String durationAndHalf(String count, String unit) {
        long n = Long.parseLong(count);
        return switch (unit) {
            case "Y" -> "P" + n + "Y6M";
            case "Q" -> "P" + (3 * n + 1) + "M15D";
            case "M" -> "P" + n + "M15D";
            case "W" -> "P" + (7 * n + 3) + "DT12H";
            case "D" -> "P" + n + "DT12H";
            case "H" -> "PT" + n + "H30M";
            case "MIN" -> "PT" + n + "M30S";
            case "DE" -> "P" + (10 * n + 5) + "Y";
            case "CE" -> "P" + (100 * n + 50) + "Y";
            default -> null;
        };
    }

    /** A reference for an expression that needs the anchor when there is none. */
    static String reference(long direction) {
        return direction < 0 ? "PAST_REF" : direction > 0 ? "FUTURE_REF" : "PRESENT_REF";
    }

    /** Moves a YYYY, YYYY-MM or YYYY-MM-DD value by whole years; other values stay as they are. */
    static String plusYears(String value, int years) {
        if (value.indexOf('X') >= 0) {
            return value;
        }
        if (value.length() == 10) {
            return LocalDate.parse(value).plusYears(years).toString();
        }
        if (value.length() == 7) {
            return YearMonth.parse(value).plusYears(years).toString();
        }
        if (value.length() == 4) {
            return year(Integer.parseInt(value) + years);
        }
        return value;
    }
}
