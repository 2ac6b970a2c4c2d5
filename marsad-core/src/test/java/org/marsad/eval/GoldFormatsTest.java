package org.marsad.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The readers of gold event data, on small files written in each published layout. */
class GoldFormatsTest {
    @Test
    void csvFieldsMayHoldCommasQuotesAndLineBreaks() {
        List<List<String>> rows = Csv.parse("a,b,c\r\n1,\"x, \"\"y\"\"\",\"two\nlines\"\n2,,last");
        assertEquals(List.of("a", "b", "c"), rows.get(0));
        assertEquals(List.of("1", "x, \"y\"", "two\nlines"), rows.get(1));
        assertEquals(List.of("2", "", "last"), rows.get(2));
        assertEquals(3, rows.size());
    }

    @Test
    void detectionRecordsByColumnName() {
        String csv = ",accept,event_type,id,label,reject,text,total\n"
                + "0,5,PROTEST,s1,yes,0,\"تظاهر الطلاب، ثم عادوا.\",5\n"
                + "1,1,PROTEST,s2,difficult no,4,نص آخر,5\n";
        List<DetectionRecords.Record> rs = DetectionRecords.parse(csv);
        assertEquals(2, rs.size());
        assertEquals(new DetectionRecords.Record("s1", "PROTEST", "yes", "تظاهر الطلاب، ثم عادوا."), rs.get(0));
        assertEquals(DetectionRecords.DIFFICULT_NO, rs.get(1).label());
        assertThrows(IllegalArgumentException.class, () -> DetectionRecords.parse("id,text\n1,x\n"));
        assertThrows(IllegalArgumentException.class,
                () -> DetectionRecords.parse("id,event_type,label,text\n1,PROTEST,yes\n"));
    }

    @Test
    void petrarchRecordsReadLeniently() {
        String xml = """
                <Validation>
                # an unmarked comment block that mentions <EventCoding...> records
                <Sentences>
                <Sentence date="20080804" id="A-1" evaluate="true"/>
                <!-- <EventCoding eventcode="999" sourcecode="XXX" targetcode="YYY"/> is commented out -->
                <EventCoding eventcode="042" sourcecode="USAGOV" targetcode="CHN" />
                <EventCoding sourcecode="---GOV" targetcode="CHN" eventcode="0841"></EventCoding>
                <Text>
                The US leader &amp; his aides
                went to Beijing.
                </Text>
                <Parse>(ROOT (S (NP (NNP US))))</Parse>
                <Sentence date = "19950101" id ="B-2" category="DEMO" sentence="true">
                <EventCoding noevents="True" />
                <Text>Nothing happened.</Text>
                </Sentence>
                <Sentence date="bad" id="C-3">
                <EventCoding error="dateline"></EventCoding>
                <Text>CEBU CITY: --</Text>
                </Sentence>
                </Sentences>
                </Validation>
                """;
        List<PetrRecords.Record> rs = PetrRecords.parse(xml);
        assertEquals(3, rs.size());
        PetrRecords.Record a = rs.get(0);
        assertEquals("A-1", a.id());
        assertEquals(LocalDate.of(2008, 8, 4), a.date());
        assertEquals("The US leader & his aides went to Beijing.", a.text());
        assertEquals(List.of(new PetrRecords.Coding("042", "USAGOV", "CHN"),
                new PetrRecords.Coding("0841", "---GOV", "CHN")), a.codings());
        assertNull(a.error());
        assertEquals(LocalDate.of(1995, 1, 1), rs.get(1).date());
        assertTrue(rs.get(1).codings().isEmpty());
        assertNull(rs.get(2).date());
        assertEquals("dateline", rs.get(2).error());
    }

