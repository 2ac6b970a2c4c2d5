package org.marsad.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines at '\n' (a '\r' before it is dropped) without decoding it and
 * without ever holding more than one line: a line longer than the limit is skipped and flagged.
 */
final class LineSplitter {
    /** One line; {@code bytes} is reused by the next call, so use it before asking for another. */
    record Line(long number, byte[] bytes, int length, boolean tooLong) {
    }

    private final InputStream in;
    private final long max;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private byte[] line = new byte[1 << 12];
    private long number;

    LineSplitter(InputStream in, long maxLineBytes) {
        this.in = in;
        this.max = maxLineBytes;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        int length = 0;
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = Math.max(0, in.read(buffer));
                position = 0;
                if (limit == 0) {
                    if (!any) {
                        return null;
                    }
                    break;
                }
            }
            any = true;
            int newline = indexOf(buffer, position, limit);
            int end = newline < 0 ? limit : newline;
            int n = end - position;
            if (!tooLong && length + (long) n > max) {
                tooLong = true;
            }
            if (!tooLong) {
                if (length + n > line.length) {
                    line = Arrays.copyOf(line, (int) Math.min(max, Math.max(line.length * 2L, length + (long) n)));
                }
                System.arraycopy(buffer, position, line, length, n);
                length += n;
            }
            position = newline < 0 ? limit : newline + 1;
            if (newline >= 0) {
                break;
            }
        }
        number++;
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        return new Line(number, line, tooLong ? 0 : length, tooLong);
    }

    private static int indexOf(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
