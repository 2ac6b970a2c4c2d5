package org.marsad.spark;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The job's entry point, for {@code spark-submit} and for {@code marsad spark}:
 * {@code --input PATH [--input PATH ...] --output DIR [--master URL] [--lang ar|ru|en|auto] [--date YYYY-MM-DD]}.
 * Prints one JSON line of figures last. Exit status 0 when the tables are written (rejects are in
 * rejects/), 2 for a usage error.
 */
public final class SparkMain {
    static final String USAGE = "usage: marsad-spark --input PATH [--input PATH ...] --output DIR "
            + "[--master URL] [--lang ar|ru|en|auto] [--date YYYY-MM-DD]";

    private SparkMain() {
    }

    /** The command line, checked. */
    record Args(List<String> inputs, String output, String master, JobOptions options) {
        static Args parse(String... args) {
            List<String> inputs = new ArrayList<>();
            String output = null;
            String master = null;
            String lang = null;
            LocalDate date = null;
            for (int i = 0; i < args.length; i++) {
                String name = args[i];
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("missing value after " + name);
                }
                String value = args[++i];
                switch (name) {
                    case "--input" -> inputs.add(value);
                    case "--output" -> output = value;
                    case "--master" -> master = value;
                    case "--lang" -> lang = value.equalsIgnoreCase("auto") ? null : value.toLowerCase(Locale.ROOT);
                    case "--date" -> date = date(value);
                    default -> throw new IllegalArgumentException("unknown option " + name);
                }
            }
            if (inputs.isEmpty() || output == null) {
                throw new IllegalArgumentException("--input and --output are required");
            }
            return new Args(List.copyOf(inputs), output, master, new JobOptions(lang, date));
        }

        private static LocalDate date(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("--date is not a YYYY-MM-DD date: " + value);
            }
        }
    }

    public static void main(String[] argv) {
        Args args;
        try {
            args = Args.parse(argv);
        } catch (IllegalArgumentException e) {
            System.err.println("marsad-spark: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        long start = System.nanoTime();
        SparkSession.Builder builder = SparkSession.builder().appName("marsad");
        String master = args.master();
        if (master == null && !new SparkConf().contains("spark.master")) {
            master = "local[*]"; // run straight from the jar, without spark-submit
        }
        if (master != null) {
            builder.master(master);
            if (master.startsWith("local")) {
                builder.config("spark.ui.enabled", "false");
            }
        }
        SparkSession spark = builder.getOrCreate();
        MarsadJob.Summary s;
        try {
            s = MarsadJob.run(spark, args.inputs(), args.output(), args.options());
            master = spark.sparkContext().master();
        } finally {
            spark.stop();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (s.rejects() > 0) {
            System.err.println("marsad-spark: " + s.rejects() + " inputs or records gave no article; see "
                    + args.output() + "/rejects");
        }
        System.out.println(String.format(Locale.ROOT,
                "{\"master\": \"%s\", \"files\": %d, \"articles\": %d, \"mentions\": %d, \"events\": %d, "
                        + "\"event_clusters\": %d, \"rejects\": %d, \"extract_seconds\": %.3f, \"seconds\": %.3f, "
                        + "\"articles_per_s\": %.1f}",
                master, s.files(), s.articles(), s.mentions(), s.events(), s.clusters(), s.rejects(),
                s.extractSeconds(), seconds, s.articles() / s.extractSeconds()));
    }
}
