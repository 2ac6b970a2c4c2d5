package org.marsad.time;

import java.util.List;

/**
 * What the pieces of one match (or one side of a range) say, slot by slot: day, month, year,
 * unit and count, direction... Filled from pieces by their category; a slot said twice
 * (two different months, two directions) makes the reading fail.
 */
final class Slots {
    Integer day;
    Integer month;
    Integer year;
    boolean yearExplicit;
    /** The hundreds of a year spelt out (1900 for nineteen), to which a count adds the rest. */
    Integer yearHundreds;
    Integer hmonth;
    /** A holiday whose day moves from year to year (11-22+4, EASTER-2); month and day then approximate it. */
    String movable;
    Integer weekday;
    String season;
    /** A quarter or half of the year as TIMEX3 writes it: Q3, H1. */
    String yearPart;
    /** A century as TIMEX3 writes it: 19 for the twentieth. */
    String century;
    String unit;
    /** The count the unit word carries itself: "2" for a dual, "X" for a plural, null for one. */
    String unitCount;
    /** A count given by a number: digits, a number word, or X (several). */
    String num;
    /** The count has a half more: two and a half years, 5 1/2 hours, полтора года. */
    boolean half;
    Integer dir;
    /** Units from the time the text named last: that day 0, the following year 1, the previous day -1. */
    Integer anaph;
    boolean mod;
    Integer dayRel;
    String part;
    /** A clock time, HH:MM on the 24-hour clock once {@link #ampm} is applied. */
    String clock;
    String ampm;
    String ref;
    /** The period of a recurring expression (daily = P1D). */
    String set;
    String decade;
    boolean decadeSuffix;
    String era;
    boolean ago;
    boolean later;
    /** Context words licensed the match (في, in, в ...). */
    boolean licensed;
    /** Only a year and its context: no unit word, era or modifier to vouch for the number. */
    boolean bareYear;

    /** Slots of these pieces, or null when they contradict each other. */
    static Slots of(List<Piece> pieces) {
        Slots s = new Slots();
        boolean content = false;
        boolean support = false;
        for (Piece p : pieces) {
            if (p.context()) {
                s.licensed = true;
                continue;
            }
            if (p.category() == null) {
                continue;
            }
            content = true;
            Category role = p.role();
            support |= role == Category.UNIT || role == Category.ERA || role == Category.MOD
                    || role == Category.WORDS;
            if (!s.add(role, p.value())) {
                return null;
            }
        }
        s.bareYear = !support;
        return content && s.spelledYear() && s.applyAmPm() ? s : null;
    }

    /**
     * Makes a year spelt out (nineteen ninety-six, two thousand and one) a year: its hundreds and a
     * count from 1 to 99, which only a round thousand may leave out. False when they don't add up.
     */
    private boolean spelledYear() {
        if (yearHundreds == null) {
            return true;
        }
        int rest = num == null || num.equals("X") ? 0 : Integer.parseInt(num);
        if (year != null || "X".equals(num) || rest > 99 || rest == 0 && yearHundreds % 1000 != 0) {
            return false;
        }
        year = yearHundreds + rest;
        yearExplicit = true;
        num = null;
        return true;
    }

    /**
     * Reads a.m. and p.m.: a count before them is the hour (10 p.m.), and a clock time on the
     * 12-hour clock moves to the 24-hour one. False when they have no hour to go with.
     */
    private boolean applyAmPm() {
        if (ampm == null) {
            return true;
        }
        if (clock == null) {
            if (num == null || unit != null || num.equals("X")) {
                return false;
            }
            clock = String.format("%02d:00", Integer.parseInt(num));
            num = null;
        }
        int hour = Integer.parseInt(clock.substring(0, 2));
        if (hour < 1 || hour > 12) {
            return false;
        }
        hour = ampm.equals("PM") ? (hour == 12 ? 12 : hour + 12) : (hour == 12 ? 0 : hour);
        clock = String.format("%02d", hour) + clock.substring(2);
        return true;
    }

