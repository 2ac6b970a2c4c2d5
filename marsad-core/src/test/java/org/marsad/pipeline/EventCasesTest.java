package org.marsad.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.marsad.data.DataFile;
import org.marsad.eval.EventCases;

/**
 * The sentences of {@code event-cases/XX.tsv} give exactly the events written beside them
 * (PLOVER type, actors, modality), and the three languages tell the same news alike.
 */
class EventCasesTest {
    private static final Pipeline PIPELINE = Pipeline.standard();
    private static final LocalDate DATE = LocalDate.of(2024, 3, 15);

    @ParameterizedTest
    @ValueSource(strings = {"en", "ru", "ar"})
    void everySentenceGivesItsEvents(String lang) throws URISyntaxException {
        List<EventCases.Case> cases = List.copyOf(cases(lang).values());
        EventCases.Report r = EventCases.score(cases, lang, DATE, PIPELINE::process);
        assertTrue(r.misses().isEmpty(), r.misses().size() + " of " + r.cases() + " " + lang + " sentences differ:\n"
                + r.misses().stream().map(EventCases.Miss::text).collect(Collectors.joining("\n")));
    }

    @Test
    void theLanguagesTellTheSameNews() throws URISyntaxException {
        Map<String, EventCases.Case> en = cases("en");
        for (String lang : List.of("ru", "ar")) {
            Map<String, EventCases.Case> other = cases(lang);
            assertEquals(en.keySet(), other.keySet(), lang + " has other sentences than en");
            for (EventCases.Case c : other.values()) {
                assertEquals(en.get(c.id()).expected(), c.expected(), lang + " " + c.id());
            }
        }
    }

    @Test
    void aTableOfSeveralLanguagesGivesTheColumnOfEach() {
        List<DataFile.Row> rows = List.of(
                new DataFile.Row("t.tsv", 1, List.of("id", "expected", "en", "ru")),
                new DataFile.Row("t.tsv", 2, List.of("x1", "AGREE IRN>SAU asserted ; - IRN> asserted",
                        "Iran agreed.", "Иран согласился.")),
                new DataFile.Row("t.tsv", 3, List.of("x2", "-", "Nothing.", "Ничего.")));
        List<EventCases.Case> ru = EventCases.read(rows, "ru");
        assertEquals("Иран согласился.", ru.get(0).sentence());
        assertEquals(List.of("- IRN> asserted", "AGREE IRN>SAU asserted"), List.copyOf(ru.get(0).expected()));
        assertTrue(ru.get(1).expected().isEmpty());
        assertThrows(DataFile.DataException.class, () -> EventCases.read(rows, "ar"));
    }

    @Test
    void aRowOfOtherWidthIsAnErrorNamingItsLine() {
        List<DataFile.Row> rows = List.of(
                new DataFile.Row("t.tsv", 1, List.of("id", "sentence", "expected")),
                new DataFile.Row("t.tsv", 7, List.of("x1", "Iran agreed.")));
        DataFile.DataException e = assertThrows(DataFile.DataException.class, () -> EventCases.read(rows, "en"));
        assertTrue(e.getMessage().contains("t.tsv:7"), e.getMessage());
    }

    static Map<String, EventCases.Case> cases(String lang) throws URISyntaxException {
        Path file = Path.of(EventCasesTest.class.getResource("/event-cases/" + lang + ".tsv").toURI());
        Map<String, EventCases.Case> out = new LinkedHashMap<>();
        for (EventCases.Case c : EventCases.read(DataFile.file(file), lang)) {
            out.put(c.id(), c);
        }
        return out;
    }
}
