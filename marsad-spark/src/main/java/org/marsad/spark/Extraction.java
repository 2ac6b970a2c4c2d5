package org.marsad.spark;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.InputSplit;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.spark.TaskContext;
import org.apache.spark.util.TaskCompletionListener;
import scala.Tuple2;

import org.marsad.model.Article;
import org.marsad.pipeline.Pipeline;
import org.marsad.read.ArticleReader;
import org.marsad.read.InputError;
import org.marsad.read.InputFormat;

/**
 * The executors' side of the job: inputs read with {@link ArticleReader}, each article run through
 * the core {@link Pipeline}, and every article or failure turned into an outcome line
 * ({@link Outcomes}). An article the pipeline fails on is a reject, not a failed task.
 */
final class Extraction {
    private Extraction() {
    }

    /** One pipeline per executor JVM, built on first use: its dictionaries are loaded once and shared by all tasks. */
    private static final class Shared {
        static final Pipeline PIPELINE = Pipeline.standard();
    }

    /**
     * A split of JSONL files, line by line ({@code TextInputFormat}: the key is the line's byte
     * offset). Each line is read as a JSONL input of its own and named {@code file#offset}.
     */
    static Iterator<String> jsonlLines(JobOptions options, InputSplit split,
                                       Iterator<Tuple2<LongWritable, Text>> lines) {
        String file = ((FileSplit) split).getPath().toString();
        ArticleReader reader = new ArticleReader(options.readOptions(InputFormat.JSONL));
        return flat(lines, line -> {
            String origin = file + "#" + line._1().get();
            // the reader numbers the line 1; the offset says where it is in the file
            List<String> out = new ArrayList<>(1);
            Text text = line._2();
            reader.read(origin, new ByteArrayInputStream(text.getBytes(), 0, text.getLength()),
                    article -> out.add(process(renamed(article, origin), file)),
                    error -> out.add(Outcomes.reject(new Reject(origin, file, error.reason()))));
            return out.iterator();
        });
    }

    /** Files read whole, each by {@link ArticleReader} in the format its name and content tell. */
    static Iterator<String> wholeFiles(JobOptions options, Configuration conf, Iterator<String> files) {
        ArticleReader reader = new ArticleReader(options.readOptions(InputFormat.AUTO));
        return flat(files, file -> {
            Pulled<Object> items = new Pulled<>(file, out -> {
                Path path = new Path(file);
                try (InputStream in = path.getFileSystem(conf).open(path)) {
                    reader.read(file, in, out::accept, out::accept);
                } catch (IOException e) {
                    // gone or unreadable since it was listed: a reject like any other input
                    out.accept(new InputError(file, 0, "cannot read: " + e));
                }
            });
            TaskContext task = TaskContext.get();
            if (task != null) {
                task.addTaskCompletionListener((TaskCompletionListener) t -> items.close());
            }
            return new Iterator<String>() {
                @Override
                public boolean hasNext() {
                    return items.hasNext();
                }

                @Override
                public String next() {
                    Object item = items.next();
                    return item instanceof Article a ? process(a, file) : Outcomes.reject(reject((InputError) item, file));
                }
            };
        });
    }

    /** A reader's error as a reject: {@code file:line} when it names a line. */
    static Reject reject(InputError e, String file) {
        return new Reject(e.line() > 0 ? e.origin() + ":" + e.line() : e.origin(), file, e.reason());
    }

    static String process(Article article, String file) {
        try {
            return Outcomes.document(Shared.PIPELINE.process(article), file);
        } catch (RuntimeException e) {
            return Outcomes.reject(new Reject(article.origin(), file, "the pipeline failed on it: " + e));
        }
    }

    private static Article renamed(Article a, String origin) {
        return new Article(a.id(), a.url(), a.title(), a.lang(), a.published(), a.text(), a.sections(), origin);
    }

    private interface Expand<T> {
        Iterator<String> apply(T item) throws Exception;
    }

    /**
     * Each item expanded into its outcomes, lazily, one outcome at a time, so that a partition
     * streams through (a stream's flatMap would gather a whole file's outcomes first).
     */
    private static <T> Iterator<String> flat(Iterator<T> items, Expand<T> expand) {
        return new Iterator<>() {
            private Iterator<String> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext()) {
                    if (!items.hasNext()) {
                        return false;
                    }
                    try {
                        current = expand.apply(items.next());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
                return true;
            }

            @Override
            public String next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }
}
