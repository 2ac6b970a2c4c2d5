package org.marsad.cli;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

import org.marsad.data.DataFile;
import org.marsad.eval.CameoScore;
import org.marsad.eval.DetectionRecords;
import org.marsad.eval.DetectionScore;
import org.marsad.eval.EventCases;
import org.marsad.eval.GoldReading;
import org.marsad.eval.ParallelAgreement;
import org.marsad.eval.PetrRecords;
import org.marsad.eval.PloverGold;
import org.marsad.eval.PloverScore;
import org.marsad.model.Article;
import org.marsad.ner.NameTagger;
import org.marsad.ner.NerScore;
import org.marsad.ner.TaggedSentence;
import org.marsad.ner.corpus.HeldOut;
import org.marsad.ner.corpus.TaggedDocument;
import org.marsad.pipeline.Pipeline;
import org.marsad.read.ArticleReader;

/** {@code marsad eval}: accuracy against hand-made or public gold data. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Measures accuracy against gold data.",
        subcommands = {EvalCommand.Gold.class, EvalCommand.Events.class, EvalCommand.Ner.class, EvalTimeCommand.class,
                EvalCommand.Parallel.class, EvalCommand.Cases.class})
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

    /** {@code marsad eval events --format FORMAT PATH}: event coding against public gold event data. */
    @Command(name = "events", mixinStandardHelpOptions = true,
            description = "Scores event coding against gold event data: PETRARCH validation XML (CAMEO root and "
                    + "actors), a judged-sentence CSV (detection of its event type) or PLOVER gold records.")
    static final class Events implements Callable<Integer> {
        enum Format {
            PETR_XML("petr-xml"), GSR_CSV("gsr-csv"), PLOVER_GSR("plover-gsr");

            final String name;

            Format(String name) {
                this.name = name;
            }

            @Override
            public String toString() {
                return name;
            }
        }

        @Option(names = "--format", required = true, paramLabel = "petr-xml|gsr-csv|plover-gsr",
                converter = FormatConverter.class,
                description = "petr-xml: PETRARCH <Sentence>/<EventCoding> records (a pair coded both ways, as "
                        + "PETRARCH codes meetings and agreements, is one mutual dyad, matched in either direction); "
                        + "gsr-csv: sentences labelled "
                        + "yes / easy no / difficult no / ambiguous for one event type; plover-gsr: PLOVER records.")
        Format format;

        @Option(names = "--lang", paramLabel = "ar|ru|en|auto", defaultValue = "auto",
                description = "Language of the sentences (default: detected).")
        String lang;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD",
                description = "Publication date for sentences whose data gives none.")
        LocalDate date;

        @Mixin
        DictionaryOptions dictionary;

        @Option(names = "--errors", description = "petr-xml: list each sentence whose codings differ from the gold ones; gsr-csv: each "
                        + "\"yes\" sentence missed and each \"no\" sentence detected.")
        boolean errors;

        @Parameters(index = "0", paramLabel = "PATH")
        Path path;

        static final class FormatConverter implements ITypeConverter<Format> {
            @Override
            public Format convert(String value) {
                for (Format f : Format.values()) {
                    if (f.name.equalsIgnoreCase(value.strip())) {
                        return f;
                    }
                }
                throw new TypeConversionException("expected petr-xml, gsr-csv or plover-gsr, not '" + value + "'");
            }
        }

        @Override
        public Integer call() {
            String text;
            try {
                text = Files.readString(path, StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                System.err.println("marsad: " + path + ": no such file");
                return 1;
            } catch (IOException e) {
                System.err.println("marsad: " + path + ": " + e.getMessage());
                return 1;
            }
            Pipeline pipeline = dictionary.pipeline();
            String language = lang.equals("auto") ? null : lang;
            try {
                String report = switch (format) {
                    case PETR_XML -> {
                        CameoScore.Report r = CameoScore.score(withDate(PetrRecords.parse(text)), pipeline::process,
                                language);
                        yield errors ? r.differencesText() + "\n" + r.text() : r.text();
                    }
                    case GSR_CSV -> {
                        DetectionScore.Report r = DetectionScore.score(DetectionRecords.parse(text), pipeline::process,
                                language, date);
                        yield errors ? r.differencesText() + "\n" + r.text() : r.text();
                    }
                    case PLOVER_GSR -> PloverScore.score(PloverGold.parse(text).stream()
                            .map(r -> r.date() != null || date == null ? r
                                    : new PloverGold.Record(r.id(), date, r.text(), r.types(), r.actors(),
                                    r.recipients()))
                            .toList(), pipeline::process, language).text();
                };
                System.out.println(report);
                return 0;
            } catch (IOException | IllegalArgumentException e) {
                System.err.println("marsad: " + path + ": " + e.getMessage());
                return 1;
            }
        }

        /** Records without a date of their own take the --date option's. */
        private List<PetrRecords.Record> withDate(List<PetrRecords.Record> records) {
            if (date == null) {
                return records;
            }
            return records.stream().map(r -> r.date() != null ? r
                    : new PetrRecords.Record(r.id(), date, r.text(), r.codings(), r.error())).toList();
        }
    }

    /** {@code marsad eval parallel --ids IDS LANG=FILE...}: do translations of the same news give the same events? */
    @Command(name = "parallel", mixinStandardHelpOptions = true,
            description = "Codes line-aligned translations of the same documents (NTREX) and reports how far the "
                    + "events found in each pair of languages agree (CAMEO root, source and target countries).")
    static final class Parallel implements Callable<Integer> {
        @Option(names = "--ids", required = true, paramLabel = "FILE",
                description = "One document id per line, aligned with the text files' lines.")
        Path ids;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date of every document.")
        LocalDate date;

        @Option(names = {"--differences", "--errors"},
                description = "List each document whose languages give different events, each event with the languages "
                        + "that lack it, its trigger, participants and sentence.")
        boolean differences;

        @Parameters(paramLabel = "LANG=FILE", arity = "2..*",
                description = "A language (ar, ru, en) and its file, one line per id.")
        List<String> files;

        @Override
        public Integer call() {
            java.util.Map<String, List<String>> lines = new java.util.LinkedHashMap<>();
            try {
                for (String f : files) {
                    int eq = f.indexOf('=');
                    if (eq <= 0) {
                        System.err.println("marsad: expected LANG=FILE, not '" + f + "'");
                        return 2;
                    }
                    lines.put(f.substring(0, eq), Files.readAllLines(Path.of(f.substring(eq + 1)),
                            StandardCharsets.UTF_8));
                }
                List<ParallelAgreement.Doc> docs = ParallelAgreement.documents(
                        Files.readAllLines(ids, StandardCharsets.UTF_8), lines);
                Pipeline pipeline = Pipeline.standard();
                ParallelAgreement.Report r = ParallelAgreement.score(docs, List.copyOf(lines.keySet()), date,
                        pipeline::process);
                if (differences) {
                    System.out.println(r.differencesText());
                }
                System.out.println(r.text());
                return 0;
            } catch (IOException | IllegalArgumentException e) {
                System.err.println("marsad: " + e.getMessage());
                return 1;
            }
        }
    }

    /** {@code marsad eval cases --lang L FILE}: sentences against the events written beside them. */
    @Command(name = "cases", mixinStandardHelpOptions = true,
            description = "Codes each sentence of a case table (columns named by its first row: id, expected, and "
                    + "sentence or one column per language) and counts those giving exactly the expected events.")
    static final class Cases implements Callable<Integer> {
        @Option(names = "--lang", required = true, paramLabel = "ar|ru|en",
                description = "Language of the sentences: the column of that name when there is no 'sentence' column.")
        String lang;

        @Option(names = "--date", paramLabel = "YYYY-MM-DD", defaultValue = "2024-03-15",
                description = "Publication date of every sentence (default: ${DEFAULT-VALUE}, the event cases' date).")
        LocalDate date;

        @Option(names = "--errors", description = "List each sentence whose events differ from those expected.")
        boolean errors;

        @Parameters(index = "0", paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() {
            try {
                List<EventCases.Case> cases = EventCases.read(DataFile.file(file), lang);
                EventCases.Report r = EventCases.score(cases, lang, date, Pipeline.standard()::process);
                if (errors) {
                    r.misses().forEach(m -> System.out.println(m.text()));
                }
                System.out.println(r.text());
                return 0;
            } catch (DataFile.DataException e) {
                System.err.println("marsad: " + e.getMessage());
                return 1;
            }
        }
    }

    /** {@code marsad eval ner}: a name tagger against a named-entity corpus, conlleval-style. */
    @Command(name = "ner", mixinStandardHelpOptions = true,
            description = "Scores the name tagger on a named-entity corpus: entity-level precision, recall and F1 "
                    + "(exact extent and type) over PER, ORG and LOC, with MISC apart.")
    static final class Ner implements Callable<Integer> {
        @Mixin
        NerCorpusOptions corpus;

        @Option(names = "--model", paramLabel = "FILE", description = "A model made by 'marsad train ner' (default: the bundled one).")
        Path model;

        @Option(names = "--held-out", defaultValue = "0", paramLabel = "N",
                description = "Measure only on the slice 'marsad train ner --hold-out N' left out.")
        int heldOut;

        @Option(names = "--attach-clitics", description = "Write split-off clitics back onto their words first.")
        boolean attachClitics;

        @Parameters(paramLabel = "PATH", arity = "1..*", description = "Corpus files or folders.")
        List<Path> paths;

        @Override
        public Integer call() {
            NameTagger tagger = NerModels.tagger(corpus.lang, model);
            if (tagger == null) {
                return 2;
            }
            List<TaggedDocument> docs = corpus.read(paths);
            if (docs == null) {
                return 1;
            }
            List<List<TaggedSentence>> sentences = HeldOut.heldOut(docs, heldOut);
            if (attachClitics) {
                sentences = NerCorpora.attached(sentences, corpus.lang);
            }
            // CPU time of this one thread: the figure per core, whatever else the machine runs
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            NerScore score = score(tagger, sentences);
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
            double seconds = (System.nanoTime() - start) / 1e9;
            int tokens = NerCorpora.tokens(sentences);
            System.out.print(score.report());
            System.out.printf(Locale.ROOT, "tagged %d tokens in %.2f s CPU (%.2f s elapsed): %.0f tokens/s per core%n",
                    tokens, cpuSeconds, seconds, tokens / cpuSeconds);
            return 0;
        }

        /** The tagger's names against the gold ones, each unit tagged as one document. */
        static NerScore score(NameTagger tagger, List<List<TaggedSentence>> documents) {
            NerScore score = new NerScore();
            for (List<TaggedSentence> sentences : documents) {
                List<List<String>> words = new ArrayList<>(sentences.size());
                for (TaggedSentence s : sentences) {
                    words.add(s.words());
                }
                List<List<String>> tags = tagger.tagDocumentWords(words);
                for (int i = 0; i < sentences.size(); i++) {
                    score.add(sentences.get(i).tags(), tags.get(i));
                }
            }
            return score;
        }
    }
}
