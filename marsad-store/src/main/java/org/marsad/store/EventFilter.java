package org.marsad.store;

import java.time.LocalDate;

/**
 * Which events to list. Null fields don't filter. {@code actor} is a source or target actor code;
 * {@code type} a PLOVER type; {@code cameo} a CAMEO code prefix; {@code from}/{@code to} keep
 * events whose time overlaps the days between them (the article's date when the event has none).
 */
public record EventFilter(String actor, String type, String cameo, LocalDate from, LocalDate to, String lang,
                          String modality, String article, int limit, int offset) {
    public EventFilter {
        if (limit < 0 || offset < 0) {
            throw new IllegalArgumentException("limit and offset must not be negative");
        }
    }

    public static EventFilter all(int limit) {
        return new EventFilter(null, null, null, null, null, null, null, null, limit, 0);
    }
}
