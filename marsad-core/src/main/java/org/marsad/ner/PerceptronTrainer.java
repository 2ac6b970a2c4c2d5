package org.marsad.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;

import org.marsad.actors.ActorDictionary;
import org.marsad.model.Token;
import org.marsad.text.LanguagePack;

/**
 * Trains a {@link NameModel}: an averaged structured perceptron (Collins 2002) over the
 * {@link Features} of each token and the pairs of neighbouring tags, decoded by Viterbi as the
 * tagger does. Features seen fewer than {@code cutoff} times are left out, and so are those whose
 * averaged weights all stay below {@code prune} at the end, which keeps the model small. The
 * same sentences, options and seed give the same model.
 */
public final class PerceptronTrainer {
    /** How training goes. */
    public record Options(int iterations, int cutoff, float prune, long seed) {
        public static Options defaults() {
            return new Options(12, 2, 0.01f, 17L);
        }
    }

    private final Features features;
    private final LanguagePack pack;
    private final Options options;

    /** Trains models for a language whose features ask this dictionary. */
    public PerceptronTrainer(LanguagePack pack, ActorDictionary dictionary, Options options) {
        this.features = new Features(dictionary);
        this.pack = pack;
        this.options = options;
    }

    /** One sentence as the trainer holds it: feature numbers per token (-1 for left out) and gold tags. */
    private record Example(int[] ids, int[] offsets, int[] gold) {
    }

    /**
     * A model for the trainer's language from documents of tagged sentences (a document's sentences
     * inform each other's features); {@code log} hears of each iteration.
     */
    public NameModel train(List<List<TaggedSentence>> documents, Consumer<String> log) {
        int t = NameModel.TAGS.size();
        LongIndex kept = new LongIndex(1 << 16);
        List<Example> data = examples(documents, kept);
        int size = kept.size();
        float[] w = new float[size * t];
        double[] u = new double[size * t];
        float[] trans = new float[(t + 1) * t];
        double[] transU = new double[(t + 1) * t];
        boolean[] allowed = NameModel.allowedPairs();
        Random random = new Random(options.seed());
        int[] order = new int[data.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        long c = 1;
        for (int it = 1; it <= options.iterations(); it++) {
            shuffle(order, random);
            long tokens = 0;
            long wrong = 0;
            for (int idx : order) {
                Example ex = data.get(idx);
                int n = ex.gold().length;
                float[] emission = new float[n * t];
                for (int i = 0; i < n; i++) {
                    for (int k = ex.offsets()[i]; k < ex.offsets()[i + 1]; k++) {
                        int f = ex.ids()[k];
                        if (f >= 0) {
                            for (int y = 0; y < t; y++) {
                                emission[i * t + y] += w[f * t + y];
                            }
                        }
                    }
                }
                int[] p = NameModel.viterbi(emission, n, trans, allowed);
                int[] y = ex.gold();
                for (int i = 0; i < n; i++) {
                    tokens++;
                    if (p[i] != y[i]) {
                        wrong++;
                        for (int k = ex.offsets()[i]; k < ex.offsets()[i + 1]; k++) {
                            int f = ex.ids()[k];
                            if (f >= 0) {
                                w[f * t + y[i]] += 1f;
                                u[f * t + y[i]] += c;
                                w[f * t + p[i]] -= 1f;
                                u[f * t + p[i]] -= c;
                            }
                        }
                    }
                    int prevGold = i == 0 ? t : y[i - 1];
                    int prevPred = i == 0 ? t : p[i - 1];
                    if (prevGold != prevPred || y[i] != p[i]) {
                        trans[prevGold * t + y[i]] += 1f;
                        transU[prevGold * t + y[i]] += c;
                        trans[prevPred * t + p[i]] -= 1f;
                        transU[prevPred * t + p[i]] -= c;
                    }
                }
                c++;
            }
            log.accept(String.format(Locale.ROOT, "iteration %d: %.2f%% of training tokens wrong",
                    it, 100.0 * wrong / Math.max(1, tokens)));
        }
        return averaged(kept, w, u, trans, transU, c);
    }

    /**
     * The sentences' features as numbers: features seen at least {@code cutoff} times are numbered
     * in {@code kept}, the others are -1.
     */
    private List<Example> examples(List<List<TaggedSentence>> documents, LongIndex kept) {
        List<Features.Sentence> extracted = new ArrayList<>();
        List<int[]> gold = new ArrayList<>();
        LongIndex all = new LongIndex(1 << 20);
        int[] counts = new int[1 << 20];
        for (List<TaggedSentence> sentences : documents) {
            List<WordTokens> split = new ArrayList<>(sentences.size());
            List<List<Token>> tokens = new ArrayList<>(sentences.size());
            for (TaggedSentence s : sentences) {
                WordTokens w = WordTokens.of(s.words(), pack);
                split.add(w);
                tokens.add(w.tokens);
            }
            Features.Document doc = features.document(tokens);
            for (int i = 0; i < sentences.size(); i++) {
                Features.Sentence fs = features.of(tokens.get(i), doc);
                gold.add(tagIndices(split.get(i).toTokens(sentences.get(i).tags())));
                extracted.add(fs);
                for (long h : fs.hashes()) {
                    int f = all.add(h);
                    if (f >= counts.length) {
                        counts = Arrays.copyOf(counts, counts.length * 2);
                    }
                    counts[f]++;
                }
            }
        }
        long[] keys = all.keysInOrder();
        for (int f = 0; f < keys.length; f++) {
            if (counts[f] >= options.cutoff()) {
                kept.add(keys[f]);
            }
        }
        List<Example> data = new ArrayList<>(extracted.size());
        for (int i = 0; i < extracted.size(); i++) {
            Features.Sentence fs = extracted.get(i);
            int[] ids = new int[fs.hashes().length];
            for (int k = 0; k < ids.length; k++) {
                ids[k] = kept.get(fs.hashes()[k]);
            }
            data.add(new Example(ids, fs.offsets(), gold.get(i)));
        }
        return data;
    }

    /** The averaged weights (w − u / c); features whose weights all stay below the pruning bound are left out. */
    private NameModel averaged(LongIndex index, float[] w, double[] u, float[] trans, double[] transU, long c) {
        int t = NameModel.TAGS.size();
        long[] keys = index.keysInOrder();
        LongIndex kept = new LongIndex(keys.length / 2);
        float[] out = new float[keys.length * t];
        float[] row = new float[t];
        for (int f = 0; f < keys.length; f++) {
            float max = 0f;
            for (int y = 0; y < t; y++) {
                row[y] = (float) (w[f * t + y] - u[f * t + y] / c);
                max = Math.max(max, Math.abs(row[y]));
            }
            if (max >= options.prune()) {
                int r = kept.add(keys[f]);
                System.arraycopy(row, 0, out, r * t, t);
            }
        }
        float[] avgTrans = new float[trans.length];
        for (int i = 0; i < trans.length; i++) {
            avgTrans[i] = (float) (trans[i] - transU[i] / c);
        }
        return new NameModel(pack.code(), kept, Arrays.copyOf(out, kept.size() * t), avgTrans);
    }

    private static int[] tagIndices(List<String> tags) {
        int[] out = new int[tags.size()];
        for (int i = 0; i < out.length; i++) {
            int k = NameModel.TAGS.indexOf(tags.get(i));
            if (k < 0) {
                throw new IllegalArgumentException("unknown tag " + tags.get(i));
            }
            out[i] = k;
        }
        return out;
    }

    private static void shuffle(int[] a, Random random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int x = a[i];
            a[i] = a[j];
            a[j] = x;
        }
    }
}
