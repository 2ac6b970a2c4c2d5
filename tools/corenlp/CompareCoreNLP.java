import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import org.marsad.model.Article;
import org.marsad.model.Document;
import org.marsad.model.Sentence;
import org.marsad.pipeline.Pipeline;
import org.marsad.read.ArticleReader;
import org.marsad.read.ReadOptions;

/**
 * The same English articles through Stanford CoreNLP's tokenize,ssplit,pos,lemma,ner pipeline and
 * through Marsad's whole extraction, in one JVM, one thread each, taking turns pass by pass so that
 * both see the same machine. Models are loaded and both warmed on one pass before measuring. Rates
 * are given per CPU second of the JVM during each system's turns (what the machine's other load
 * disturbs least) and per elapsed second. Run by compare.sh; arguments: [--passes N] PATH... (any input Marsad reads).
 */
public class CompareCoreNLP {
    /** What one system did over the measured passes. */
    static final class Tally {
        final String name;
        long docs;
        long sentences;
        long tokens;
        long cpuNanos;
        long wallNanos;

        Tally(String name) {
            this.name = name;
        }

        void print() {
            double cpu = cpuNanos / 1e9;
            double wall = wallNanos / 1e9;
            System.out.printf(Locale.ROOT,
                    "%-8s %6d docs %7d sentences %8d tokens | CPU %7.2f s: %9.0f tokens/s %8.1f sentences/s %7.2f docs/s"
                            + " | elapsed %7.2f s: %9.0f tokens/s %8.1f sentences/s %7.2f docs/s%n",
                    name, docs, sentences, tokens, cpu, tokens / cpu, sentences / cpu, docs / cpu,
                    wall, tokens / wall, sentences / wall, docs / wall);
        }
    }

    /** The whole JVM's CPU time: the working thread with the JIT compiler and garbage collector it keeps busy. */
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    public static void main(String[] args) {
        int passes = 3;
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--passes")) {
                passes = Integer.parseInt(args[++i]);
            } else {
                paths.add(args[i]);
            }
        }
        if (paths.isEmpty()) {
            System.err.println("usage: compare.sh [--passes N] PATH...  (English articles in any input Marsad reads)");
            System.exit(2);
        }
        List<Article> articles = new ArrayList<>();
        new ArticleReader(ReadOptions.defaults().withLang("en")).read(paths, articles::add,
                e -> System.err.println("skipped: " + e.message()));

        long t = System.nanoTime();
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        StanfordCoreNLP corenlp = new StanfordCoreNLP(props);
        System.out.printf(Locale.ROOT, "CoreNLP %s loaded in %.1f s%n", "tokenize,ssplit,pos,lemma,ner",
                (System.nanoTime() - t) / 1e9);
        t = System.nanoTime();
        Pipeline marsad = Pipeline.standard();
        System.out.printf(Locale.ROOT, "Marsad pipeline built in %.1f s%n", (System.nanoTime() - t) / 1e9);

        Tally warmCore = new Tally("CoreNLP");
        Tally warmMarsad = new Tally("Marsad");
        runCoreNlp(corenlp, articles, warmCore);
        runMarsad(marsad, articles, warmMarsad);
        System.out.printf(Locale.ROOT, "warm-up pass done (%d articles); measuring %d passes%n", articles.size(), passes);

        Tally core = new Tally("CoreNLP");
        Tally ours = new Tally("Marsad");
        for (int p = 0; p < passes; p++) {
            runCoreNlp(corenlp, articles, core);
            runMarsad(marsad, articles, ours);
        }
        core.print();
        ours.print();
        System.out.printf(Locale.ROOT, "Marsad / CoreNLP, docs per CPU second: %.1fx; per elapsed second: %.1fx%n",
                (double) core.cpuNanos / ours.cpuNanos, (double) core.wallNanos / ours.wallNanos);
    }

    private static void runCoreNlp(StanfordCoreNLP corenlp, List<Article> articles, Tally tally) {
        long cpu = OS.getProcessCpuTime();
        long wall = System.nanoTime();
        for (Article a : articles) {
            CoreDocument doc = new CoreDocument(a.text());
            corenlp.annotate(doc);
            tally.docs++;
            tally.sentences += doc.sentences().size();
            tally.tokens += doc.tokens().size();
        }
        tally.cpuNanos += OS.getProcessCpuTime() - cpu;
        tally.wallNanos += System.nanoTime() - wall;
    }

    private static void runMarsad(Pipeline marsad, List<Article> articles, Tally tally) {
        long cpu = OS.getProcessCpuTime();
        long wall = System.nanoTime();
        for (Article a : articles) {
            Document doc = marsad.process(a);
            tally.docs++;
            tally.sentences += doc.sentences().size();
            for (Sentence s : doc.sentences()) {
                tally.tokens += s.tokens().size();
            }
        }
        tally.cpuNanos += OS.getProcessCpuTime() - cpu;
        tally.wallNanos += System.nanoTime() - wall;
    }
}
