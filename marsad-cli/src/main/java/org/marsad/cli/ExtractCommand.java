package org.marsad.cli;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.marsad.pipeline.Pipeline;
import org.marsad.read.ArticleReader;
import org.marsad.write.DocumentWriter;

/** {@code marsad extract}: events, entities and dates of articles, as JSON or as event data rows. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Reads news articles (files, folders or - for standard input) and writes what it found.")
final class ExtractCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Mixin
    DictionaryOptions dictionary;

    @Option(names = "--format", paramLabel = "jsonl|json|gdelt|plover|csv", defaultValue = "jsonl",
            description = "Output: jsonl (one document per line), json (an indented array), gdelt (GDELT 2.0 "
                    + "event rows, tab-separated), plover (an indented array of PLOVER event records) or csv (one row per event).")
    DocumentWriter.Format format;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Article files, folders, or - for standard input.")
    List<String> paths;

    @Override
    public Integer call() {
        Pipeline pipeline = dictionary.pipeline();
        AtomicInteger failed = new AtomicInteger();
        OutputStream stdout = new BufferedOutputStream(System.out, 1 << 16);
        try (DocumentWriter writer = new DocumentWriter(format, stdout)) {
            new ArticleReader(input.readOptions()).read(paths,
                    article -> writer.write(pipeline.process(article)),
                    error -> {
                        failed.incrementAndGet();
                        System.err.println("marsad: " + error.message());
                    });
        }
        return failed.get() == 0 ? 0 : 1;
    }
}
