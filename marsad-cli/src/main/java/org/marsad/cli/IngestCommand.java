package org.marsad.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.marsad.model.Article;
import org.marsad.pipeline.Pipeline;
import org.marsad.read.ArticleReader;
import org.marsad.store.Ingester;
import org.marsad.store.Store;

/**
 * {@code marsad ingest}: extracts articles into a store, with a progress line on standard error
 * and, at the end, the inputs that failed and the counts. Idempotent: an article whose text is stored already is skipped, so a run that was stopped can
 * simply be started again.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Extracts articles (files, folders or - for standard input) into a store; "
                + "articles already there are skipped.")
final class IngestCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Mixin
    InputOptions input;

    @Mixin
    DictionaryOptions dictionary;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: the processors).")
    Integer threads;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "64",
            description = "Articles stored per transaction (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--parquet", paramLabel = "DIR",
            description = "Store the tables of a 'marsad spark' run (its output folder) as they are, without extracting again.")
    java.nio.file.Path parquet;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Article files, folders, or - for standard input.")
    List<String> paths = List.of();

    @Override
    public Integer call() {
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        if (parquet != null) {
            return ingestParquet(err);
        }
        if (paths.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "give PATH... to extract, or --parquet DIR to store a Spark run");
        }
        long started = System.nanoTime();
        ArticleReader reader = new ArticleReader(input.readOptions());
        long total = paths.contains("-") ? -1 : count(reader);
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        List<String> failures = new ArrayList<>();
        Pipeline pipeline = dictionary.pipeline();
        Progress progress = new Progress(err, total, Progress.onTerminal(), System::nanoTime);
        try (Store s = Store.open(store.dir)) {
            Ingester.Counts counts;
            try (Ingester ingester = new Ingester(s, pipeline, batch, workers, new Steps(progress, failures))) {
                reader.read(paths, ingester::add, ingester::inputFailed);
                ingester.flush();
                counts = ingester.counts();
            }
            progress.finish();
            if (!failures.isEmpty()) {
                err.printf("marsad: %d failed:%n", failures.size());
                failures.forEach(f -> err.println("marsad: " + f));
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            long articles = counts.stored() + counts.duplicates();
            err.printf(Locale.ROOT, "marsad: %d articles stored, %d already there, %d failed in %.1f s (%.1f articles/s);"
                    + " %s now holds %d articles, %d events%n", counts.stored(), counts.duplicates(), counts.failed(),
                    seconds, articles / seconds, s.dir(), s.articleCount(), s.eventCount());
            return counts.failed() == 0 ? 0 : 1;
        }
    }

    /** A Spark run's documents, stored in batches; articles whose text is stored already are skipped. */
    private int ingestParquet(PrintStream err) {
        long[] stored = {0};
        long[] seen = {0};
        try (Store s = Store.open(store.dir)) {
            List<org.marsad.store.StoredDocument> pending = new ArrayList<>();
            Runnable flush = () -> {
                java.util.Set<String> known = s.knownHashes(pending.stream().map(org.marsad.store.StoredDocument::hash)
                        .toList());
                List<org.marsad.store.StoredDocument> fresh = pending.stream()
                        .filter(d -> !known.contains(d.hash())).toList();
                s.add(fresh);
                stored[0] += fresh.size();
                pending.clear();
            };
            org.marsad.store.ParquetImport.read(parquet, doc -> {
                seen[0]++;
                if (pending.stream().noneMatch(d -> d.hash().equals(doc.hash()))) {
                    pending.add(doc);
                }
                if (pending.size() >= batch) {
                    flush.run();
                }
            });
            flush.run();
            err.printf("marsad: %d articles read from %s, %d stored, %d already there; %s now holds %d articles, "
                    + "%d events%n", seen[0], parquet, stored[0], seen[0] - stored[0], s.dir(), s.articleCount(),
                    s.eventCount());
            return 0;
        }
    }

    /** Articles in the inputs, for the total and the ETA: a quick read that extracts nothing. */
    private long count(ArticleReader reader) {
        AtomicLong n = new AtomicLong();
        reader.read(paths, a -> n.incrementAndGet(), e -> {
        });
        return n.get();
    }

    /** Steps the progress once per article, whatever became of it; keeps failures to print at the end. */
    private record Steps(Progress progress, List<String> failures) implements Ingester.Listener {
        @Override
        public void stored(Article a) {
            progress.step();
        }

        @Override
        public void duplicate(Article a) {
            progress.step();
        }

        @Override
        public void failed(String message, Article article) {
            failures.add(message);
            progress.failed();
            if (article != null) {
                progress.step();
            }
        }

        @Override
        public void committed(int stored) {
            progress.tick();
        }
    }
}
