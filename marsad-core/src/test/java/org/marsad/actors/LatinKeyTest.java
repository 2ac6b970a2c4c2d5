package org.marsad.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.marsad.data.DataFile;

class LatinKeyTest {
    private static final LatinKey K = LatinKey.bundled();

    private double distance(String a, String b) {
        return K.distance(K.words(a).get(0), K.words(b).get(0));
    }

    @Test
    void spellingsOfOneLetterFoldTogether() {
        assertEquals(List.of("xan"), K.words("khan"));
        assertEquals(K.words("shoigu"), K.words("shoygu"));
        assertEquals(List.of("abd", "fatah"), K.words("abd al-fattah"));
    }

    @Test
    void vowelsAndNearLettersAreCheapOtherLettersAreNot() {
        assertEquals(0.5, distance("mohammed", "muhammad"));
        assertEquals(0.75, distance("mhmd", "muhammad"));
        assertEquals(0.25, distance("shekhbaz", "shehbaz"));
        assertEquals(0.1, distance("ivanov", "ifanov"), 1e-9);
        assertTrue(distance("shaukat", "shafqat") >= 1);
        assertEquals(1.0, distance("iman", "imran"));
    }

    @Test
    void addedLettersCostMoreWhereTheScriptWritesThem() {
        assertEquals(0.5, K.distance("muhamad", "muhamd", 2));
        assertEquals(0.25, K.distance("muhamad", "muhamd", 1));
        assertEquals(1.0, K.distance("xan", "xn", 8));
    }

    @Test
    void lettersOfNearGroupsShareABlock() {
        assertEquals(K.group('c'), K.group('k'));
        assertEquals(K.group('x'), K.group('g'));
        assertTrue(K.group('s') != K.group('t'));
    }

    @Test
    void tableErrorsNameTheirLine() {
        DataFile.DataException e = assertThrows(DataFile.DataException.class,
                () -> LatinKey.load(List.of(new DataFile.Row("latin-key.tsv", 7, List.of("near", "sz", "cheap")))));
        assertEquals("latin-key.tsv:7: COST must be a number from 0 to 1", e.getMessage());
    }
}
