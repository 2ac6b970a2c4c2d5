package org.marsad.text;

import java.util.List;

import org.marsad.model.Analysis;

/** Readings of a normalised word for matching; the first reading is always the whole word. */
public interface Morphology {
    List<Analysis> analyse(String norm);

    /**
     * Further keys for a word written in its dictionary form, as names in the actor tables are:
     * the lemmas its inflected forms in text reach (Шанхайская → шанхайский, so that Шанхайской
     * finds the name). None by default.
     */
    default List<String> citationLemmas(String norm) {
        return List.of();
    }

    /**
     * The part at the front of a taken-off prefix that is a word of its own (و of وال, ب of ب),
     * which a mention's text leaves out; "" when the prefix belongs to the name (ال).
     */
    default String detachable(String prefix) {
        return "";
    }
}
