package org.marsad.text;

import java.util.List;

import org.marsad.model.Analysis;

/** Readings of a normalised word for matching; the first reading is always the whole word. */
public interface Morphology {
    List<Analysis> analyse(String norm);

    /**
     * The part at the front of a taken-off prefix that is a word of its own (و of وال, ب of ب),
     * which a mention's text leaves out; "" when the prefix belongs to the name (ال).
     */
    default String detachable(String prefix) {
        return "";
    }
}