    private boolean add(Category role, String v) {
        switch (role) {
            case DAY -> {
                if (day != null) {
                    return false;
                }
                day = Integer.valueOf(v);
            }
            case MONTH, MONTHNUM -> {
                if (month != null) {
                    return false;
                }
                month = Integer.valueOf(v);
            }
            case YEAR -> {
                if (year != null) {
                    return false;
                }
                year = Integer.valueOf(v);
                yearExplicit = true;
            }
            case NUMDATE -> {
                if (day != null || month != null || year != null) {
                    return false;
                }
                String[] ymd = v.split("-");
                year = Integer.valueOf(ymd[0]);
                month = Integer.valueOf(ymd[1]);
                day = Integer.valueOf(ymd[2]);
                yearExplicit = true;
            }
            case YEARHI -> {
                if (yearHundreds != null) {
                    return false;
                }
                yearHundreds = Integer.valueOf(v);
            }
            case PLUSHALF -> {
                if (half || !v.equals("-") && num != null) {
                    return false;
                }
                half = true;
                num = v.equals("-") ? num : v; // полтора: one and a half in one word
            }
            case NUM -> {
                if (num != null) {
                    return false;
                }
                num = v;
            }
            case HOLIDAY -> {
                if (month != null || hmonth != null || day != null) {
                    return false;
                }
                if (v.startsWith("H:")) {
                    hmonth = Integer.valueOf(v.substring(2, 4));
                    day = Integer.valueOf(v.substring(5, 7));
                } else if (v.contains("EASTER")) {
                    month = 4;
                    day = 15;
                    movable = v;
                } else {
                    month = Integer.valueOf(v.substring(0, 2));
                    day = Integer.valueOf(v.substring(3, 5));
                    movable = v.length() > 5 ? v : null;
                }
            }
            case HMONTH -> {
                if (hmonth != null) {
                    return false;
                }
                hmonth = Integer.valueOf(v);
            }
            case WEEKDAY -> {
                if (weekday != null) {
                    return false;
                }
                weekday = Integer.valueOf(v);
            }
            case SEASON -> {
                if (season != null) {
                    return false;
                }
                season = v;
            }
            case QUARTER, HALF -> {
                if (yearPart != null) {
                    return false;
                }
                yearPart = (role == Category.QUARTER ? "Q" : "H") + v;
            }
            case CENTURY -> {
                if (century != null) {
                    return false;
                }
                century = v;
            }
            case SET -> {
                if (set != null) {
                    return false;
                }
                set = v;
            }
            case UNIT -> {
                if (unit != null) {
                    return false;
                }
                int colon = v.indexOf(':');
                unit = colon < 0 ? v : v.substring(0, colon);
                unitCount = colon < 0 ? null : v.endsWith(":n") ? "X" : v.substring(colon + 1);
            }
            case DIR -> {
                if (dir != null) {
                    return false;
                }
                dir = Integer.valueOf(v);
            }
            case ANAPH -> {
                if (anaph != null) {
                    return false;
                }
                anaph = Integer.valueOf(v);
            }
            case MOD -> {
                if (mod) {
                    return false;
                }
                mod = true;
            }
            case DAYREL -> {
                if (dayRel != null) {
                    return false;
                }
                int colon = v.indexOf(':');
                dayRel = Integer.valueOf(colon < 0 ? v : v.substring(0, colon));
                return colon < 0 || setPart(v.substring(colon + 1));
            }
            case PARTDAY -> {
                return setPart(v);
            }
            case CLOCK -> {
                if (clock != null) {
                    return false;
                }
                clock = v;
            }
            case AMPM -> {
                if (ampm != null) {
                    return false;
                }
                ampm = v;
            }
            case REF -> {
                if (ref != null) {
                    return false;
                }
                ref = v;
            }
            case DECADE -> {
                if (decade != null) {
                    return false;
                }
                decade = v;
            }
            case DECSUF -> decadeSuffix = true;
            case ERA -> {
                if (era != null) {
                    return false;
                }
                era = v;
            }
            case AGO -> ago = true;
            case LATER -> later = true;
            default -> {
                // word classes (prepositions, fillers such as فصل or شهر) say nothing by themselves
            }
        }
        return !(ago && later);
    }

    private boolean setPart(String v) {
        if (part != null) {
            return false;
        }
        part = v;
        return true;
    }

    /** The count of the unit: a number's, else the unit word's own (dual, plural), else null for one. */
    String count() {
        return num != null ? num : unitCount;
    }

    /** Names of calendar parts: day, month, Hijri month, weekday, season, quarter or half, year, century. */
    boolean hasCalendar() {
        return day != null || month != null || hmonth != null || weekday != null || season != null
                || yearPart != null || year != null || century != null;
    }

    /** Day or weekday 3, month, season or quarter 2, year 1, nothing 0. */
    int finest() {
        if (day != null || weekday != null) {
            return 3;
        }
        if (month != null || hmonth != null || season != null || yearPart != null) {
            return 2;
        }
        return year != null ? 1 : 0;
    }

    /**
     * Fills what one side of a range leaves to the other: "21 - 23 يوليو" gives the month to 21,
     * "السنوات الخمس إلى العشر" gives the unit to العشر. Only parts coarser than the side's own
     * finest part are taken, so "يوليو - 3 أغسطس" does not give a day to July.
     */
    void inherit(Slots other) {
        if (unit == null && other.unit != null && num != null) {
            unit = other.unit;
            unitCount = other.unitCount;
        }
        int fine = finest();
        if (fine >= 3 && month == null && hmonth == null && (other.month != null || other.hmonth != null)) {
            month = other.month;
            hmonth = other.hmonth;
            if (dir == null) {
                dir = other.dir;
            }
        }
        if (fine >= 2 && year == null && other.year != null) {
            year = other.year;
        }
        if (era == null && year != null) {
            era = other.era; // 1435 / 1436 هـ: the era written once covers both years
        }
        licensed |= other.licensed;
    }
}
