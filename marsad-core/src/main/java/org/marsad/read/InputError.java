package org.marsad.read;

/**
 * An input, or a part of one, that could not be read.
 *
 * @param origin the file ({@code -} for standard input), or {@code file#offset} for a WARC record
 * @param line   the 1-based line where the problem is, or 0 when no line applies
 * @param reason what is wrong, in words for the user
 */
public record InputError(String origin, long line, String reason) {
    /** {@code origin:line: reason}, or {@code origin: reason} without a line. */
    public String message() {
        return line > 0 ? origin + ":" + line + ": " + reason : origin + ": " + reason;
    }
}
