package org.marsad.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained tagger: a weight per feature and tag, a weight per pair of neighbouring tags, and
 * Viterbi decoding that only ever yields valid BIO (I-X follows B-X or I-X). Immutable and
 * thread-safe.
 *
 * <p>File format (gzip): the magic {@code MARSAD-NER}, format version, feature version, language,
 * the tags, transition weights, then per feature its hash, a bit mask of the tags it has a weight
 * for and those weights as 16-bit integers times a common scale.
 */
public final class NameModel {
    /** Tags every model uses, in this order. */
    static final List<String> TAGS = List.of("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC");
    private static final String MAGIC = "MARSAD-NER";
    private static final int FORMAT = 1;

    private final String lang;
    private final LongIndex index;
    /** weights[feature × tags + tag] */
    private final float[] weights;
    /** transitions[previous × tags + tag]; previous = tags.size() at the start of a sentence. */
    private final float[] transitions;
    private final boolean[] allowed;

    NameModel(String lang, LongIndex index, float[] weights, float[] transitions) {
        this.lang = lang;
        this.index = index;
        this.weights = weights;
        this.transitions = transitions;
        this.allowed = allowedPairs();
    }

    public String lang() {
        return lang;
    }

    public int features() {
        return index.size();
    }

    /** The best tag index of each token. */
    int[] decode(Features.Sentence s) {
        int n = s.size();
        int t = TAGS.size();
        float[] emission = new float[n * t];
        long[] hashes = s.hashes();
        for (int i = 0; i < n; i++) {
            for (int k = s.offsets()[i]; k < s.offsets()[i + 1]; k++) {
                int f = index.get(hashes[k]);
                if (f >= 0) {
                    int base = f * t;
                    for (int y = 0; y < t; y++) {
                        emission[i * t + y] += weights[base + y];
                    }
                }
            }
        }
        return viterbi(emission, n, transitions, allowed);
    }

    /**
     * The best valid tag sequence given each token's score for each tag ({@code emission[i × tags + y]})
     * and the transition weights.
     */
    static int[] viterbi(float[] emission, int n, float[] transitions, boolean[] allowed) {
        int t = TAGS.size();
        int[] best = new int[n];
        if (n == 0) {
            return best;
        }
        float[] score = new float[t];
        float[] nextScore = new float[t];
        int[] back = new int[n * t];
        for (int i = 0; i < n; i++) {
            for (int y = 0; y < t; y++) {
                float top = Float.NEGATIVE_INFINITY;
                int arg = 0;
                if (i == 0) {
                    if (allowed[t * t + y]) {
                        top = transitions[t * t + y];
                    }
                } else {
                    for (int p = 0; p < t; p++) {
                        if (allowed[p * t + y] && score[p] != Float.NEGATIVE_INFINITY) {
                            float v = score[p] + transitions[p * t + y];
                            if (v > top) {
                                top = v;
                                arg = p;
                            }
                        }
                    }
                }
                nextScore[y] = top + emission[i * t + y];
                back[i * t + y] = arg;
            }
            float[] swap = score;
            score = nextScore;
            nextScore = swap;
        }
        int y = 0;
        for (int k = 1; k < t; k++) {
            if (score[k] > score[y]) {
                y = k;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            best[i] = y;
            y = back[i * t + y];
        }
        return best;
    }

    /** Which tag may follow which; the row after the last is the start of a sentence. */
    static boolean[] allowedPairs() {
        int t = TAGS.size();
        boolean[] ok = new boolean[(t + 1) * t];
        for (int p = 0; p <= t; p++) {
            for (int y = 0; y < t; y++) {
                String tag = TAGS.get(y);
                ok[p * t + y] = !tag.startsWith("I-")
                        || (p < t && !TAGS.get(p).equals("O") && TAGS.get(p).substring(2).equals(tag.substring(2)));
            }
        }
        return ok;
    }

    public void write(OutputStream target) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(target, 1 << 16);
        DataOutputStream out = new DataOutputStream(gzip);
        out.writeUTF(MAGIC);
        out.writeInt(FORMAT);
        out.writeInt(Features.VERSION);
        out.writeUTF(lang);
        int t = TAGS.size();
        out.writeInt(t);
        for (String tag : TAGS) {
            out.writeUTF(tag);
        }
        for (float v : transitions) {
            out.writeFloat(v);
        }
        float max = 0f;
        for (float w : weights) {
            max = Math.max(max, Math.abs(w));
        }
        float scale = max == 0f ? 1f : max / Short.MAX_VALUE;
        out.writeFloat(scale);
        long[] keys = index.keysInOrder();
        out.writeInt(keys.length);
        short[] q = new short[t];
        for (int f = 0; f < keys.length; f++) {
            int mask = 0;
            for (int y = 0; y < t; y++) {
                q[y] = (short) Math.round(weights[f * t + y] / scale);
                if (q[y] != 0) {
                    mask |= 1 << y;
                }
            }
            out.writeLong(keys[f]);
            out.writeShort(mask);
            for (int y = 0; y < t; y++) {
                if (q[y] != 0) {
                    out.writeShort(q[y]);
                }
            }
        }
        out.flush();
        gzip.finish();
    }

    public static NameModel read(InputStream source, String where) throws IOException {
        DataInputStream in = new DataInputStream(new GZIPInputStream(source, 1 << 16));
        if (!in.readUTF().equals(MAGIC)) {
            throw new IOException(where + ": not a Marsad name model");
        }
        int format = in.readInt();
        int version = in.readInt();
        if (format != FORMAT || version != Features.VERSION) {
            throw new IOException(where + ": model made for another version of Marsad (format " + format
                    + ", features " + version + "); retrain it");
        }
        String lang = in.readUTF();
        int t = in.readInt();
        for (int y = 0; y < t; y++) {
            String tag = in.readUTF();
            if (y >= TAGS.size() || !tag.equals(TAGS.get(y))) {
                throw new IOException(where + ": unexpected tag " + tag);
            }
        }
        if (t != TAGS.size()) {
            throw new IOException(where + ": expected " + TAGS.size() + " tags, not " + t);
        }
        float[] transitions = new float[(t + 1) * t];
        for (int i = 0; i < transitions.length; i++) {
            transitions[i] = in.readFloat();
        }
        float scale = in.readFloat();
        int n = in.readInt();
        LongIndex index = new LongIndex(n);
        float[] weights = new float[n * t];
        for (int f = 0; f < n; f++) {
            int row = index.add(in.readLong());
            int mask = in.readShort() & 0xffff;
            for (int y = 0; y < t; y++) {
                if ((mask & (1 << y)) != 0) {
                    weights[row * t + y] = in.readShort() * scale;
                }
            }
        }
        return new NameModel(lang, index, weights, transitions);
    }
}
