package org.marsad.time;

/**
 * What one rule element matched: tokens [start, end) read as a category and value, or as a
 * literal word ({@code category} null). Context pieces license a match but lie outside its extent.
 */
record Piece(String category, String value, int start, int end, boolean weak, int drop, boolean context) {
    Category role() {
        return category == null ? Category.WORDS : Category.of(category);
    }
}
