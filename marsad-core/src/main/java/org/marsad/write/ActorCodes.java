package org.marsad.write;

import java.util.Locale;
import java.util.Set;

import org.marsad.model.Actor;

/**
 * Marsad's actors (a state's ISO 3166-1 alpha-3 code or an organisation's own code, and a sector) in
 * the codes of other event data: CAMEO-style codes as GDELT and PETRARCH write them (PAKGOV, IGOSCO)
 * and PLOVER's country codes (states, UNO, EUR, IGO, NGO, IMG).
 */
public final class ActorCodes {
    /** Sectors that make an actor an organisation rather than part of a state. */
    private static final Set<String> ORGANISATION_SECTORS = Set.of("IGO", "NGO", "INS");
    private static final Set<String> ISO_ALPHA3 = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);

    private ActorCodes() {
    }

    /**
     * True for a state or what belongs to it: an ISO alpha-3 code, or a user-assigned X.. code
     * (XKX, Kosovo), unless the sector says organisation (NAM is Namibia, and the Non-Aligned Movement).
     */
    public static boolean isState(Actor a) {
        if (a.sector() != null && isOrganisationSector(a.sector())) {
            return false;
        }
        String code = a.code();
        return ISO_ALPHA3.contains(code) || (code.length() == 3 && code.charAt(0) == 'X');
    }

    /** The state's code, or null for an organisation. */
    public static String country(Actor a) {
        return isState(a) ? a.code() : null;
    }

    /**
     * The CAMEO-style code: a state's code then its sector (PAKGOV, RUS); an organisation's kind then
     * its code (IGOSCO, IMGISIS), or its code then the sector of a role in it (UNGOV, the UN's head).
     */
    public static String cameo(Actor a) {
        String sector = a.sector() == null ? "" : a.sector();
        return isState(a) || !isOrganisationSector(sector) ? a.code() + sector : cameoKind(sector) + a.code();
    }

    /**
     * What PETRARCH matches actors on, the first element of a CAMEO code: the state's code, the
     * organisation's kind (IGO, as in IGOUNO; IMG, as in IMGMUSISI), or the organisation's code when its kind is not given.
     */
    public static String cameoCountry(Actor a) {
        if (isState(a) || a.sector() == null || !isOrganisationSector(a.sector())) {
            return a.code();
        }
        return cameoKind(a.sector());
    }

    /** CAMEO's name for an organisation sector: transnational armed groups (INS) are its IMG. */
    private static String cameoKind(String sector) {
        return sector.equals("INS") ? "IMG" : sector;
    }

    private static boolean isOrganisationSector(String sector) {
        return ORGANISATION_SECTORS.contains(sector);
    }

    /**
     * PLOVER's country field: the state's code, or for organisations the manual's codes for the UN
     * (UNO), the EU (EUR), other intergovernmental (IGO) and non-governmental (NGO) bodies and
     * transnational militarised groups (IMG); an organisation of unknown kind keeps its own code.
     */
    public static String plover(Actor a) {
        if (isState(a)) {
            return a.code();
        }
        return switch (a.code()) {
            case "UN" -> "UNO";
            case "EU" -> "EUR";
            default -> switch (a.sector() == null ? "" : a.sector()) {
                case "IGO" -> "IGO";
                case "NGO" -> "NGO";
                case "INS" -> "IMG";
                default -> a.code();
            };
        };
    }
}
