package org.marsad.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import org.marsad.eval.GoldReading;
import org.marsad.model.Article;
import org.marsad.pipeline.Pipeline;
import org.marsad.read.ArticleReader;

/** {@code marsad eval}: accuracy against hand-made or public gold data. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Measures accuracy against gold data.",
        subcommands = {EvalCommand.Gold.class, EvalTimeCommand.class})
final class EvalCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** {@code marsad eval gold ARTICLE GOLD.json}: an article against a reading in the seed's gold format. */
    @Command(name = "gold", mixinStandardHelpOptions = true,
            description = "Scores an article against a gold reading (seed format): required items found, event precision.")
    static final class Gold implements Callable<Integer> {
        @Mixin
        InputOptions input;

        @Parameters(index = "0", paramLabel = "ARTICLE")
        String article;

        @Parameters(index = "1", paramLabel = "GOLD")
        Path gold;

        @Override
        public Integer call() throws IOException {
            List<Article> articles = new ArrayList<>();
            boolean[] failed = {false};
            new ArticleReader(input.readOptions()).read(List.of(article), articles::add, e -> {
                failed[0] = true;
                System.err.println("marsad: " + e.message());
            });
            if (failed[0] || articles.size() != 1) {
                System.err.println("marsad: " + article + ": expected exactly one article");
                return 1;
            }
            GoldReading.Score score = new GoldReading(new ObjectMapper().readTree(gold.toFile()))
                    .score(Pipeline.standard().process(articles.get(0)));
            System.out.println(score.report());
            System.out.println(score.passes() ? "PASS" : "FAIL");
            return score.passes() ? 0 : 1;
        }
    }
}
