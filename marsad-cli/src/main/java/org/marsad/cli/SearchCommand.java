package org.marsad.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.marsad.store.SearchHit;
import org.marsad.store.SearchPage;
import org.marsad.store.Snippet;
import org.marsad.store.Store;

/** {@code marsad search}: full-text search of a store, in any of the three languages. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Searches a store's articles in Arabic, Russian and English; names of actors also find "
                + "articles in the other languages that mention them.")
final class SearchCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--lang", paramLabel = "ar|ru|en", description = "Only articles in this language.")
    String lang;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Hits shown (default: ${DEFAULT-VALUE}).")
    int limit;

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "Words to find (\"phrases\", -word, prefix* work).")
    List<String> words;

    @Override
    public Integer call() {
        if (limit < 0) {
            throw new IllegalArgumentException("--limit must not be negative: " + limit);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (Store s = Store.open(store.dir)) {
            SearchPage page = s.search(String.join(" ", words), lang, limit);
            out.printf("%d articles%n", page.total());
            for (SearchHit hit : page.hits()) {
                ObjectNode a = hit.article();
                out.printf("%n[%s] %s  %s  %s%n", a.path("lang").asText(), a.path("published").asText("----------"),
                        a.path("id").asText(), a.path("title").asText(""));
                out.printf("    %s%n", marked(hit.snippet()));
            }
        }
        return 0;
    }

    /** The snippet with its marks shown as »…«. */
    private static String marked(Snippet s) {
        StringBuilder sb = new StringBuilder();
        int[] cps = s.text().codePoints().toArray();
        int at = 0;
        for (Snippet.Mark m : s.marks()) {
            sb.append(new String(cps, at, m.start() - at)).append('\u00BB')
                    .append(new String(cps, m.start(), m.end() - m.start())).append('\u00AB');
            at = m.end();
        }
        return sb.append(new String(cps, at, cps.length - at)).toString();
    }
}
