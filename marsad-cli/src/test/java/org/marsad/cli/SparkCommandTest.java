package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code marsad spark} says when the Spark side is not there to run; the job itself is tested in marsad-spark. */
class SparkCommandTest {
    @TempDir
    Path home;
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream stderr;

    @BeforeEach
    void capture() {
        stderr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        System.setProperty("marsad.home", home.toString());
    }

    @AfterEach
    void restore() {
        System.setErr(stderr);
        System.clearProperty("marsad.home");
    }

    @Test
    void withoutTheJobJarItSaysHowToBuildIt() {
        assertEquals(2, Main.run("spark", "--input", "in", "--output", "out"));
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("marsad-spark.jar is missing"), message);
        assertTrue(message.contains("mvn -B -DskipTests package -pl marsad-spark -am"), message);
    }

    @Test
    void aSparkJarGoneFromTheMavenRepositoryIsNamed() throws IOException {
        Path target = Files.createDirectories(home.resolve("marsad-spark/target"));
        Files.write(target.resolve("marsad-spark.jar"), new byte[0]);
        Files.writeString(target.resolve("spark-java-options.txt"), "-Dx=1\n");
        Path gone = home.resolve("repository/spark-core_2.13-4.2.0.jar");
        Files.writeString(target.resolve("spark-classpath.txt"), gone.toString());
        assertEquals(2, Main.run("spark", "--input", "in", "--output", "out"));
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains(gone + " is gone from the Maven repository"), message);
    }

    @Test
    void inputAndOutputAreRequired() {
        assertEquals(2, Main.run("spark", "--input", "in"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--output"), err.toString(StandardCharsets.UTF_8));
    }
}
