package org.marsad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.marsad.pipeline.Pipeline;

/** The event scores, on sentences written for these tests and coded by the real pipeline. */
class EventScoresTest {
    private static final Pipeline PIPELINE = Pipeline.standard();
    private static final LocalDate DATE = LocalDate.of(2020, 6, 3);
    /** Coded 057, RUS → PAK. */
    private static final String SIGNED = "وقعت روسيا وباكستان اتفاقية للتعاون العسكري.";
    /** Coded 141 PROTEST, PSE → ISR. */
    private static final String PROTEST = "تظاهر آلاف الفلسطينيين في مدينة غزة ضد الحصار الإسرائيلي.";
    private static final String PROTEST_DOER = "الفلسطينيين";
    /** Coded 141 PROTEST, negated. */
    private static final String NO_PROTEST = "لم يتظاهر العراقيون يوم الجمعة.";
    /** Coded 141 PROTEST, hypothetical. */
    private static final String IF_PROTEST = "حتى لو تظاهر آلاف الفلسطينيين في مدينة غزة فلن يتغير شيء.";
    /** Coded 143 PROTEST (a strike), JOR. */
    private static final String STRIKE = "أضرب الأطباء الأردنيون عن العمل احتجاجا على تأخر الرواتب.";

    @Test
    void cameoScoreMatchesRootAndCountries() {
        List<PetrRecords.Record> records = List.of(
                new PetrRecords.Record("1", DATE, SIGNED, List.of(new PetrRecords.Coding("057", "RUSGOV", "PAK")), null),
                // right type, wrong target; the source is not given
                new PetrRecords.Record("2", DATE, SIGNED, List.of(new PetrRecords.Coding("0571", "---GOV", "IND")), null),
                new PetrRecords.Record("3", DATE, "CAIRO --", List.of(), "dateline"),
                // a negated event is not a coding
                new PetrRecords.Record("4", DATE, NO_PROTEST, List.of(), null));
        CameoScore.Report r = CameoScore.score(records, PIPELINE::process, "ar");
        assertEquals(3, r.sentences());
        assertEquals(1, r.skipped());
        assertEquals(2, r.goldCodings());
        assertEquals(2, r.coded());
        Tally.Counts all = r.typeAndActors().overall();
        assertEquals(List.of(1, 1, 1), List.of(all.tp(), all.fp(), all.fn()));
        assertEquals(0.5, all.f1(), 1e-9);
        assertEquals(2, r.type().overall().tp());
        assertEquals(1.0, r.type().overall().f1(), 1e-9);
        assertEquals(Set.of("05"), r.typeAndActors().byLabel().keySet());
        assertTrue(r.text().contains("type+actor: P 0.50 R 0.50 F1 0.50"), r.text());
    }

    @Test
    void goldActorsWithoutCountryNeedAnActorOfOurs() {
        PetrRecords.Record r = new PetrRecords.Record("1", DATE, SIGNED, List.of(
                new PetrRecords.Coding("0571", "---LEG", "---"), new PetrRecords.Coding("195", "IMGMUSISI", "IRQMIL")),
                null);
        List<CameoScore.Dyad> gold = CameoScore.gold(r);
        assertEquals(List.of(new CameoScore.Dyad("05", "---", null), new CameoScore.Dyad("19", "IMG", "IRQ")), gold);
        // an agent alone ("---LEG") is an actor whose country the gold did not know: any of ours, not none
        assertTrue(CameoScore.sameActors(gold.get(0), new CameoScore.Dyad("05", "USA", "RUS")));
        assertFalse(CameoScore.sameActors(gold.get(0), new CameoScore.Dyad("05", null, "RUS")));
        assertTrue(CameoScore.sameActors(gold.get(1), new CameoScore.Dyad("19", "IMG", "IRQ")));
        assertFalse(CameoScore.sameActors(gold.get(1), new CameoScore.Dyad("19", "IMG", null)));
    }

    @Test
    void aPairCodedBothWaysIsOneMutualDyadMatchedEitherWay() {
        PetrRecords.Record both = new PetrRecords.Record("1", DATE, SIGNED, List.of(
                new PetrRecords.Coding("040", "BRA", "USAGOV"), new PetrRecords.Coding("043", "USA", "BRA"),
                new PetrRecords.Coding("040", "CHE", "USA"), new PetrRecords.Coding("111", "RUS", "USA")), null);
        List<CameoScore.Dyad> gold = CameoScore.gold(both);
        assertEquals(List.of(new CameoScore.Dyad("04", "BRA", "USA", true), new CameoScore.Dyad("04", "CHE", "USA"),
                new CameoScore.Dyad("11", "RUS", "USA")), gold);
        // the mutual pair takes a one-way coding in either direction
        assertTrue(CameoScore.sameActors(gold.get(0), new CameoScore.Dyad("04", "USA", "BRA")));
        assertTrue(CameoScore.sameActors(gold.get(0), new CameoScore.Dyad("04", "BRA", "USA")));
        // one-way gold keeps its direction, unless ours is the mutual one
        assertFalse(CameoScore.sameActors(gold.get(1), new CameoScore.Dyad("04", "USA", "CHE")));
        assertTrue(CameoScore.sameActors(gold.get(1), new CameoScore.Dyad("04", "USA", "CHE", true)));
        assertFalse(CameoScore.sameActors(gold.get(2), new CameoScore.Dyad("11", "USA", "RUS")));
        assertEquals(List.of(new CameoScore.Dyad("04", "USA", "USA")), CameoScore.foldMutual(
                new LinkedHashSet<>(List.of(new CameoScore.Dyad("04", "USA", "USA")))));
    }

