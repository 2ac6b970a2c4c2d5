package org.marsad.spark;

import java.io.Serializable;
import java.time.LocalDate;

import org.marsad.read.InputFormat;
import org.marsad.read.ReadOptions;

/**
 * What the job's readers are told, as plain values that travel to the executors.
 *
 * @param lang language of every article, or null to keep the input's (and detect the rest)
 * @param date publication date for articles whose input gives none, or null
 */
public record JobOptions(String lang, LocalDate date) implements Serializable {
    public static JobOptions defaults() {
        return new JobOptions(null, null);
    }

    /** Reading options for inputs of the given format. */
    ReadOptions readOptions(InputFormat format) {
        return ReadOptions.defaults().withFormat(format).withLang(lang).withDate(date);
    }
}
