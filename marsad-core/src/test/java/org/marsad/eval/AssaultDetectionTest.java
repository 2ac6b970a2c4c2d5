package org.marsad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.marsad.pipeline.Pipeline;

/**
 * The project's own ASSAULT detection sets ({@code detection/assault-XX.csv}, written like the Arabic
 * protest_gsr.csv): no "no" sentence is detected (a condemned attack, a trial, a road accident, a match
 * are no new violence), and at least the "yes" sentences the coder found when the sets were made.
 */
class AssaultDetectionTest {
    private static final Pipeline PIPELINE = Pipeline.standard();
    private static final LocalDate DATE = LocalDate.of(2024, 3, 15);

    @ParameterizedTest
    @CsvSource({"ar, 22", "ru, 8", "en, 9"})
    void detectsViolenceAndNoNearMiss(String lang, int found) throws IOException {
        String csv;
        try (InputStream in = AssaultDetectionTest.class.getResourceAsStream("/detection/assault-" + lang + ".csv")) {
            csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        DetectionScore.Report r = DetectionScore.score(DetectionRecords.parse(csv), PIPELINE::process, lang, DATE);
        assertEquals("ASSAULT", r.types());
        assertEquals(0, r.counts().fp(), r.differencesText());
        assertTrue(r.counts().tp() >= found, r.differencesText());
    }
}
