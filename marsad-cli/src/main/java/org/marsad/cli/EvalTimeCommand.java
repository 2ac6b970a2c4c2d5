package org.marsad.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.marsad.eval.TimeEvaluation;
import org.marsad.eval.TimeMlDocument;
import org.marsad.eval.TimeMlDocument.Timex;
import org.marsad.eval.TimeMlReader;
import org.marsad.eval.TimeScore;

/**
 * {@code marsad eval time --format timeml PATH...}: the time tagger against TimeML gold
 * (TempEval-3 strict and relaxed extent, value), each document dated by its creation time.
 */
@Command(name = "time", mixinStandardHelpOptions = true,
        description = "Scores time expressions against TimeML files (.tml files or folders of them).")
final class EvalTimeCommand implements Callable<Integer> {
    enum Format { timeml }

    @Option(names = "--format", required = true, paramLabel = "timeml", description = "Gold format: timeml.")
    Format format;

    @Option(names = "--lang", paramLabel = "ar|ru|en", defaultValue = "en",
            description = "Language of the documents (default: en).")
    String lang;

    @Option(names = "--verbose", description = "Also score each document.")
    boolean verbose;

    @Option(names = "--errors", description = "List each document's missed, spurious and wrongly valued expressions.")
    boolean errors;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "TimeML files, or folders searched for *.tml.")
    List<Path> paths;

    @Override
    public Integer call() {
        PrintStream out = System.out;
        TimeEvaluation evaluation = new TimeEvaluation(lang);
        TimeScore total = TimeScore.ZERO;
        int documents = 0;
        int failed = 0;
        for (Path file : files()) {
            if (file == null) {
                failed++;
                continue;
            }
            TimeMlDocument doc;
            try {
                doc = TimeMlReader.read(file);
            } catch (TimeMlReader.BrokenFile e) {
                System.err.println("marsad: " + e.getMessage());
                failed++;
                continue;
            }
            if (doc.creationTime() == null) {
                System.err.println("marsad: " + file + ": no CREATION_TIME date; relative expressions stay unresolved");
            }
            TimeEvaluation.Result r = evaluation.evaluate(doc);
            documents++;
            total = total.plus(r.score());
            if (verbose) {
                TimeScore s = r.score();
                out.printf(Locale.ROOT, "%s\tgold %d\tsystem %d\tstrict %.3f\trelaxed %.3f\tvalue %.3f%n", file,
                        s.gold(), s.system(), s.strictExtent().f1(), s.relaxedExtent().f1(), s.valueScore().f1());
            }
            if (errors) {
                printErrors(out, r);
            }
        }
        out.printf(Locale.ROOT, "documents %d, failed %d, gold %d, system %d%n", documents, failed, total.gold(),
                total.system());
        total.report().forEach(out::println);
        return failed == 0 ? 0 : 1;
    }

    /** The TimeML files named, folders searched in name order; null stands for a path that failed. */
    private List<Path> files() {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.isDirectory(p)) {
                if (!Files.isRegularFile(p)) {
                    System.err.println("marsad: " + p + ": no such file or folder");
                    out.add(null);
                } else {
                    out.add(p);
                }
                continue;
            }
            try (Stream<Path> walk = Files.walk(p)) {
                walk.filter(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(".tml"))
                        .sorted().forEach(out::add);
            } catch (IOException e) {
                System.err.println("marsad: " + p + ": " + e.getMessage());
                out.add(null);
            }
        }
        return out;
    }

    private static void printErrors(PrintStream out, TimeEvaluation.Result r) {
        String text = r.document().text();
        List<Timex> gold = r.document().times();
        List<Timex> system = r.system();
        TimeScore.Alignment a = TimeScore.align(gold, system);
        for (int g = 0; g < gold.size(); g++) {
            Timex gt = gold.get(g);
            int s = a.systemOf()[g];
            if (s < 0) {
                out.println("  missed   " + show(text, gt) + context(text, gt));
            } else if (!gt.span().equals(system.get(s).span()) || !gt.value().equals(system.get(s).value())) {
                out.println("  gold     " + show(text, gt) + "  system " + show(text, system.get(s)) + context(text, gt));
            }
        }
        for (int s = 0; s < system.size(); s++) {
            if (a.goldOf()[s] < 0) {
                out.println("  spurious " + show(text, system.get(s)) + context(text, system.get(s)));
            }
        }
    }

    /** Up to 60 characters either side, on one line, to see the expression in its sentence. */
    private static String context(String text, Timex t) {
        int from = Math.max(0, t.span().start() - 60);
        int to = Math.min(text.length(), t.span().end() + 60);
        return "  | " + (text.substring(from, t.span().start()) + "[" + t.span().of(text) + "]"
                + text.substring(t.span().end(), to)).replaceAll("\\s+", " ");
    }

    private static String show(String text, Timex t) {
        return "\"" + t.span().of(text).replaceAll("\\s+", " ") + "\" = " + t.value();
    }
}
