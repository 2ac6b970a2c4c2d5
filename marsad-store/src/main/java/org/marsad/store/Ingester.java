package org.marsad.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.marsad.model.Article;
import org.marsad.pipeline.Pipeline;
import org.marsad.read.InputError;

/**
 * Ingests articles into a store in batches: articles whose text the store holds already are
 * skipped before any work is done on them, the others go through the pipeline (on several
 * threads) and are stored a batch at a time, each batch in one transaction. Ingesting the same
 * inputs again, also after being killed half-way, stores every article exactly once.
 * Not thread-safe: one thread adds; close (or {@link #flush()}) stores what is pending.
 */
public final class Ingester implements AutoCloseable {
    /** What happened to each article, for progress reports. */
    public interface Listener {
        default void stored(Article article) {
        }

        default void duplicate(Article article) {
        }

        /**
         * An article or an input failed: {@code message} is {@code origin: why}; {@code article} is
         * the article, or null when an input could not be read.
         */
        void failed(String message, Article article);

        /** A batch is in the store; {@code stored} articles in it. */
        default void committed(int stored) {
        }
    }

    /** How many articles were stored, skipped as already there, and failed. */
    public record Counts(long stored, long duplicates, long failed) {
    }

    private final Store store;
    private final Pipeline pipeline;
    private final int batchSize;
    private final Listener listener;
    private final ExecutorService workers;
    private final List<Article> pending = new ArrayList<>();
    private long stored;
    private long duplicates;
    private long failed;

    public Ingester(Store store, Pipeline pipeline, int batchSize, int threads, Listener listener) {
        if (batchSize < 1 || threads < 1) {
            throw new IllegalArgumentException("batch size and threads must be at least 1");
        }
        this.store = store;
        this.pipeline = pipeline;
        this.batchSize = batchSize;
        this.listener = listener;
        this.workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "marsad-ingest");
            t.setDaemon(true);
            return t;
        });
    }

    public void add(Article article) {
        pending.add(article);
        if (pending.size() >= batchSize) {
            flush();
        }
    }

    /** Stores the pending articles. */
    public void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<Article> batch = new ArrayList<>(pending);
        pending.clear();
        List<Article> done = new ArrayList<>();
        List<StoredDocument> docs = process(fresh(batch), done);
        store.add(docs);
        stored += docs.size();
        done.forEach(listener::stored);
        listener.committed(docs.size());
    }

    /**
     * The articles of a batch that are new: not stored already, not twice in the batch, and not
     * under an id that another text holds (reported as failed: storing it would lose one of them).
     */
    private List<Article> fresh(List<Article> batch) {
        Map<String, Article> byHash = new LinkedHashMap<>();
        for (Article a : batch) {
            String hash = StoredDocument.hash(a.text());
            if (byHash.putIfAbsent(hash, a) != null) {
                duplicate(a);
            }
        }
        for (String known : store.knownHashes(byHash.keySet())) {
            duplicate(byHash.remove(known));
        }
        Map<String, String> taken = store.hashesOf(byHash.values().stream().map(Article::id).toList());
        List<Article> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Article a : byHash.values()) {
            if (taken.containsKey(a.id()) || !ids.add(a.id())) {
                fail(a, "the id " + a.id() + " is already used by another text; give this article its own id");
            } else {
                out.add(a);
            }
        }
        return out;
    }

    /** The documents of the articles that went through the pipeline; those articles added to {@code done}. */
    private List<StoredDocument> process(List<Article> articles, List<Article> done) {
        List<Future<StoredDocument>> futures = new ArrayList<>();
        for (Article a : articles) {
            Callable<StoredDocument> job = () -> StoredDocument.of(pipeline.process(a));
            futures.add(workers.submit(job));
        }
        List<StoredDocument> docs = new ArrayList<>();
        for (int i = 0; i < futures.size(); i++) {
            try {
                docs.add(futures.get(i).get());
                done.add(articles.get(i));
            } catch (ExecutionException e) {
                fail(articles.get(i), "extraction failed: " + e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StoreException("ingest interrupted", e);
            }
        }
        return docs;
    }

    private void duplicate(Article a) {
        duplicates++;
        listener.duplicate(a);
    }

    private void fail(Article a, String why) {
        failed++;
        listener.failed(a.origin() + ": " + why, a);
    }

    /** Reports an input that could not be read, counting it as failed. */
    public void inputFailed(InputError error) {
        failed++;
        listener.failed(error.message(), null);
    }

    public Counts counts() {
        return new Counts(stored, duplicates, failed);
    }

    /** Stores what is pending and stops the worker threads. */
    @Override
    public void close() {
        try {
            flush();
        } finally {
            workers.shutdownNow();
        }
    }
}
