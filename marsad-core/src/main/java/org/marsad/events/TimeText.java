package org.marsad.events;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** A TIMEX3 value said in words for a summary ("2014-11" → "November 2014"); other values as they are. */
final class TimeText {
    private TimeText() {
    }

    static String render(String value, String lang) {
        Locale locale = Locale.forLanguageTag(lang);
        try {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(value).format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
            }
            if (value.matches("\\d{4}-\\d{2}")) {
                return YearMonth.parse(value).format(DateTimeFormatter.ofPattern("LLLL yyyy", locale));
            }
        } catch (DateTimeParseException e) {
            return value;
        }
        return value;
    }
}
