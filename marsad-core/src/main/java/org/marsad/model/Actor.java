package org.marsad.model;

/**
 * Who a mention stands for in event data: a state (ISO 3166-1 alpha-3) or an organisation
 * (a short code such as SCO), and the sector within it where known (GOV, MIL, IGO, MED, ...).
 */
public record Actor(String code, String sector) {
    public Actor {
        if (code == null || code.isEmpty()) {
            throw new IllegalArgumentException("actor code is required");
        }
    }

    public static Actor of(String code) {
        return new Actor(code, null);
    }
}
