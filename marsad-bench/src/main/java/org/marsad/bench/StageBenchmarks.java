package org.marsad.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import org.marsad.actors.ActorDictionary;
import org.marsad.actors.MentionFinder;
import org.marsad.events.CameoCodes;
import org.marsad.events.EventCoder;
import org.marsad.events.SummaryTemplates;
import org.marsad.model.Article;
import org.marsad.model.Document;
import org.marsad.model.Sentence;
import org.marsad.ner.NameTagger;
import org.marsad.pipeline.Pipeline;
import org.marsad.read.BundledArticles;
import org.marsad.text.LanguagePack;
import org.marsad.text.Segmenter;
import org.marsad.time.TimeTagger;

/**
 * The pipeline's hot stages, each over the bundled sample articles of one language: one operation
 * is one stage run over all of that language's samples. Every stage gets the input the pipeline
 * would give it, taken from a full run in the set-up, so each figure is that stage alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-XX:+UseParallelGC"})
public class StageBenchmarks {
    @Param({"ar", "ru", "en"})
    public String lang;

    private LanguagePack pack;
    private Segmenter segmenter;
    private MentionFinder mentionFinder;
    private NameTagger nameTagger;
    private TimeTagger timeTagger;
    private EventCoder eventCoder;
    private Pipeline pipeline;
    private List<Article> articles;
    private List<Document> documents;

    @Setup
    public void setUp() {
        ActorDictionary dictionary = ActorDictionary.bundled();
        pack = LanguagePack.of(lang);
        segmenter = new Segmenter(pack);
        mentionFinder = new MentionFinder(dictionary);
        nameTagger = NameTagger.bundled(lang, dictionary).orElseThrow();
        timeTagger = TimeTagger.forLanguage(lang);
        eventCoder = new EventCoder(dictionary, CameoCodes.bundled(), SummaryTemplates.bundled());
        pipeline = new Pipeline(dictionary);
        articles = new ArrayList<>();
        documents = new ArrayList<>();
        for (Article a : BundledArticles.read("samples/")) {
            Document d = pipeline.process(a);
            if (lang.equals(d.article().lang())) {
                articles.add(a);
                documents.add(d);
            }
        }
        if (articles.isEmpty()) {
            throw new IllegalStateException("no bundled sample articles in " + lang);
        }
    }

    @Benchmark
    public void normalise(Blackhole out) {
        for (Document d : documents) {
            String text = d.article().text();
            out.consume(pack.normaliser().normalise(text, 0, text.length()));
        }
    }

    /** Sentences and tokens with their readings (normalisation and morphology included). */
    @Benchmark
    public void segment(Blackhole out) {
        for (Document d : documents) {
            out.consume(segmenter.sentences(d.article()));
        }
    }

    @Benchmark
    public void dictionaryMentions(Blackhole out) {
        for (Document d : documents) {
            out.consume(mentionFinder.find(d.sentences(), d.article().text(), d.article().published(), pack));
        }
    }

    @Benchmark
    public void nameTagger(Blackhole out) {
        for (Document d : documents) {
            out.consume(nameTagger.names(d.sentences().stream().map(Sentence::tokens).toList()));
        }
    }

    @Benchmark
    public void times(Blackhole out) {
        for (Document d : documents) {
            out.consume(timeTagger.tagAll(d.sentences(), d.article().text(), d.article().published()));
        }
    }

    @Benchmark
    public void events(Blackhole out) {
        for (Document d : documents) {
            out.consume(eventCoder.code(lang, d.article().text(), d.article().published(), d.sentences(),
                    d.mentions(), d.times()));
        }
    }

    /** Everything, as {@code marsad extract} runs it (language detection included). */
    @Benchmark
    public void pipeline(Blackhole out) {
        for (Article a : articles) {
            out.consume(pipeline.process(a));
        }
    }
}
