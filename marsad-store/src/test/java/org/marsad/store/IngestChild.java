package org.marsad.store;

import java.nio.file.Path;
import java.util.List;

import org.marsad.model.Article;
import org.marsad.pipeline.Pipeline;
import org.marsad.read.ArticleReader;

/**
 * A separate JVM for {@link KilledIngestTest}: ingests a JSONL file into a store in small
 * batches, printing a line after each commit so the test can kill it at a moment of its choosing.
 */
public final class IngestChild {
    private IngestChild() {
    }

    public static void main(String[] args) {
        Path storeDir = Path.of(args[0]);
        String input = args[1];
        int batch = Integer.parseInt(args[2]);
        Pipeline pipeline = Pipeline.standard();
        try (Store store = Store.open(storeDir)) {
            System.out.println("open");
            Ingester.Listener listener = new Ingester.Listener() {
                @Override
                public void failed(String message, Article article) {
                    System.out.println("failed " + message);
                }

                @Override
                public void committed(int stored) {
                    // batches of articles stored before are skipped, not written: not a moment to aim at
                    if (stored > 0) {
                        System.out.println("committed " + stored);
                    }
                }
            };
            try (Ingester ingester = new Ingester(store, pipeline, batch, 1, listener)) {
                new ArticleReader().read(List.of(input), ingester::add,
                        ingester::inputFailed);
                ingester.flush();
                Ingester.Counts c = ingester.counts();
                System.out.println("done " + c.stored() + " " + c.duplicates() + " " + c.failed());
            }
        }
    }
}
