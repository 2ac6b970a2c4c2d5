package org.marsad.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.marsad.data.DataFile;
import org.marsad.text.LanguagePack;
import org.marsad.text.Segmenter;

/** Mistakes in a time data file are reported with the file and line that hold them. */
class TimeGrammarTest {
    private static final LanguagePack EN = LanguagePack.of("en");

    @Test
    void bundledFilesLoad() {
        for (String lang : List.of("ar", "ru", "en")) {
            assertTrue(TimeGrammar.load(lang).rules().size() > 20, lang);
        }
        assertEquals(6, TimeGrammar.load(null).rules().size());
    }

    @Test
    void aValueOutsideItsCategoryIsRejected() {
        assertError("x.tsv:2: MONTH '13'", row(1, "MONTH", "1", "January"), row(2, "MONTH", "13", "Smarch"));
        assertError("x.tsv:1: UNIT 'YEAR'", row(1, "UNIT", "YEAR", "year"));
        assertError("x.tsv:1: YEAR", row(1, "YEAR", "2000", "millennium"));
    }

    @Test
    void rulesAreChecked() {
        assertError("x.tsv:2: unknown category MONTHS", row(1, "MONTH", "1", "January"), row(2, "rule", "DAY MONTHS"));
        assertError("x.tsv:1: context brackets only at the start or end", row(1, "rule", "DAY (of) MONTH"));
        assertError("x.tsv:1: a literal in a rule must be one token", row(1, "rule", "DAY o'clock"));
        assertError("x.tsv:1: rule needs at least one element", row(1, "rule", "(in)"));
    }

    @Test
    void blockPatternsAndOptionsAreChecked() {
        assertError("x.tsv:1: unknown category HOURS", row(1, "block", "HOURS NUM"));
        assertError("x.tsv:1: options are", row(1, "option", "calendar", "julian"));
        assertError("x.tsv:1: hijri-window needs a number", row(1, "option", "hijri-window", "many"));
        assertError("x.tsv:1: expected a CATEGORY", row(1, "Month", "1", "January"));
    }

    @Test
    void aRestrictedCategoryMatchesOnlyThatValue() {
        TimeGrammar g = TimeGrammar.fromRows(EN, List.of(
                row(1, "UNIT", "Y", "year"), row(2, "UNIT", "M", "month"), row(3, "DIR", "-1", "last"),
                row(4, "rule", "DIR UNIT=Y")));
        Rule.Alt alt = g.rules().get(0).elements().get(1).alts().get(0);
        assertTrue(alt.accepts("Y") && alt.accepts("Y:n"));
        assertTrue(!alt.accepts("M") && !alt.accepts("YY"));
        Rule.Alt plural = new Rule.Alt("UNIT", ":n", null);
        assertTrue(plural.accepts("Y:n") && !plural.accepts("Y") && !plural.accepts("Y:2"));
    }

    @Test
    void aWordEndingSpeaksForLowerCaseWordsNoWholeFormNames() {
        TimeGrammar g = TimeGrammar.fromRows(EN, List.of(
                row(1, "PAST", "-", "*ed"), row(2, "FUTURE", "-", "be *ed"), row(3, "NOTPAST", "-", "hundred"),
                row(4, "WEEKDAY", "1", "Monday"), row(5, "rule", "WEEKDAY")));
        String text = "They agreed Monday; a hundred United need it to be closed";
        Lattice lattice = new Lattice(new Segmenter(EN).tokens(text, 0, text.length()), g);
        List<String> cues = new ArrayList<>();
        for (int i = 0; i < lattice.size(); i++) {
            for (Lattice.Edge e : lattice.edgesAt(i)) {
                if (e.category().equals("PAST") || e.category().equals("FUTURE")) {
                    cues.add(e.category() + " " + lattice.token(e.start()).text() + ".." + lattice.token(e.end() - 1).text());
                }
            }
        }
        // not "hundred" (listed), "United" (capitalised) or "need" (too short a stem)
        assertEquals(List.of("PAST agreed..agreed", "FUTURE be..closed", "PAST closed..closed"), cues);
        assertError("x.tsv:1: a form that starts with a word ending or tag is written in lower case", row(1, "PAST", "-", "*ED"));
        assertError("x.tsv:1: a word ending must be letters", row(1, "PAST", "-", "*e-d"));
    }

    @Test
    void dictionaryLemmasAndTagsReachInflectedWords() {
        LanguagePack ru = LanguagePack.of("ru");
        TimeGrammar g = TimeGrammar.fromRows(ru, List.of(
                row(1, "FUTURE", "-", "@VB:Fut.*"), row(2, "MONTH", "11", "ноябрь"), row(3, "DIR", "1", "грядущий"),
                row(4, "UNIT", "Y", "год"), row(5, "rule", "MONTH")));
        String text = "Выборы пройдут в ноябре грядущего года";
        Lattice lattice = new Lattice(new Segmenter(ru).tokens(text, 0, text.length()), g);
        List<String> found = new ArrayList<>();
        for (int i = 0; i < lattice.size(); i++) {
            for (Lattice.Edge e : lattice.edgesAt(i)) {
                found.add(e.category() + " " + lattice.token(e.start()).text());
            }
        }
        assertEquals(List.of("FUTURE пройдут", "MONTH ноябре", "DIR грядущего", "UNIT года"), found);
        assertError("x.tsv:1: a tag pattern must be a regular expression", row(1, "PAST", "-", "@VB[Past"));
    }

    private static void assertError(String start, DataFile.Row... rows) {
        DataFile.DataException e = assertThrows(DataFile.DataException.class,
                () -> TimeGrammar.fromRows(EN, new ArrayList<>(List.of(rows))));
        assertTrue(e.getMessage().startsWith(start), e.getMessage());
    }

    private static DataFile.Row row(int line, String... fields) {
        return new DataFile.Row("x.tsv", line, List.of(fields));
    }
}
