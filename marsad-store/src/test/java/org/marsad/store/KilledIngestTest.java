package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.marsad.model.Article;
import org.marsad.model.Document;
import org.marsad.pipeline.Pipeline;
import org.marsad.read.ArticleReader;

/**
 * Ingest killed with SIGKILL at random moments in a child JVM, then run again to the end: every
 * article is stored exactly once, with all its mentions, times and events, and indexed once.
 */
class KilledIngestTest {
    private static final int ARTICLES = 36;
    private static final int BATCH = 3;
    private static final String[] STATES = {"باكستان", "الهند", "روسيا", "الصين", "إيران", "تركيا"};

    @TempDir
    Path tmp;

    @Test
    void killedAndRerunNothingIsLostOrDoubled() throws Exception {
        Path input = tmp.resolve("articles.jsonl");
        Files.write(input, articles(), StandardCharsets.UTF_8);
        Path store = tmp.resolve("store");
        long seed = System.nanoTime();
        Random random = new Random(seed);

        for (int round = 0; round < 2; round++) {
            Process child = start(store, input);
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                int killAfter = 1 + random.nextInt(4);
                int commits = 0;
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.equals("open") && round == 0) {
                        // while the child holds the store, nobody else may open it
                        StoreLockedException e = assertThrows(StoreLockedException.class, () -> Store.open(store));
                        assertTrue(e.getMessage().contains("pid " + child.pid()), e.getMessage());
                    }
                    if (line.startsWith("committed") && ++commits == killAfter) {
                        Thread.sleep(random.nextInt(120));
                        break;
                    }
                    assertTrue(!line.startsWith("done"), "the child finished before it was killed (seed " + seed + ")");
                }
            }
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            assertEquals(137, child.exitValue(), "killed with SIGKILL");
        }

        Process last = start(store, input);
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(last.getInputStream(), StandardCharsets.UTF_8))) {
            out.lines().forEach(lines::add);
        }
        assertEquals(0, last.waitFor(), lines.toString());
        String done = lines.get(lines.size() - 1);
        assertTrue(done.startsWith("done ") && done.endsWith(" 0"), done);

        Expected expected = expected(input);
        try (Store s = Store.open(store)) {
            assertEquals(ARTICLES, s.articleCount(), "seed " + seed);
            assertEquals(ARTICLES, s.indexedCount(), "seed " + seed);
            assertEquals(expected.events, s.eventCount(), "seed " + seed);
            assertEquals(expected.events, s.events(EventFilter.all(1000)).events().size());
            for (int i = 0; i < ARTICLES; i++) {
                assertEquals(1, s.search("وثيقة" + i, null, 10).total(), "article " + i + ", seed " + seed);
            }
        }
    }

    private Process start(Path store, Path input) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                IngestChild.class.getName(), store.toString(), input.toString(), Integer.toString(BATCH))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
    }

    /** Articles that differ in text (a numbered word) and in which states they name. */
    private static List<String> articles() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            String a = STATES[i % STATES.length];
            String b = STATES[(i + 1) % STATES.length];
            lines.add("{\"id\": \"k" + i + "\", \"lang\": \"ar\", \"date\": \"2019-08-08\", \"text\": \"خبر رقم وثيقة" + i
                    + "\\n\\nوقطعت " + a + " العلاقات مع " + b + " يوم الأربعاء. وطالبت " + b + " " + a
                    + " بوقف العمليات.\"}");
        }
        return lines;
    }

    private record Expected(long events) {
    }

    private static Expected expected(Path input) {
        Pipeline pipeline = Pipeline.standard();
        List<Article> articles = new ArrayList<>();
        new ArticleReader().read(List.of(input.toString()), articles::add, e -> {
            throw new AssertionError(e.message());
        });
        long events = 0;
        for (Article a : articles) {
            Document d = pipeline.process(a);
            events += d.events().size();
        }
        assertTrue(events >= ARTICLES, "the articles have events to count: " + events);
        return new Expected(events);
    }
}
