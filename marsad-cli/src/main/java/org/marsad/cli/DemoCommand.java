package org.marsad.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;

import org.marsad.data.DataFile;
import org.marsad.model.Article;
import org.marsad.model.Document;
import org.marsad.model.Event;
import org.marsad.model.Participant;
import org.marsad.pipeline.Pipeline;
import org.marsad.read.ArticleReader;

/**
 * {@code marsad demo}: runs the extraction over the bundled sample articles and prints a readable
 * summary of their events. (Ingesting them into a store and serving the web UI comes with the store.)
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Extracts the events of the bundled sample articles and prints a readable summary.")
final class DemoCommand implements Callable<Integer> {
    static final String SAMPLES = "samples/";

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Pipeline pipeline = Pipeline.standard();
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
        List<Article> articles = new ArrayList<>();
        ArticleReader reader = new ArticleReader();
        for (DataFile.Row row : DataFile.resource(SAMPLES + "index.tsv")) {
            String name = row.get(0);
            if (name.equals("file")) {
                continue;
            }
            try (InputStream in = DemoCommand.class.getClassLoader()
                    .getResourceAsStream(DataFile.ROOT + SAMPLES + name)) {
                if (in == null) {
                    throw row.error("sample " + name + " is missing");
                }
                reader.read(SAMPLES + name, in, articles::add, e -> {
                    throw row.error(e.message());
                });
            } catch (java.io.IOException e) {
                throw row.error(e.getMessage());
            }
        }
        return articles;
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
