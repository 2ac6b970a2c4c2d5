package org.marsad.read;

/** Why an input or a part of it can't be read; becomes an {@link InputError} at the reader's edge. */
final class ReadException extends Exception {
    private final long line;

    ReadException(long line, String reason) {
        super(reason, null, false, false);
        this.line = line;
    }

    ReadException(String reason) {
        this(0, reason);
    }

    long line() {
        return line;
    }

    InputError toError(String origin) {
        return new InputError(origin, line, getMessage());
    }
}
