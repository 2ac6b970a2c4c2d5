package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class LookupCacheTest {
    private final List<String> computed = new ArrayList<>();
    private final LookupCache<String, String> cache = new LookupCache<>(4);

    private String get(String key) {
        return cache.get(key, k -> {
            computed.add(k);
            return k.toUpperCase();
        });
    }

    @Test
    void computesOnceAndRemembers() {
        assertEquals("A", get("a"));
        assertEquals("A", get("a"));
        assertEquals(List.of("a"), computed);
    }

    @Test
    void staysBounded() {
        for (int i = 0; i < 1000; i++) {
            get("k" + i);
        }
        assertTrue(cache.size() <= 8, "size " + cache.size());
    }

    @Test
    void keepsWhatIsUsedAgainAndForgetsTheRest() {
        get("often");
        for (int i = 0; i < 20; i++) {
            get("rare" + i);
            get("often");
        }
        assertEquals(1, computed.stream().filter("often"::equals).count());
        computed.clear();
        get("rare0");
        assertEquals(List.of("rare0"), computed, "an old rare key was dropped");
    }

    @Test
    void needsRoom() {
        assertThrows(IllegalArgumentException.class, () -> new LookupCache<String, String>(0));
    }
}
