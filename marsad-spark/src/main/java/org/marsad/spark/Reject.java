package org.marsad.spark;

/**
 * An input, or a part of one, that gave no article: a row of the rejects table.
 *
 * @param origin where: the file, {@code file#offset} for a JSONL line or WARC record starting at
 *               that byte, or {@code file:line} for a line of a file read whole
 * @param file   the file (or the input as given, when it matched no file)
 * @param reason why, in words for the user
 */
record Reject(String origin, String file, String reason) {
}
