package org.marsad.read;

import java.util.Locale;

/** How an input is read; {@link #AUTO} decides by file name, then by content. */
public enum InputFormat {
    AUTO, TEXT, HTML, JSONL, WARC, FEED;

    /** The format named on the command line ({@code auto|text|html|jsonl|warc|feed}, any case). */
    public static InputFormat parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown input format '" + name + "' (auto, text, html, jsonl, warc or feed)");
        }
    }
}
