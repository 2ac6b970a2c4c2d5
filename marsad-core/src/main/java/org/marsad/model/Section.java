package org.marsad.model;

/** A part of an article's text as the reader told it apart. Only chrome is skipped by the pipeline. */
public record Section(Kind kind, Span span) {
    public enum Kind { CHROME, TITLE, DATELINE, BODY }
}
