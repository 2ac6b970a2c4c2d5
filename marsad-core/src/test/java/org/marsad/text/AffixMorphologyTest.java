package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.marsad.model.Analysis;

class AffixMorphologyTest {
    private final AffixMorphology m = new AffixMorphology(List.of("و", "ال", "وال", "ل", "س"), List.of("ه", "يه", "تين"), 2,
            Set.of("و", "ل"), Map.of("س", Pattern.compile("[ايتن].+")), Map.of("تين", Pattern.compile(".+ي")));

    private List<String> lemmas(String word) {
        return m.analyse(word).stream().map(Analysis::lemma).toList();
    }

    @Test
    void wholeWordComesFirst() {
        assertEquals("وباكستان", lemmas("وباكستان").get(0));
    }

    @Test
    void takesOffPrefixesAndSuffixes() {
        assertTrue(lemmas("وباكستان").contains("باكستان"));
        assertTrue(lemmas("الروسيه").contains("روسي"));
        assertTrue(lemmas("لروسيا").contains("روسيا"));
    }

    @Test
    void keepsAMinimumStem() {
        assertEquals(List.of("وه"), lemmas("وه"));
    }

    @Test
    void marksReadingsOnlyAVerbCanHave() {
        assertTrue(m.analyse("سيزور").stream().anyMatch(a -> a.lemma().equals("يزور") && a.verbOnly()));
        assertTrue(m.analyse("وباكستان").stream().noneMatch(Analysis::verbOnly));
    }

    @Test
    void takesAVerbPrefixOffOnlyBeforeAVerbStem() {
        assertTrue(m.analyse("سلسله").stream().noneMatch(Analysis::verbOnly));
    }

    @Test
    void lowerCases() {
        assertEquals("moscow", new AffixMorphology(List.of(), List.of(), 2, Set.of(), Map.of(), Map.of()).analyse("Moscow").get(0).lemma());
    }

    @Test
    void detachesConjunctionsButNotTheArticle() {
        assertEquals("و", m.detachable("و"));
        assertEquals("و", m.detachable("وال"));
        assertEquals("", m.detachable("ال"));
    }

    @Test
    void aSuffixWithAStemFormComesOffOnlyWhereTheRestHasIt() {
        // the feminine dual after a nisba leaves the nisba; Putin's name keeps its ending
        assertTrue(lemmas("اسرائيليتين").contains("اسرائيلي"));
        assertFalse(lemmas("بوتين").contains("بو"));
    }
}
