package org.marsad.cli;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marsad spark}: the pipeline on Spark, in local mode by default. Spark is far too large for
 * the launcher's jar, so this command starts a second JVM on the job jar that marsad-spark builds
 * ({@code marsad-spark/target/marsad-spark.jar}) and the Spark jars Maven fetched for it, the list
 * of which that build writes beside the jar.
 */
@Command(name = "spark", mixinStandardHelpOptions = true,
        description = {"Runs the pipeline on Spark (local mode by default) and writes Parquet tables "
                + "articles/, mentions/, times/, events/, event_clusters/ and rejects/ under DIR.",
            "Extra JVM options (such as -Xmx8g) go in the environment variable MARSAD_SPARK_JAVA_OPTS."})
final class SparkCommand implements Callable<Integer> {
    private static final String MAIN = "org.marsad.spark.SparkMain";
    private static final String BUILD = "mvn -B -DskipTests package -pl marsad-spark -am";

    @Option(names = "--input", required = true, paramLabel = "PATH",
            description = "A file, folder or glob, local or on any Hadoop file system (repeatable).")
    List<String> inputs;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "Folder for the Parquet tables.")
    String output;

    @Option(names = "--master", defaultValue = "local[2]", paramLabel = "URL",
            description = "Spark master (default: local[2], two worker threads in this JVM).")
    String master;

    @Option(names = "--lang", paramLabel = "ar|ru|en|auto", defaultValue = "auto",
            description = "Language of the input (default: detected per article).")
    String lang;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date, when the input has none.")
    LocalDate date;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path target = home().resolve("marsad-spark").resolve("target");
        Path jar = target.resolve("marsad-spark.jar");
        Path classpath = target.resolve("spark-classpath.txt");
        Path options = target.resolve("spark-java-options.txt");
        for (Path needed : List.of(jar, classpath, options)) {
            if (!Files.isRegularFile(needed)) {
                System.err.println("marsad: " + needed + " is missing; build it with: " + BUILD);
                return 2;
            }
        }
        String sparkJars = Files.readString(classpath, StandardCharsets.UTF_8).strip();
        for (String entry : sparkJars.split(File.pathSeparator)) {
            if (!Files.exists(Path.of(entry))) {
                System.err.println("marsad: Spark's " + entry + " is gone from the Maven repository; fetch it again with: "
                        + BUILD);
                return 2;
            }
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(words(Files.readString(options, StandardCharsets.UTF_8)));
        command.addAll(words(System.getenv().getOrDefault("MARSAD_SPARK_JAVA_OPTS", "")));
        command.add("-Dlog4j2.configurationFile=" + target.resolve("spark-log4j2.properties"));
        command.add("-cp");
        command.add(jar + File.pathSeparator + sparkJars);
        command.add(MAIN);
        for (String input : inputs) {
            command.add("--input");
            command.add(input);
        }
        command.addAll(List.of("--output", output, "--master", master, "--lang", lang));
        if (date != null) {
            command.addAll(List.of("--date", date.toString()));
        }
        return new ProcessBuilder(command).inheritIO().start().waitFor();
    }

    private static List<String> words(String s) {
        return s.isBlank() ? List.of() : Arrays.asList(s.strip().split("\\s+"));
    }

    /** The repository: where the launcher says, else two folders above this jar (marsad-cli/target/). */
    private static Path home() {
        String home = System.getProperty("marsad.home");
        if (home != null) {
            return Path.of(home);
        }
        try {
            Path jar = Path.of(SparkCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return jar.toAbsolutePath().getParent().getParent().getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot tell where marsad is installed", e);
        }
    }
}
