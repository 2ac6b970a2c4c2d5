package org.marsad.actors;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.marsad.data.DataFile;
import org.marsad.model.EntityType;

/**
 * Reads entity tables (docs/DATA-FORMATS.md, "Actor dictionary"). Columns, tab-separated, after
 * a header row: {@code id type actor sector en ru ar roles geo}. Names are {@code |}-separated;
 * roles are {@code ;}-separated {@code ACTOR/SECTOR/FROM/TO/title}; geo is {@code lat,lon}.
 */
public final class EntityFiles {
    static final List<String> COLUMNS = List.of("id", "type", "actor", "sector", "en", "ru", "ar", "roles", "geo");
    static final List<String> LANGS = List.of("en", "ru", "ar");

    private EntityFiles() {
    }

    public static List<Entity> parse(List<DataFile.Row> rows) {
        List<Entity> out = new ArrayList<>();
        boolean header = true;
        for (DataFile.Row row : rows) {
            if (header) {
                if (!row.fields().subList(0, Math.min(row.size(), COLUMNS.size())).equals(COLUMNS)) {
                    throw row.error("header must be: " + String.join("<TAB>", COLUMNS));
                }
                header = false;
                continue;
            }
            out.add(entity(row));
        }
        return out;
    }

    private static Entity entity(DataFile.Row row) {
        if (row.size() < 7) {
            throw row.error("expected at least 7 tab-separated columns, found " + row.size());
        }
        String id = row.get(0);
        if (id.isEmpty()) {
            throw row.error("empty id");
        }
        EntityType type;
        try {
            type = EntityType.valueOf(row.get(1));
        } catch (IllegalArgumentException e) {
            throw row.error("type must be PER, ORG, LOC or MISC, not '" + row.get(1) + "'");
        }
        Map<String, List<String>> names = new LinkedHashMap<>();
        for (int i = 0; i < LANGS.size(); i++) {
            List<String> values = DataFile.values(row.get(4 + i));
            if (!values.isEmpty()) {
                names.put(LANGS.get(i), values);
            }
        }
        Double lat = null;
        Double lon = null;
        String geo = row.get(8);
        if (!geo.isEmpty() && !geo.equals("-")) {
            String[] ll = geo.split(",");
            try {
                lat = Double.parseDouble(ll[0].strip());
                lon = Double.parseDouble(ll[1].strip());
            } catch (RuntimeException e) {
                throw row.error("geo must be lat,lon, not '" + geo + "'");
            }
        }
        return new Entity(id, type, orNull(row.get(2)), orNull(row.get(3)), names, roles(row), lat, lon);
    }

    private static List<Entity.Role> roles(DataFile.Row row) {
        String field = row.get(7);
        List<Entity.Role> roles = new ArrayList<>();
        if (field.isEmpty() || field.equals("-")) {
            return roles;
        }
        for (String r : field.split(";")) {
            String[] p = r.strip().split("/", -1);
            if (p.length < 4) {
                throw row.error("role must be ACTOR/SECTOR/FROM/TO[/title], not '" + r.strip() + "'");
            }
            roles.add(new Entity.Role(p[0], orNull(p[1]), date(row, p[2], false), date(row, p[3], true),
                    p.length > 4 ? p[4] : null));
        }
        return roles;
    }

    /** YYYY, YYYY-MM or YYYY-MM-DD; an end date stands for the last day it names. */
    static LocalDate date(DataFile.Row row, String s, boolean end) {
        if (s.isEmpty()) {
            return null;
        }
        try {
            switch (s.length()) {
                case 4 -> {
                    int y = Integer.parseInt(s);
                    return end ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
                }
                case 7 -> {
                    LocalDate d = LocalDate.parse(s + "-01");
                    return end ? d.withDayOfMonth(d.lengthOfMonth()) : d;
                }
                default -> {
                    return LocalDate.parse(s);
                }
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            throw row.error("bad date '" + s + "' (YYYY, YYYY-MM or YYYY-MM-DD)");
        }
    }

    private static String orNull(String s) {
        return s.isEmpty() || s.equals("-") ? null : s;
    }
}
