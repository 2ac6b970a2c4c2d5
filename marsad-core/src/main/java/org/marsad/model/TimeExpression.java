package org.marsad.model;

/**
 * A time expression and its TIMEX3 value resolved against the article date
 * ({@code 2020-06-03}, {@code 2020-FA}, {@code 2020-07-21/2020-07-23}, {@code P5Y}, {@code PAST_REF}, ...).
 */
public record TimeExpression(String id, Type type, Span span, String text, String value) {
    public enum Type { DATE, TIME, DURATION, SET }

    public TimeExpression withId(String newId) {
        return new TimeExpression(newId, type, span, text, value);
    }
}
