package org.marsad.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Shows how far a run of articles has got on standard error: on a terminal one line redrawn in
 * place (at most five times a second), elsewhere (a log file, a pipe) a line every few seconds;
 * articles done of the total, the rate and the time left. With the total unknown (standard
 * input), done and rate only. Thread-safe.
 */
final class Progress {
    private static final long REDRAW_NANOS = 200_000_000L;
    private static final long LINE_NANOS = 5_000_000_000L;

    private final PrintStream out;
    private final boolean terminal;
    private final LongSupplier clock;
    private final long total;
    private final long start;
    private long done;
    private long failed;
    private long shown;
    private int width;

    /**
     * @param total    articles in the run, or a negative number when unknown
     * @param terminal whether to redraw one line (a terminal) rather than print lines
     * @param clock    nanoseconds, {@link System#nanoTime} but in tests
     */
    Progress(PrintStream out, long total, boolean terminal, LongSupplier clock) {
        this.out = out;
        this.terminal = terminal;
        this.clock = clock;
        this.total = total;
        this.start = clock.getAsLong();
        this.shown = start;
    }

    /** Whether standard error is taken to be a terminal: there is a console and the terminal can redraw. */
    static boolean onTerminal() {
        return System.console() != null && !"dumb".equals(System.getenv("TERM"));
    }

    /** One more article done, whatever became of it. */
    synchronized void step() {
        done++;
    }

    /** One more failure (an article or an input), shown with the counts. */
    synchronized void failed() {
        failed++;
    }

    /** Shows the counts when it is time to: called after each batch, so that a line never splits one. */
    synchronized void tick() {
        long now = clock.getAsLong();
        if (now - shown >= (terminal ? REDRAW_NANOS : LINE_NANOS)) {
            shown = now;
            show(render(done, total, failed, (now - start) / 1e9, false), false);
        }
    }

    /** The last state, and the end of the line on a terminal. */
    synchronized void finish() {
        show(render(done, total, failed, (clock.getAsLong() - start) / 1e9, true), true);
    }

    private void show(String line, boolean last) {
        if (terminal) {
            // spaces over what a longer previous line left
            out.print("\r" + line + " ".repeat(Math.max(0, width - line.length())) + (last ? "\n" : ""));
            width = line.length();
        } else {
            out.println(line);
        }
        out.flush();
    }

    /**
     * One progress line: {@code Ingesting 1,200/8,409 articles (14%), 150.0 articles/s, ETA 48s,
     * 3 failed}; a finished run gives its time instead of the ETA; an unknown total (negative)
     * leaves out the total, the share and the ETA.
     */
    static String render(long done, long total, long failed, double seconds, boolean finished) {
        double rate = seconds > 0 ? done / seconds : 0;
        StringBuilder sb = new StringBuilder("Ingesting ").append(String.format(Locale.ROOT, "%,d", done));
        if (total >= 0) {
            sb.append('/').append(String.format(Locale.ROOT, "%,d", total));
        }
        sb.append(" articles");
        if (total > 0) {
            sb.append(String.format(Locale.ROOT, " (%d%%)", Math.min(100, done * 100 / total)));
        }
        sb.append(String.format(Locale.ROOT, ", %.1f articles/s", rate));
        if (finished) {
            sb.append(", ").append(duration(seconds));
        } else if (total >= 0) {
            sb.append(", ETA ").append(rate > 0 ? duration(Math.max(0, total - done) / rate) : "--");
        }
        if (failed > 0) {
            sb.append(", ").append(failed).append(" failed");
        }
        return sb.toString();
    }

    /** 7s, 3m 05s, 2h 01m. */
    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%dm %02ds", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%dh %02dm", s / 3600, s % 3600 / 60);
    }
}
