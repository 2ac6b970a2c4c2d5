package org.marsad.model;

import java.util.Locale;

/** Whether the text says an event happened, will happen, may happen, did not, or would under a condition. */
public enum Modality {
    ASSERTED, PLANNED, POSSIBLE, NEGATED, HYPOTHETICAL;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
