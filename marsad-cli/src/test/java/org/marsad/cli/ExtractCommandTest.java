package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code marsad extract} end to end, through the command line. */
class ExtractCommandTest {
    private static final String PAGE = "Ru En\n\nروسيا وباكستان توقعان اتفاقية\n\n٠٣ يونيو ٢٠٢٠\n\n"
            + "ووقعت روسيا وباكستان في تشرين الثاني/ نوفمبر 2014 اتفاقية للتعاون في قطاع الدفاع.\n";

    record Run(int status, String out, String err) {
        List<String> lines() {
            return out.isEmpty() ? List.of() : List.of(out.split("\n"));
        }
    }

    static synchronized Run run(String stdin, String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        InputStream oldIn = System.in;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            int status = Main.run(args);
            System.out.flush();
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
            System.setIn(oldIn);
        }
    }

    @Test
    void extractsAPageAsOneJsonLine(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("page.txt");
        Files.writeString(page, PAGE);
        Run r = run("", "extract", page.toString());
        assertEquals(0, r.status(), r.err());
        assertEquals(1, r.lines().size());
        JsonNode doc = new ObjectMapper().readTree(r.lines().get(0));
        assertEquals("2020-06-03", doc.path("article").path("published").asText());
        assertEquals("057", doc.path("events").get(0).path("cameo").asText());
        assertEquals("2014-11", doc.path("events").get(0).path("time").path("value").asText());
    }

    @Test
    void badInputsAreReportedAndTheOthersStillComeOut(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a-good.txt"), PAGE);
        Files.write(dir.resolve("b-binary.txt"), new byte[] {0, 1, 2, 3, 0, 0, (byte) 0xff, 0});
        Files.writeString(dir.resolve("c-articles.jsonl"),
                "{\"text\": \"زار الرئيس المصري الرياض أمس.\", \"date\": \"2024-01-10\"}\n{broken\n");
        Run r = run("", "extract", dir.toString());
        assertEquals(1, r.status());
        assertEquals(2, r.lines().size(), r.out());
        assertTrue(r.err().contains("b-binary.txt"), r.err());
        assertTrue(r.err().contains("c-articles.jsonl:2"), r.err());
    }

    @Test
    void readsStandardInputAndWritesAJsonArray() throws Exception {
        Run r = run("{\"text\": \"ووقعت مصر والأردن اتفاقية في العام 2019.\", \"lang\": \"ar\"}\n",
                "extract", "--format", "json", "--input-format", "jsonl", "-");
        assertEquals(0, r.status(), r.err());
        JsonNode docs = new ObjectMapper().readTree(r.out());
        assertEquals(1, docs.size());
        assertEquals("EGY", docs.get(0).path("events").get(0).path("source").get(0).path("actor").asText());
    }

    @Test
    void readsTheUsersOwnActorTablesFirst(@TempDir Path dir) throws Exception {
        Path table = dir.resolve("mine.tsv");
        Files.writeString(table, "id\ttype\tactor\tsector\ten\tru\tar\troles\tgeo\n"
                + "zorgania\tLOC\tZRG\t-\tZorgania\tЗоргания\tزورغانيا\t-\t-\n");
        Run r = run("{\"text\": \"وقعت زورغانيا وباكستان اتفاقية في العام 2014.\", \"lang\": \"ar\"}\n",
                "extract", "--actors", table.toString(), "--input-format", "jsonl", "-");
        assertEquals(0, r.status(), r.err());
        JsonNode event = new ObjectMapper().readTree(r.out()).path("events").get(0);
        assertEquals("ZRG", event.path("source").get(0).path("actor").asText());

        Files.writeString(table, "id\ttype\tactor\tsector\ten\tru\tar\troles\tgeo\nx\tPLACE\t-\t-\tX\t-\t-\t-\t-\n");
        Run bad = run("", "extract", "--actors", table.toString(), "-");
        assertTrue(bad.status() != 0);
        assertTrue(bad.err().contains("mine.tsv:2"), bad.err());
    }

    @Test
    void helpListsTheCommands() {
        Run r = run("", "--help");
        assertEquals(0, r.status());
        for (String command : List.of("demo", "extract", "eval", "bench")) {
            assertTrue(r.out().contains(command), r.out());
        }
    }

    @Test
    void sameInputSameBytes(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("page.txt");
        Files.writeString(page, PAGE);
        assertEquals(run("", "extract", page.toString()).out(), run("", "extract", page.toString()).out());
    }

    @Test
    void writesGdeltRowsAndPloverRecords(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("page.txt");
        Files.writeString(page, PAGE);
        Run gdelt = run("", "extract", "--format", "gdelt", page.toString());
        assertEquals(0, gdelt.status(), gdelt.err());
        String[] row = gdelt.lines().get(0).split("\t", -1);
        assertEquals(61, row.length);
        // SQLDATE from the event's time (November 2014, before the article), Actor1Code, EventCode
        assertEquals("20141101", row[1]);
        assertEquals("RUS", row[5]);
        assertEquals("057", row[26]);
        Run plover = run("", "extract", "--format", "PLOVER", page.toString());
        assertEquals(0, plover.status(), plover.err());
        JsonNode record = new ObjectMapper().readTree(plover.out()).get(0);
        assertEquals("RUS", record.path("actor").get(0).path("code").asText());
        assertEquals("PAK", record.path("recipient").get(0).path("code").asText());
        assertEquals(2, run("", "extract", "--format", "xml", page.toString()).status());
    }

    @Test
    void evalEventsScoresAJudgedSentenceFile(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("gsr.csv");
        Files.writeString(csv, "id,event_type,label,text\n"
                + "1,PROTEST,yes,تظاهر آلاف الفلسطينيين في مدينة غزة.\n"
                + "2,PROTEST,difficult no,وقعت روسيا وباكستان اتفاقية للتعاون العسكري.\n");
        Run r = run("", "eval", "events", "--format", "gsr-csv", "--lang", "ar", csv.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("detection: P 1.00 R 1.00 F1 1.00"), r.out());
        assertTrue(r.out().contains("difficult no rejected: 1/1"), r.out());
        Run missing = run("", "eval", "events", "--format", "petr-xml", dir.resolve("none.xml").toString());
        assertEquals(1, missing.status());
        assertTrue(missing.err().contains("none.xml: no such file"), missing.err());
    }

    @Test
    void evalCasesCountsTheSentencesGivingExactlyTheirEvents(@TempDir Path dir) throws Exception {
        Path table = dir.resolve("cases.tsv");
        Files.writeString(table, "# two sentences in two languages\n"
                + "id\texpected\ten\tru\n"
                + "x1\t-\tThe weather was fine on Friday.\tВ пятницу была хорошая погода.\n"
                + "x2\tAGREE RUS>PAK asserted\tThe weather was cold.\tБыло холодно.\n");
        Run r = run("", "eval", "cases", "--lang", "ru", "--errors", table.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("1 of 2 sentences give exactly their events"), r.out());
        assertTrue(r.out().contains("x2: Было холодно."), r.out());
        Run noColumn = run("", "eval", "cases", "--lang", "ar", table.toString());
        assertEquals(1, noColumn.status());
        assertTrue(noColumn.err().contains("cases.tsv:2: the first row names no 'ar' column"), noColumn.err());
    }
}
