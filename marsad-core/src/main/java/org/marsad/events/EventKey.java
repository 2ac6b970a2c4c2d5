package org.marsad.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.TreeSet;

import org.marsad.model.Event;
import org.marsad.model.Participant;

/**
 * A key that articles reporting the same happening share, for a store to count them as one event:
 * a hash of the CAMEO root (the PLOVER type when there is no CAMEO code), the event's actors as a
 * sorted set (who is source and who target does not matter: "A met B" and "B met A") and its day
 * ({@link EventDay}). The same event in Arabic, Russian and English gets the same key.
 */
public final class EventKey {
    private static final int HEX_DIGITS = 16;

    private EventKey() {
    }

    public static String of(Event e, LocalDate published) {
        TreeSet<String> actors = new TreeSet<>();
        for (Participant p : e.source()) {
            actors.add(p.actor().code());
        }
        for (Participant p : e.target()) {
            actors.add(p.actor().code());
        }
        String kind = e.cameo() != null ? e.cameo().substring(0, 2)
                : e.plover() != null && e.plover().type() != null ? e.plover().type() : "";
        LocalDate day = EventDay.of(e, published);
        return hash(kind + "|" + String.join(",", actors) + "|" + (day == null ? "" : day.toString()));
    }

    private static String hash(String s) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HEX_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
