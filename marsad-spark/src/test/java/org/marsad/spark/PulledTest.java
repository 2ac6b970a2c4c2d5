package org.marsad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class PulledTest {
    @Test
    void deliversWhatTheSourcePushesInOrder() {
        List<Integer> got = new ArrayList<>();
        new Pulled<Integer>("t", out -> {
            for (int i = 0; i < 100; i++) {
                out.accept(i);
            }
        }).forEachRemaining(got::add);
        assertEquals(100, got.size());
        for (int i = 0; i < 100; i++) {
            assertEquals(i, got.get(i));
        }
    }

    @Test
    void aFailingSourceFailsAfterTheItemsBeforeIt() {
        Pulled<String> items = new Pulled<>("t", out -> {
            out.accept("one");
            throw new IllegalArgumentException("broken disk");
        });
        assertEquals("one", items.next());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, items::hasNext);
        assertEquals("broken disk", e.getMessage());
        assertFalse(items.hasNext());
    }

    @Test
    void theSourceStaysOnlyAFewItemsAhead() throws InterruptedException {
        AtomicInteger pushed = new AtomicInteger();
        CountDownLatch ended = new CountDownLatch(1);
        Pulled<Integer> items = new Pulled<>("t", out -> {
            try {
                for (int i = 0; i < 1_000_000; i++) {
                    out.accept(i);
                    pushed.incrementAndGet();
                }
            } finally {
                ended.countDown();
            }
        });
        assertEquals(0, items.next());
        Thread.sleep(300);
        assertTrue(pushed.get() <= 20, "pushed " + pushed.get() + " items ahead of the reader");
        items.close();
        assertTrue(ended.await(5, TimeUnit.SECONDS), "the source thread did not stop after close()");
        assertTrue(pushed.get() < 1_000_000);
    }
}
