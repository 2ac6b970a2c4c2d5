package org.marsad.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import org.marsad.actors.ActorDictionary;
import org.marsad.ner.NameModel;
import org.marsad.ner.NameTagger;
import org.marsad.ner.PerceptronTrainer;
import org.marsad.ner.TaggedSentence;
import org.marsad.ner.corpus.HeldOut;
import org.marsad.ner.corpus.TaggedDocument;

/** {@code marsad train}: trains Marsad's models from data. */
@Command(name = "train", mixinStandardHelpOptions = true, description = "Trains a model from data.",
        subcommands = {TrainCommand.Ner.class})
final class TrainCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** {@code marsad train ner}: a name tagger from a named-entity corpus. */
    @Command(name = "ner", mixinStandardHelpOptions = true,
            description = "Trains a name tagger (PER, ORG, LOC, MISC) on named-entity corpora.")
    static final class Ner implements Callable<Integer> {
        @Mixin
        NerCorpusOptions corpus;

        @Option(names = "--out", required = true, paramLabel = "MODEL", description = "Where to write the model.")
        Path out;

        @Option(names = "--hold-out", defaultValue = "0", paramLabel = "N",
                description = "Leave out every N-th document (or piece of 25 sentences) and measure on them "
                        + "(0: train on everything).")
        int holdOut;

        @Option(names = "--attach-clitics", description = "Also train on a copy with split-off clitics written "
                + "back onto their words (NewsFANE's و المانيا as والمانيا).")
        boolean attachClitics;

        @Option(names = "--iterations", defaultValue = "12", paramLabel = "N", description = "Passes over the data.")
        int iterations;

        @Option(names = "--cutoff", defaultValue = "2", paramLabel = "N",
                description = "Leave out features seen fewer than N times.")
        int cutoff;

        @Option(names = "--prune", defaultValue = "0.01", paramLabel = "X",
                description = "Leave out features whose averaged weights all stay below X.")
        float prune;

        @Parameters(paramLabel = "TRAIN", arity = "1..*", description = "Corpus files or folders.")
        List<Path> paths;

        @Override
        public Integer call() throws IOException {
            List<TaggedDocument> docs = corpus.read(paths);
            if (docs == null) {
                return 1;
            }
            String lang = corpus.lang;
            List<List<TaggedSentence>> training = new ArrayList<>(HeldOut.training(docs, holdOut));
            if (attachClitics) {
                training.addAll(NerCorpora.attached(training, lang));
            }
            System.err.printf(Locale.ROOT, "marsad: training on %d sentences, %d tokens%n", NerCorpora.sentences(training),
                    NerCorpora.tokens(training));
            PerceptronTrainer trainer = new PerceptronTrainer(org.marsad.text.LanguagePack.of(lang),
                    ActorDictionary.bundled(), new PerceptronTrainer.Options(iterations, cutoff, prune, 17L));
            long start = System.nanoTime();
            NameModel model = trainer.train(training, line -> System.err.println("marsad: " + line));
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream o = Files.newOutputStream(out)) {
                model.write(o);
            }
            System.err.printf(Locale.ROOT, "marsad: %s: %d features, %d bytes, trained in %.0f s%n", out,
                    model.features(), Files.size(out), (System.nanoTime() - start) / 1e9);
            if (holdOut > 1) {
                NameTagger tagger = new NameTagger(model, ActorDictionary.bundled());
                List<List<TaggedSentence>> held = HeldOut.heldOut(docs, holdOut);
                System.out.println("held out (every " + holdOut + "th unit):");
                System.out.print(EvalCommand.Ner.score(tagger, held).report());
                if (attachClitics) {
                    System.out.println("held out, clitics attached:");
                    System.out.print(EvalCommand.Ner.score(tagger, NerCorpora.attached(held, lang)).report());
                }
            }
            return 0;
        }
    }
}
