package org.marsad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.marsad.pipeline.Pipeline;

/** Translations of the same documents: grouping by id, agreement, and the listing of what differs. */
class ParallelAgreementTest {
    @Test
    void consecutiveLinesWithOneIdAreOneDocument() {
        Map<String, List<String>> lines = new LinkedHashMap<>();
        lines.put("en", List.of("Title a", "Body a", "Title b"));
        lines.put("ru", List.of("Заголовок a", "Текст a", "Заголовок b"));
        List<ParallelAgreement.Doc> docs = ParallelAgreement.documents(List.of("a", "a", "b"), lines);
        assertEquals(2, docs.size());
        assertEquals(List.of("Заголовок a", "Текст a"), docs.get(0).lines().get("ru"));
        assertEquals(List.of("Title b"), docs.get(1).lines().get("en"));
    }

    @Test
    void aFileWithAnotherNumberOfLinesIsRefused() {
        Map<String, List<String>> lines = Map.of("en", List.of("one"), "ru", List.of("один", "два"));
        assertThrows(IllegalArgumentException.class, () -> ParallelAgreement.documents(List.of("a"), lines));
    }

    @Test
    void sharedEventsAgreeAndTheOthersAreListedWithTheirSentence() {
        Map<String, List<String>> lines = new LinkedHashMap<>();
        lines.put("en", List.of("News", "Vladimir Putin, who threatened Ukraine last year, was in Beijing on Tuesday.",
                "News", "Vladimir Putin visited Egypt on Tuesday."));
        lines.put("ru", List.of("Новости", "Владимир Путин, который в прошлом году угрожал Украине, во вторник был в Пекине.",
                "Новости", "Во вторник была хорошая погода."));
        List<ParallelAgreement.Doc> docs = ParallelAgreement.documents(List.of("a", "a", "b", "b"), lines);
        Pipeline pipeline = Pipeline.standard();
        ParallelAgreement.Report r = ParallelAgreement.score(docs, List.of("en", "ru"), LocalDate.of(2024, 3, 15),
                pipeline::process);
        ParallelAgreement.Pair p = r.pairs().get(0);
        assertEquals(1, p.shared());
        assertEquals(2, p.eventsA());
        assertEquals(1, p.eventsB());
        assertEquals(1, r.differences().size());
        String listing = r.differencesText();
        assertTrue(listing.startsWith("b\n"), listing);
        assertTrue(listing.contains("04 RUS>EGY  (not in ru) ASSERTED \"visited\""), listing);
        assertTrue(listing.contains("Vladimir Putin visited Egypt on Tuesday."), listing);
    }
}
