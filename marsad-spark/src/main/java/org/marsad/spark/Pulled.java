package org.marsad.spark;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Turns a reader that pushes items to a consumer (as {@code ArticleReader} does) into an iterator
 * that Spark pulls from, with a thread of its own and a small queue between them, so that a large
 * file (a WARC of many thousand pages) never has to be held whole. A failure of the reader comes
 * out of {@link #hasNext()}; {@link #close()} stops a reader whose items are no longer wanted.
 */
final class Pulled<T> implements Iterator<T>, AutoCloseable {
    /** What the reader thread runs: it pushes its items into the consumer given. */
    interface Source<T> {
        void push(Consumer<T> out) throws Exception;
    }

    private static final Object END = new Object();
    private static final int QUEUE = 16;
    private static final long WAIT_MS = 100;

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUE);
    private volatile boolean closed;
    private volatile Throwable failure;
    private Object next;

    Pulled(String name, Source<T> source) {
        Thread reader = new Thread(() -> {
            try {
                source.push(this::put);
            } catch (Closed e) {
                return;
            } catch (Throwable e) {
                failure = e;
            }
            try {
                put(END);
            } catch (Closed e) {
                // nobody is reading any more
            }
        }, "marsad-reader " + name);
        reader.setDaemon(true);
        reader.start();
    }

    private void put(Object item) {
        try {
            while (!closed) {
                if (queue.offer(item, WAIT_MS, TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new Closed();
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            try {
                next = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                throw new IllegalStateException("interrupted while waiting for the reader", e);
            }
        }
        if (next == END && failure != null) {
            Throwable f = failure;
            failure = null;
            throw f instanceof RuntimeException r ? r : new IllegalStateException("the reader failed: " + f, f);
        }
        return next != END;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        T item = (T) next;
        next = null;
        return item;
    }

    /** Stops the reader at its next item; what it has not pushed yet is dropped. */
    @Override
    public void close() {
        closed = true;
        queue.clear();
    }

    /** Unwinds the reader thread once nobody reads. */
    private static final class Closed extends RuntimeException {
        Closed() {
            super(null, null, false, false);
        }
    }
}