    @Test
    void detectionScoreCountsLabelsAndRejectedDifficultNos() {
        List<DetectionRecords.Record> records = List.of(
                new DetectionRecords.Record("1", "PROTEST", "yes", PROTEST),
                new DetectionRecords.Record("2", "PROTEST", "yes", SIGNED),
                new DetectionRecords.Record("3", "PROTEST", "easy no", NO_PROTEST),
                // a hypothetical protest is none
                new DetectionRecords.Record("6", "PROTEST", "easy no", IF_PROTEST),
                new DetectionRecords.Record("4", "PROTEST", "difficult no", STRIKE),
                new DetectionRecords.Record("5", "PROTEST", "ambiguous", PROTEST));
        DetectionScore.Report r = DetectionScore.score(records, PIPELINE::process, "ar", DATE);
        assertEquals(List.of(1, 1, 1), List.of(r.counts().tp(), r.counts().fp(), r.counts().fn()));
        assertEquals(2, r.rejected("easy no"));
        assertEquals(0, r.rejected("difficult no"));
        assertEquals(1, r.detected().get("ambiguous"));
        assertTrue(r.text().contains("difficult no rejected: 0/1"), r.text());
    }

    @Test
    void ploverScoreMatchesTypeAndActors() {
        List<PloverGold.Record> records = List.of(
                new PloverGold.Record("1", DATE, PROTEST, Set.of("PROTEST"), Set.of("PSE"), Set.of()),
                // Marsad codes signing as SUPPORT (CAMEO 057)
                new PloverGold.Record("2", DATE, SIGNED, Set.of("AGREE"), Set.of("RUS"), Set.of("PAK")),
                new PloverGold.Record("3", DATE, STRIKE, Set.of("PROTEST"), Set.of("EGY"), Set.of()));
        PloverScore.Report r = PloverScore.score(records, PIPELINE::process, "ar");
        Tally.Counts protest = r.typeAndActors().byLabel().get("PROTEST");
        assertEquals(List.of(1, 1, 1), List.of(protest.tp(), protest.fp(), protest.fn()));
        assertEquals(1, r.typeAndActors().byLabel().get("AGREE").fn());
        assertEquals(1, r.typeAndActors().byLabel().get("SUPPORT").fp());
        assertEquals(2, r.type().overall().tp());
    }

    @Test
    void ploverSidesNamedByWordsMatchTheCodedActorsWords() {
        PloverGold.Record byWords = new PloverGold.Record("1", DATE, PROTEST, Set.of("PROTEST"), Set.of(), Set.of(),
                Set.of(PROTEST_DOER), Set.of());
        PloverGold.Record wrongWords = new PloverGold.Record("2", DATE, PROTEST, Set.of("PROTEST"), Set.of(),
                Set.of(), Set.of("no such actor"), Set.of());
        PloverScore.Report r = PloverScore.score(List.of(byWords, wrongWords), PIPELINE::process, "ar");
        assertEquals(1, r.typeAndActors().overall().tp());
        assertEquals(2, r.type().overall().tp());
    }

    @Test
    void aMeetingIsReciprocal() {
        String met = "The Japanese prime minister met the US president in Tokyo.";
        // coded JPN -> USA: the record may name them the other way round, or one of them as actor with no recipient
        List<PloverGold.Record> records = List.of(
                new PloverGold.Record("1", DATE, met, Set.of("CONSULT"), Set.of("USA"), Set.of("JPN")),
                new PloverGold.Record("2", DATE, met, Set.of("CONSULT"), Set.of("USA"), Set.of()),
                new PloverGold.Record("3", DATE, met, Set.of("CONSULT"), Set.of("USA"), Set.of("CHN")));
        PloverScore.Report r = PloverScore.score(records, PIPELINE::process, "en");
        assertEquals(List.of(2, 1, 1), List.of(r.typeAndActors().overall().tp(), r.typeAndActors().overall().fp(),
                r.typeAndActors().overall().fn()));
    }
}
