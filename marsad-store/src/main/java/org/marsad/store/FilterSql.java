package org.marsad.store;

import java.sql.Date;
import java.util.List;

/** An {@link EventFilter} as SQL conditions on {@code events e}, shared by every query over events. */
final class FilterSql {
    private FilterSql() {
    }

    /** " WHERE …" for the filter (its limit and offset aside), its values appended to {@code args}. */
    static StringBuilder where(EventFilter f, List<Object> args) {
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        if (f.actor() != null) {
            where.append(" AND ").append(involves("e"));
            args.add(f.actor());
        }
        if (f.type() != null) {
            where.append(" AND e.plover_type = ?");
            args.add(f.type());
        }
        if (f.cameo() != null) {
            where.append(" AND starts_with(e.cameo, ?)");
            args.add(f.cameo());
        }
        if (f.from() != null) {
            where.append(" AND e.date_to >= ?");
            args.add(Date.valueOf(f.from()));
        }
        if (f.to() != null) {
            where.append(" AND e.date_from <= ?");
            args.add(Date.valueOf(f.to()));
        }
        if (f.lang() != null) {
            where.append(" AND e.lang = ?");
            args.add(f.lang());
        }
        if (f.modality() != null) {
            where.append(" AND e.modality = ?");
            args.add(f.modality());
        }
        if (f.article() != null) {
            where.append(" AND e.article = ?");
            args.add(f.article());
        }
        return where;
    }

    /** The condition that an actor (one ? to bind) is a source or target of the event aliased {@code e}. */
    static String involves(String e) {
        return "EXISTS (SELECT 1 FROM participants p WHERE p.article = " + e + ".article AND p.event = " + e
                + ".id AND p.role IN ('source', 'target') AND p.actor = ?)";
    }
}