    @Test
    void ploverRecordsFromSpansAndFromEntityLists() throws Exception {
        String spans = """
                [{"source": "As-Safir (Arabic)", "_id": "p1", "text": "تظاهر الناس.",
                  "spans": [{"source_role": {"main": "None", "role": "CVL"}, "target_role": {"main": "LBN", "role": "GOV"}},
                            {"source_role": {"main": "LBN", "role": "CVL"}, "target_role": {}}],
                  "event_type": "PROTEST", "verb_gold": "تظاهر"}]
                """;
        PloverGold.Record p = PloverGold.parse(spans).get(0);
        assertEquals("p1", p.id());
        assertEquals(Set.of("PROTEST"), p.types());
        assertEquals(Set.of("LBN"), p.actors());
        assertEquals(Set.of("LBN"), p.recipients());
        assertNull(p.date());
        // the PLOVER manual's records, comma-separated with trailing commas
        String manual = """
                {
                    "id": "GSR-1",
                    "date": "2000-01-01",
                    "source": [{"actorText": "Libya", "code": "LBY"}],
                    "target": [{"actorText": "Great Britain", "code": "GBR"}, {"actorText": "Poland", "code": "POL"}],
                    "event": "AGREE",
                    "text": "Libya has offered to hand over two suspects.",
                },
                {
                    "id": "GSR-2",
                    "date": "2000-01-01",
                    "actor": [{"code": "usa"}],
                    "recipient": "",
                    "event": ["CONSULT"],
                    "text": "The US met.",
                },
                """;
        List<PloverGold.Record> rs = PloverGold.parse(manual);
        assertEquals(2, rs.size());
        assertEquals(LocalDate.of(2000, 1, 1), rs.get(0).date());
        assertEquals(Set.of("LBY"), rs.get(0).actors());
        assertEquals(Set.of("GBR", "POL"), rs.get(0).recipients());
        assertEquals(Set.of("CONSULT"), rs.get(1).types());
        assertEquals(Set.of("USA"), rs.get(1).actors());
        assertTrue(rs.get(1).recipients().isEmpty());
        // an earlier draft's type names, a document header, span markup, entities by their words alone
        String draft = """
                [{"id": "D", "event": "DOCUMENT", "text": "Header."},
                 {"id": "1", "event": "DISAPPROVE", "text": "{Sudan} {condemned} the {raid}.",
                  "source": [{"actorText": "Sudan"}], "target": ""},
                 {"id": "2", "event": "FIGHT", "eventText": "Troops shelled the town."},
                 {"id": "3", "event": "DEMAND", "text": "a"}, {"id": "4", "event": "INVESTIGATE", "text": "b"}]
                """;
        List<PloverGold.Record> ds = PloverGold.parse(draft);
        assertEquals(List.of("1", "2", "3", "4"), ds.stream().map(PloverGold.Record::id).toList());
        assertEquals(Set.of("ACCUSE"), ds.get(0).types());
        assertEquals("Sudan condemned the raid.", ds.get(0).text());
        assertEquals(Set.of("Sudan"), ds.get(0).actorWords());
        assertTrue(ds.get(0).actors().isEmpty());
        assertEquals(Set.of("ASSAULT"), ds.get(1).types());
        assertEquals("Troops shelled the town.", ds.get(1).text());
        assertEquals(Set.of("REQUEST"), ds.get(2).types());
        assertEquals(Set.of("ACCUSE"), ds.get(3).types());
        // one object per line
        assertEquals(2, PloverGold.parse("{\"text\": \"a\", \"event\": \"AID\"}\n{\"text\": \"b\", \"event\": \"AID\"}\n")
                .size());
    }

    @Test
    void ploverRecordsAsTheManualsDataFieldsDefineThem() throws Exception {
        String records = """
                {"id": "M-1", "date": "2016-07-24", "has_event": true,
                 "actor": [{"code": "USA", "sector": "GOV", "entity_text": "Obama"}, {"code": "FRA"}],
                 "recipient": [{"raw_text": "Steinmeier", "entity_name": "Frank-Walter Steinmeier",
                                "country_name": "Germany", "sector_code": "GOV"}],
                 "event": ["CONSULT"], "mode": ["visit"], "context": ["diplomatic"], "text": "They met Steinmeier."}
                {"id": "M-2", "date": "2016-07-24", "actor": ["rus"], "recipient": [{"country_name": "UKR"}],
                 "event": ["ASSAULT"], "context": ["military", "negation"],
                 "text": "Thus far, Russia has not shelled Ukraine."}
                {"id": "M-3", "date": "2016-07-24", "has_event": false, "event": [], "text": "Markets rose."}
                {"id": "M-4", "date": "2016-07-24", "actor": [{"code": "CAN"}], "event": ["PROTEST"],
                 "context": ["future"], "text": "Canadians will rally."}
                {"id": "H", "event": [], "text": "A header."}
                """;
        List<PloverGold.Record> rs = PloverGold.parse(records);
        assertEquals(List.of("M-1", "M-2", "M-3", "M-4"), rs.stream().map(PloverGold.Record::id).toList());
        // a compound actor is one side of two entities; a recipient named by words and a country's full name
        assertEquals(Set.of("USA", "FRA"), rs.get(0).actors());
        assertTrue(rs.get(0).recipients().isEmpty());
        assertEquals(Set.of("Steinmeier"), rs.get(0).recipientWords());
        // codes as plain strings and in country_name; a negated event is no event to find
        assertTrue(rs.get(1).types().isEmpty());
        assertEquals(Set.of("RUS"), rs.get(1).actors());
        assertEquals(Set.of("UKR"), rs.get(1).recipients());
        // a record of no event is kept as a sentence that must give none; a planned event is an event
        assertTrue(rs.get(2).types().isEmpty());
        assertEquals(Set.of("PROTEST"), rs.get(3).types());
        assertTrue(rs.get(3).recipients().isEmpty());
    }
}
