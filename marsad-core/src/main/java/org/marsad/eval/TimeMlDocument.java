package org.marsad.eval;

import java.time.LocalDate;
import java.util.List;

import org.marsad.model.Span;

/**
 * A TimeML document reduced to what time scoring needs: the TEXT element's content with its
 * tags taken out, the document creation time, and the gold TIMEX3s as spans of that text.
 *
 * @param name         the file it came from, for reports
 * @param creationTime the date of the TIMEX3 whose functionInDocument is CREATION_TIME, or null
 */
public record TimeMlDocument(String name, String text, LocalDate creationTime, List<Timex> times) {
    public TimeMlDocument {
        times = List.copyOf(times);
    }

    /** One annotated (or found) time expression: its span in the text, TIMEX3 type and value. */
    public record Timex(Span span, String type, String value) {
    }
}
