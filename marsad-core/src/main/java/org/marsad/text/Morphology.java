package org.marsad.text;

import java.util.List;

import org.marsad.model.Analysis;

/** Readings of a normalised word for matching; the first reading is always the whole word. */
public interface Morphology {
    List<Analysis> analyse(String norm);
}
