package org.marsad.time;

import java.util.Set;

/**
 * What a category of the time data means to the resolver. Data files may also define other
 * upper-case categories (word classes such as prepositions); those carry no value and are
 * {@link #WORDS}. YEAR, MONTHNUM and NUMDATE are recognised in digits only; DAY and NUM in
 * digits and in the words the data lists.
 */
enum Category {
    DAY, MONTH, MONTHNUM, YEAR, YEARHI, NUM, NUMDATE, HMONTH, HOLIDAY, WEEKDAY, SEASON, QUARTER, HALF, CENTURY, UNIT, DIR,
    MOD, DAYREL, ANAPH, PLUSHALF,
    PARTDAY,
    CLOCK, AMPM, REF, SET, DECADE, DECSUF, ERA, AGO, LATER, TO, JOIN, BLOCK, FUTURE, PAST, WORDS;

    static final Set<String> UNITS = Set.of("Y", "Q", "M", "W", "WE", "D", "H", "MIN", "DE", "CE");
    private static final Set<String> SEASONS = Set.of("SP", "SU", "FA", "WI");
    private static final Set<String> PARTS = Set.of("MO", "MI", "AF", "EV", "NI", "DT");
    private static final Set<String> REFS = Set.of("PRESENT_REF", "PAST_REF", "FUTURE_REF");

    /**
     * The meaning of a category name. {@code NAME_SUFFIX} means what NAME means but is matched
     * separately in rules: Arabic {@code DIR_PRE} (هذا العام) is a direction that stands before its noun.
     */
    static Category of(String name) {
        Category exact = exact(name);
        if (exact != WORDS) {
            return exact;
        }
        int underscore = name.indexOf('_');
        return underscore > 0 ? exact(name.substring(0, underscore)) : WORDS;
    }

    private static Category exact(String name) {
        for (Category c : values()) {
            if (c != WORDS && c.name().equals(name)) {
                return c;
            }
        }
        return WORDS;
    }

    /** True for a well-formed category name: upper-case ASCII letters, digits and underscores. */
    static boolean isName(String s) {
        if (s.isEmpty() || s.charAt(0) < 'A' || s.charAt(0) > 'Z') {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /** Why a lexicon value is wrong for this category, or null when it is fine. */
    String check(String v) {
        return switch (this) {
            case DAY -> range(v, 1, 31);
            case MONTH, HMONTH -> range(v, 1, 12);
            case WEEKDAY -> range(v, 1, 7);
            case QUARTER -> range(v, 1, 4);
            case HALF -> range(v, 1, 2);
            case HOLIDAY -> holiday(v);
            case YEARHI -> v.matches("[12]\\d00") ? null : "a spelt year's hundreds: 1900 (nineteen), 2000 (two thousand)";
            case CENTURY -> v.length() == 2 && range(v, 0, 29) == null ? null : "century must be two digits (19 for the twentieth)";
            case SET -> v.length() > 2 && v.startsWith("P") ? null : "a set takes its period as a duration: P1D, P1W, P1Y";
            case NUM -> v.equals("X") ? null : range(v, 0, 10000);
            case SEASON -> SEASONS.contains(v) ? null : "season must be SP, SU, FA or WI";
            case UNIT -> unit(v);
            case DIR -> range(v, -2, 2);
            case ANAPH -> range(v, -1, 1);
            case PLUSHALF -> v.equals("-") ? null : range(v, 1, 100);
            case MOD -> Set.of("START", "MID", "END").contains(v) ? null : "modifier must be START, MID or END";
            case DAYREL -> dayRel(v);
            case PARTDAY -> PARTS.contains(v) ? null : "part of day must be one of " + PARTS;
            case CLOCK -> v.matches("([01]\\d|2[0-3]):[0-5]\\d|24:00") ? null : "clock time must be HH:MM, 00:00 to 24:00";
            case AMPM -> v.equals("AM") || v.equals("PM") ? null : "AM or PM";
            case REF -> REFS.contains(v) ? null : "reference must be one of " + REFS;
            case DECADE -> v.length() == 3 && range(v, 100, 299) == null ? null : "decade must be three digits (199)";
            case ERA -> v.equals("AD") || v.equals("AH") ? null : "era must be AD or AH";
            case JOIN -> v.isEmpty() ? "joiner needs its closing token or -" : null;
            case YEAR, MONTHNUM, NUMDATE -> "recognised in digits only";
            default -> v.equals("-") ? null : "this category takes no value: write -";
        };
    }

    private static String unit(String v) {
        int colon = v.indexOf(':');
        String code = colon < 0 ? v : v.substring(0, colon);
        if (!UNITS.contains(code)) {
            return "unit must be one of " + UNITS + ", optionally with :COUNT or :n";
        }
        if (colon < 0) {
            return null;
        }
        String count = v.substring(colon + 1);
        return count.equals("n") ? null : range(count, 2, 10000);
    }

    /** MM-DD (fixed), MM-DD+W (the first ISO weekday W on or after), H:MM-DD (Hijri), EASTER±N or OEASTER±N. */
    private static String holiday(String v) {
        boolean ok = v.matches("(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])(\\+[1-7])?")
                || v.matches("H:(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|30)")
                || v.matches("O?EASTER([+-]\\d{1,2})?");
        return ok ? null : "holiday must be MM-DD, MM-DD+W, H:MM-DD, EASTER±N or OEASTER±N";
    }

    private static String dayRel(String v) {
        int colon = v.indexOf(':');
        String offset = colon < 0 ? v : v.substring(0, colon);
        if (range(offset, -7, 7) != null) {
            return "day offset must be a number from -7 to 7, optionally with :PART";
        }
        return colon < 0 || PARTS.contains(v.substring(colon + 1)) ? null : "part of day must be one of " + PARTS;
    }

    private static String range(String v, int lo, int hi) {
        try {
            int n = Integer.parseInt(v);
            return n >= lo && n <= hi ? null : "value must be from " + lo + " to " + hi;
        } catch (NumberFormatException e) {
            return "value must be a number from " + lo + " to " + hi;
        }
    }
}
