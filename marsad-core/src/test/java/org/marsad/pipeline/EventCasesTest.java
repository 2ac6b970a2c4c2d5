package org.marsad.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.marsad.model.Article;
import org.marsad.model.Event;
import org.marsad.model.Participant;
import org.marsad.model.Section;
import org.marsad.model.Span;

/**
 * The sentences of {@code event-cases/XX.tsv} give exactly the events written beside them
 * (PLOVER type, actors, modality), and the three languages tell the same news alike.
 */
class EventCasesTest {
    private static final Pipeline PIPELINE = Pipeline.standard();
    private static final LocalDate DATE = LocalDate.of(2024, 3, 15);

    /** One row: the sentence and what it must give, as rendered by {@link #render}. */
    record Case(String id, String sentence, TreeSet<String> expected) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ru", "ar"})
    void everySentenceGivesItsEvents(String lang) throws IOException {
        List<String> wrong = new ArrayList<>();
        Map<String, Case> cases = cases(lang);
        for (Case c : cases.values()) {
            TreeSet<String> found = found(c.sentence(), lang);
            if (!found.equals(c.expected())) {
                wrong.add(c.id() + ": " + c.sentence() + "\n    expected " + c.expected() + "\n    found    " + found);
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " of " + cases.size() + " " + lang + " sentences differ:\n"
                + String.join("\n", wrong));
    }

    @Test
    void theLanguagesTellTheSameNews() throws IOException {
        Map<String, Case> en = cases("en");
        for (String lang : List.of("ru", "ar")) {
            Map<String, Case> other = cases(lang);
            assertEquals(en.keySet(), other.keySet(), lang + " has other sentences than en");
            for (Case c : other.values()) {
                assertEquals(en.get(c.id()).expected(), c.expected(), lang + " " + c.id());
            }
        }
    }

    static TreeSet<String> found(String text, String lang) {
        Article a = new Article("case", null, null, lang, DATE, text,
                List.of(new Section(Section.Kind.BODY, new Span(0, text.length()))), "test");
        TreeSet<String> out = new TreeSet<>();
        for (Event e : PIPELINE.process(a).events()) {
            out.add(render(e));
        }
        return out;
    }

    private static String render(Event e) {
        // public statements (CAMEO 01) have no PLOVER type
        String type = e.plover() == null || e.plover().type() == null ? "-" : e.plover().type();
        return type + " " + codes(e.source()) + ">" + codes(e.target()) + " " + e.modality().code();
    }

    private static String codes(List<Participant> ps) {
        TreeSet<String> out = new TreeSet<>();
        for (Participant p : ps) {
            out.add(p.actor().code());
        }
        return String.join(",", out);
    }

    static Map<String, Case> cases(String lang) throws IOException {
        Map<String, Case> out = new LinkedHashMap<>();
        try (InputStream in = EventCasesTest.class.getResourceAsStream("/event-cases/" + lang + ".tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].isBlank() || lines[i].startsWith("#")) {
                    continue;
                }
                String[] cols = lines[i].split("\t");
                if (cols.length != 3) {
                    throw new IllegalStateException(lang + ".tsv:" + (i + 1) + ": expected 3 columns");
                }
                TreeSet<String> expected = new TreeSet<>();
                if (!cols[2].strip().equals("-")) {
                    Arrays.stream(cols[2].split(" ; ")).map(String::strip).forEach(expected::add);
                }
                out.put(cols[0], new Case(cols[0], cols[1], expected));
            }
        }
        return out;
    }
}
