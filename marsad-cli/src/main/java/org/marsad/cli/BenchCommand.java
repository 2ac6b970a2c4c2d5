package org.marsad.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.marsad.model.Document;
import org.marsad.pipeline.Pipeline;
import org.marsad.read.ArticleReader;

/** {@code marsad bench}: the whole extraction over an input, timed; one JSON line of figures last. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Runs the whole extraction over PATH and prints throughput as one JSON line.")
final class BenchCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Mixin
    DictionaryOptions dictionary;

    @Option(names = "--input", required = true, paramLabel = "PATH", description = "Any input extract reads.")
    List<String> paths;

    @Option(names = "--threads", defaultValue = "1", paramLabel = "N", description = "Worker threads (default 1).")
    int threads;

    @Override
    public Integer call() throws InterruptedException {
        Pipeline pipeline = dictionary.pipeline();
        AtomicLong articles = new AtomicLong();
        AtomicLong sentences = new AtomicLong();
        AtomicLong events = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, threads));
        Semaphore inFlight = new Semaphore(Math.max(1, threads) * 64);
        long start = System.nanoTime();
        new ArticleReader(input.readOptions()).read(paths, article -> {
            inFlight.acquireUninterruptibly();
            workers.execute(() -> {
                try {
                    Document doc = pipeline.process(article);
                    articles.incrementAndGet();
                    sentences.addAndGet(doc.sentences().size());
                    events.addAndGet(doc.events().size());
                    bytes.addAndGet(article.text().getBytes(StandardCharsets.UTF_8).length);
                } catch (RuntimeException e) {
                    failed.incrementAndGet();
                    System.err.println("marsad: " + article.origin() + ": " + e);
                } finally {
                    inFlight.release();
                }
            });
        }, error -> {
            failed.incrementAndGet();
            System.err.println("marsad: " + error.message());
        });
        workers.shutdown();
        workers.awaitTermination(7, TimeUnit.DAYS);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.println(String.format(Locale.ROOT,
                "{\"articles\": %d, \"sentences\": %d, \"events\": %d, \"bytes\": %d, \"failed\": %d, \"threads\": %d, "
                        + "\"seconds\": %.3f, \"articles_per_s\": %.1f, \"sentences_per_s\": %.1f, \"mb_per_s\": %.3f, "
                        + "\"peak_heap_mb\": %d}",
                articles.get(), sentences.get(), events.get(), bytes.get(), failed.get(), threads, seconds,
                articles.get() / seconds, sentences.get() / seconds, bytes.get() / 1e6 / seconds, peakHeapMb()));
        return 0;
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }
}
