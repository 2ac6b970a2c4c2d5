package org.marsad.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.Job;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;

/**
 * The Spark job: lists the inputs, reads and extracts them on the executors ({@link Extraction}),
 * and writes the tables articles/, mentions/, times/, events/, event_clusters/ and rejects/ as
 * Parquet under the output folder, replacing tables of an earlier run.
 */
public final class MarsadJob {
    /** Tasks per core over the inputs, so that uneven files and articles even out. */
    private static final int TASKS_PER_CORE = 4;
    private static final long MIN_SPLIT_BYTES = 1L << 20;

    private MarsadJob() {
    }

    /** What a run read and wrote. {@code extractSeconds} is the reading and extraction, before the tables are written. */
    public record Summary(long files, long articles, long mentions, long events, long clusters, long rejects,
                          double extractSeconds) {
    }

    public static Summary run(SparkSession spark, List<String> inputs, String output, JobOptions options) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration conf = jsc.hadoopConfiguration();
        InputFiles files = InputFiles.list(conf, inputs);
        int tasks = Math.max(1, jsc.defaultParallelism() * TASKS_PER_CORE);

        List<JavaRDD<String>> parts = new ArrayList<>();
        if (!files.jsonl().isEmpty()) {
            parts.add(jsonl(jsc, conf, files, tasks, options));
        }
        if (!files.whole().isEmpty()) {
            Broadcast<SerializableConfiguration> shared = jsc.broadcast(new SerializableConfiguration(conf));
            parts.add(jsc.parallelize(new ArrayList<>(files.whole().keySet()), Math.min(files.whole().size(), tasks))
                    .mapPartitions(paths -> Extraction.wholeFiles(options, shared.value().value(), paths)));
        }
        List<String> missing = files.missing().stream().map(Outcomes::reject).toList();
        parts.add(jsc.parallelize(missing, 1));
        JavaRDD<String> lines = jsc.union(parts.toArray(JavaRDD[]::new));

        long start = System.nanoTime();
        Dataset<Row> outcomes = spark.read().schema(Tables.OUTCOME).option("mode", "FAILFAST")
                .json(spark.createDataset(lines.rdd(), Encoders.STRING()))
                .persist(StorageLevel.MEMORY_AND_DISK());
        outcomes.count();
        double extractSeconds = (System.nanoTime() - start) / 1e9;

        Dataset<Row> documents = Tables.documents(outcomes);
        write(Tables.articles(documents), output, "articles");
        write(Tables.mentions(documents), output, "mentions");
        write(Tables.times(documents), output, "times");
        write(Tables.events(documents), output, "events");
        write(Tables.eventClusters(documents), output, "event_clusters");
        write(Tables.rejects(outcomes), output, "rejects");
        Summary summary = new Summary(files.jsonl().size() + files.whole().size(), documents.count(),
                Tables.mentions(documents).count(), Tables.events(documents).count(),
                Tables.eventClusters(documents).count(), Tables.rejects(outcomes).count(),
                extractSeconds);
        outcomes.unpersist();
        return summary;
    }

    /** JSONL files line by line, in splits small enough that every core gets work. */
    private static JavaRDD<String> jsonl(JavaSparkContext jsc, Configuration conf, InputFiles files, int tasks,
                                         JobOptions options) {
        try {
            Job job = Job.getInstance(conf);
            FileInputFormat.setInputPaths(job, files.jsonl().keySet().stream().map(Path::new).toArray(Path[]::new));
            long bytes = files.jsonl().values().stream().mapToLong(Long::longValue).sum();
            FileInputFormat.setMaxInputSplitSize(job, Math.max(MIN_SPLIT_BYTES, bytes / tasks));
            @SuppressWarnings("unchecked")
            JavaNewHadoopRDD<LongWritable, Text> lines = (JavaNewHadoopRDD<LongWritable, Text>) jsc.newAPIHadoopRDD(
                    job.getConfiguration(), TextInputFormat.class, LongWritable.class, Text.class);
            return lines.mapPartitionsWithInputSplit((split, it) -> Extraction.jsonlLines(options, split, it), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Dataset<Row> table, String output, String name) {
        table.write().mode(SaveMode.Overwrite).parquet(output + "/" + name);
    }
}
