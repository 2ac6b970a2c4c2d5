package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class ProgressTest {
    @Test
    void aLineWithTheShareTheRateAndTheTimeLeft() {
        assertEquals("Ingesting 1,200/8,400 articles (14%), 150.0 articles/s, ETA 48s",
                Progress.render(1200, 8400, 0, 8.0, false));
        assertEquals("Ingesting 0/8,400 articles (0%), 0.0 articles/s, ETA --", Progress.render(0, 8400, 0, 0, false));
        assertEquals("Ingesting 8,400/8,400 articles (100%), 140.0 articles/s, 1m 00s, 3 failed",
                Progress.render(8400, 8400, 3, 60.0, true));
    }

    @Test
    void anUnknownTotalGivesDoneAndRateOnly() {
        assertEquals("Ingesting 250 articles, 50.0 articles/s", Progress.render(250, -1, 0, 5.0, false));
    }

    @Test
    void durations() {
        assertEquals("7s", Progress.duration(7.2));
        assertEquals("3m 05s", Progress.duration(185));
        assertEquals("2h 01m", Progress.duration(7290));
    }

    private record Shown(Progress progress, AtomicLong clock, ByteArrayOutputStream bytes) {
        String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }

    private static Shown progress(boolean terminal, long total) {
        AtomicLong clock = new AtomicLong();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        return new Shown(new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), total, terminal, clock::get),
                clock, bytes);
    }

    @Test
    void aTerminalLineIsRedrawnInPlace() {
        Shown s = progress(true, 20);
        s.clock().set(100_000_000L);
        s.progress().step();
        s.progress().tick(); // too soon to redraw
        assertEquals("", s.text());
        s.clock().set(1_000_000_000L);
        s.progress().step();
        s.progress().tick();
        s.clock().set(2_000_000_000L);
        s.progress().failed();
        s.progress().step();
        s.progress().tick();
        s.progress().finish();
        assertEquals("\rIngesting 2/20 articles (10%), 2.0 articles/s, ETA 9s"
                + "\rIngesting 3/20 articles (15%), 1.5 articles/s, ETA 11s, 1 failed"
                + "\rIngesting 3/20 articles (15%), 1.5 articles/s, 2s, 1 failed" + " ".repeat(5) + "\n", s.text());
    }

    @Test
    void elsewhereALineEveryFewSeconds() {
        Shown s = progress(false, -1);
        for (int i = 1; i <= 12; i++) {
            s.clock().set(i * 1_000_000_000L);
            s.progress().step();
            s.progress().tick();
        }
        s.progress().finish();
        assertEquals("Ingesting 5 articles, 1.0 articles/s\nIngesting 10 articles, 1.0 articles/s\n"
                + "Ingesting 12 articles, 1.0 articles/s, 12s\n", s.text().replace("\r\n", "\n"));
    }
}
