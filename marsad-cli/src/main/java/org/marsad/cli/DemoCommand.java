package org.marsad.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.marsad.model.Article;
import org.marsad.model.Document;
import org.marsad.model.Event;
import org.marsad.model.Participant;
import org.marsad.pipeline.Pipeline;
import org.marsad.read.BundledArticles;
import org.marsad.store.Ingester;
import org.marsad.store.Store;

/**
 * {@code marsad demo}: ingests the bundled sample articles into a store and serves the web UI and
 * API over it; with {@code --print}, prints a readable summary of their events instead.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Ingests the bundled sample articles into a store and serves the web UI and API "
                + "until interrupted; --print prints a summary of their events instead.")
final class DemoCommand implements Callable<Integer> {
    static final String SAMPLES = "samples/";

    @Mixin
    StoreOption store;

    @Mixin
    ServeOptions serve;

    @Option(names = "--print", description = "Print the samples' events instead of serving them.")
    boolean print;

    @Override
    public Integer call() throws InterruptedException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Pipeline pipeline = Pipeline.standard();
        if (print) {
            return print(pipeline, out);
        }
        serve.check();
        List<Article> samples = samples();
        Store s = Store.open(store.dir);
        Ingester.Counts counts;
        try (Ingester ingester = new Ingester(s, pipeline, samples.size(), Runtime.getRuntime().availableProcessors(),
                new Quiet())) {
            samples.forEach(ingester::add);
            ingester.flush();
            counts = ingester.counts();
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
        out.printf("%d sample articles: %d stored, %d already there; the store holds %d articles, %d events%n",
                samples.size(), counts.stored(), counts.duplicates(), s.articleCount(), s.eventCount());
        return Serving.serve(s, pipeline, serve, out);
    }

    /** The samples' ingest reports nothing but failures, which would be a fault of the bundled data. */
    private static final class Quiet implements Ingester.Listener {
        @Override
        public void failed(String message, Article article) {
            System.err.println("marsad: " + message);
        }
    }

    private static int print(Pipeline pipeline, PrintStream out) {
        List<Document> docs = new ArrayList<>();
        for (Article a : samples()) {
            docs.add(pipeline.process(a));
        }
        int events = 0;
        for (Document d : docs) {
            print(d, out);
            events += d.events().size();
        }
        out.printf("%n%d articles, %d events. Try: ./marsad extract --format json FILE%n", docs.size(), events);
        return 0;
    }

    /** The bundled samples, in the order of their index. */
    static List<Article> samples() {
        return BundledArticles.read(SAMPLES);
    }

    private static void print(Document d, PrintStream out) {
        Article a = d.article();
        out.printf("%n[%s] %s  %s%n", a.lang(), a.published() == null ? "----------" : a.published(),
                a.title() == null ? a.id() : a.title());
        if (d.events().isEmpty()) {
            out.println("    (no events)");
        }
        for (Event e : d.events()) {
            out.printf("  %-4s %-5s %-10s %-12s %-10s %s -> %s%n", e.id(), e.cameo(),
                    e.plover() == null || e.plover().type() == null ? "-" : e.plover().type(), e.modality().code(),
                    e.time() == null ? "" : e.time().value(), actors(e.source()), actors(e.target()));
            out.printf("       %s%n", e.summary().getOrDefault("en", ""));
            if (!"en".equals(a.lang()) && e.summary().containsKey(a.lang())) {
                out.printf("       %s%n", e.summary().get(a.lang()));
            }
            out.printf("       \u00AB%s\u00BB%n", e.evidence().of(a.text()).strip());
        }
    }

    private static String actors(List<Participant> ps) {
        if (ps.isEmpty()) {
            return "-";
        }
        List<String> codes = new ArrayList<>();
        for (Participant p : ps) {
            codes.add(p.actor().sector() == null ? p.actor().code() : p.actor().code() + "/" + p.actor().sector());
        }
        return String.join(",", codes);
    }
}
