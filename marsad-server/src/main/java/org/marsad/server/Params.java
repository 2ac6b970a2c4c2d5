package org.marsad.server;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;

/** Reads and checks query parameters; a bad one is a 400 naming it. */
final class Params {
    private Params() {
    }

    /** The parameter, stripped; null when absent or blank. */
    static String text(Context ctx, String name, int maxLength) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        v = v.strip();
        if (v.length() > maxLength) {
            throw bad(name + " is longer than " + maxLength + " characters");
        }
        return v;
    }

    static int limit(Context ctx, String name, int byDefault, int max) {
        String v = text(ctx, name, 12);
        if (v == null) {
            return byDefault;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < 0 || n > max) {
                throw bad(name + " must be between 0 and " + max + ": " + v);
            }
            return n;
        } catch (NumberFormatException e) {
            throw bad(name + " must be a whole number: " + v);
        }
    }

    static LocalDate date(Context ctx, String name) {
        String v = text(ctx, name, 10);
        try {
            return v == null ? null : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw bad(name + " must be a date YYYY-MM-DD: " + v);
        }
    }

    /** A language code among ar, ru, en, or null. */
    static String lang(Context ctx) {
        String v = text(ctx, "lang", 8);
        if (v == null) {
            return null;
        }
        v = v.toLowerCase(Locale.ROOT);
        if (!v.equals("ar") && !v.equals("ru") && !v.equals("en")) {
            throw bad("lang must be ar, ru or en: " + v);
        }
        return v;
    }

    /** An upper-case code (actor, PLOVER type) of letters, digits and underscores, or null. */
    static String code(Context ctx, String name) {
        String v = text(ctx, name, 32);
        if (v == null) {
            return null;
        }
        v = v.toUpperCase(Locale.ROOT);
        if (!v.matches("[A-Z0-9_]+")) {
            throw bad(name + " must be a code of letters, digits and _: " + v);
        }
        return v;
    }

    static String cameo(Context ctx) {
        String v = text(ctx, "cameo", 4);
        if (v != null && !v.matches("[0-9]{1,4}")) {
            throw bad("cameo must be a CAMEO code or its first digits: " + v);
        }
        return v;
    }

    static String modality(Context ctx) {
        String v = text(ctx, "modality", 16);
        if (v == null) {
            return null;
        }
        v = v.toLowerCase(Locale.ROOT);
        if (!v.matches("asserted|planned|possible|negated|hypothetical")) {
            throw bad("modality must be asserted, planned, possible, negated or hypothetical: " + v);
        }
        return v;
    }

    static HttpResponseException bad(String message) {
        return new HttpResponseException(HttpStatus.BAD_REQUEST.getCode(), message);
    }
}
