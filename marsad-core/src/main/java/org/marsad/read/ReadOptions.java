package org.marsad.read;

import java.time.LocalDate;
import java.util.Locale;

/**
 * How inputs are read.
 *
 * @param format   the input format, {@link InputFormat#AUTO} to detect it per input
 * @param lang     language for every article, overriding what the input says; null (or "auto") to keep it
 * @param date     publication date for articles whose input gives none; null for none
 * @param maxBytes the largest text or HTML file, JSONL line or WARC record body read, in bytes
 */
public record ReadOptions(InputFormat format, String lang, LocalDate date, long maxBytes) {
    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;
    /** Whole inputs are held in one byte array, which Java caps a little below 2 GiB. */
    public static final long LARGEST_MAX_BYTES = Integer.MAX_VALUE - 16;

    public ReadOptions {
        format = format == null ? InputFormat.AUTO : format;
        lang = lang == null || lang.isBlank() || lang.strip().equalsIgnoreCase("auto")
                ? null : lang.strip().toLowerCase(Locale.ROOT);
        if (maxBytes <= 0 || maxBytes > LARGEST_MAX_BYTES) {
            throw new IllegalArgumentException("maxBytes must be between 1 and " + LARGEST_MAX_BYTES + ": " + maxBytes);
        }
    }

    public static ReadOptions defaults() {
        return new ReadOptions(InputFormat.AUTO, null, null, DEFAULT_MAX_BYTES);
    }

    public ReadOptions withFormat(InputFormat f) {
        return new ReadOptions(f, lang, date, maxBytes);
    }

    public ReadOptions withLang(String l) {
        return new ReadOptions(format, l, date, maxBytes);
    }

    public ReadOptions withDate(LocalDate d) {
        return new ReadOptions(format, lang, d, maxBytes);
    }

    public ReadOptions withMaxBytes(long m) {
        return new ReadOptions(format, lang, date, m);
    }
}
