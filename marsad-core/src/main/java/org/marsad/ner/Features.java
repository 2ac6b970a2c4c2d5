package org.marsad.ner;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.marsad.actors.ActorDictionary;
import org.marsad.model.Analysis;
import org.marsad.model.Token;

/**
 * What the tagger sees of each token, the same for every language: the normalised word and its
 * neighbours, its shape (Xx, dd) and its neighbours' shapes, its first and last letters, its
 * readings from the language pack (stems with clitics taken off in Arabic, lemmas and grammatical
 * tags such as {@code NN:Fam} in Russian) and its neighbours', and whether the actor dictionary
 * has a name starting or continuing there, of which type; in scripts with letter case, the run of
 * capitalised words it stands in; and what the rest of the document shows of the same word
 * (written in small letters, after a given name). Features are 64-bit hashes ({@link Hashing}).
 */
final class Features {
    /** Changes whenever a template changes: a model trained with other features is refused. */
    static final int VERSION = 5;

    private static final int BIAS = 1;
    private static final int W0 = 2;
    private static final int W_PREV = 3;
    private static final int W_NEXT = 4;
    private static final int W_PREV2 = 5;
    private static final int W_NEXT2 = 6;
    private static final int BIGRAM_PREV = 7;
    private static final int BIGRAM_NEXT = 8;
    private static final int SHAPE = 9;
    private static final int SHAPE_PREV = 10;
    private static final int SHAPE_NEXT = 11;
    private static final int SHAPES = 12;
    private static final int FIRST_SHAPE = 13;
    private static final int LENGTH = 14;
    private static final int PREFIX_CHARS = 20;
    private static final int SUFFIX_CHARS = 30;
    private static final int LEMMA = 40;
    private static final int LEMMA_PREV = 41;
    private static final int LEMMA_NEXT = 42;
    private static final int AFFIX = 43;
    private static final int TAG = 44;
    private static final int TAG_PREV = 45;
    private static final int TAG_NEXT = 46;
    private static final int LEMMA_PREV2 = 47;
    private static final int LEMMA_NEXT2 = 48;
    private static final int SUFFIX_PREV = 49;
    private static final int SUFFIX_NEXT = 55;
    private static final int TRIGRAM_PREV = 56;
    private static final int PART = 57;
    private static final int PART_PREV = 58;
    private static final int PART_NEXT = 59;
    private static final int DICT = 50;
    private static final int DICT_PREV = 51;
    private static final int DICT_NEXT = 52;
    private static final int DICT_EXACT = 53;
    private static final int DICT_SHAPE = 54;
    private static final int RUN_FIRST = 60;
    private static final int RUN_LAST = 61;
    private static final int RUN_PLACE = 62;
    private static final int RUN_BEFORE = 63;
    private static final int DOC = 64;
    private static final int DOC_CASE = 65;
    private static final int FIRST_WORD = 66;
    private static final int RUN_LAST_PART = 67;
    /** Bits of a word's occurrence, see {@link #occurrences}. */
    static final int SEEN_SMALL = 1;
    static final int SEEN_CAPITAL_INSIDE = 2;
    static final int SEEN_AFTER_GIVEN = 4;
    private static final int SEEN_IN_RUN = 8;
    private static final int OCCURRENCE_BITS = 4;
    /** Templates of the values features are made of. */
    private static final int V_WORD = 100;
    private static final int V_SHAPE = 101;
    private static final int V_LEMMA = 102;
    private static final int V_AFFIX = 103;
    private static final int V_TAG = 104;
    private static final long BOUNDARY = Hashing.of(V_WORD, "\u0002");
    /** The shape of every word of a sentence written in capitals only (a headline): case tells nothing there. */
    private static final long CAPS_LINE = Hashing.of(V_SHAPE, "\u0003");

    private static final int AFFIX_CHARS = 4;
    private static final int MAX_READINGS = 8;

    private final ActorDictionary dictionary;
    private final NameParts nameParts;

    Features(ActorDictionary dictionary) {
        this.dictionary = dictionary;
        this.nameParts = NameParts.of(dictionary);
    }

    /**
     * Feature hashes of every token of a sentence: token i's are {@code hashes[offsets[i] .. offsets[i + 1])};
     * and the actor dictionary's names in it, which the tagger also weighs after decoding.
     */
    record Sentence(long[] hashes, int[] offsets, List<ActorDictionary.Match> names) {
        int size() {
            return offsets.length - 1;
        }
    }

    /** What the rest of a document shows of each word: per word, how often each {@link #occurrences} bit holds. */
    static final class Document {
        private final Map<String, int[]> counts = new HashMap<>();

        /** Bits of the document's other occurrences of a word, given this occurrence's bits. */
        int elsewhere(String word, int own) {
            int[] c = counts.get(word);
            if (c == null) {
                return 0;
            }
            int bits = 0;
            for (int b = 0; b < OCCURRENCE_BITS; b++) {
                if (c[b] - ((own >> b) & 1) > 0) {
                    bits |= 1 << b;
                }
            }
            return bits;
        }
    }

    /** The words of a document's sentences, counted as {@link #of(List, Document)} needs them. */
    Document document(List<List<Token>> sentences) {
        Document doc = new Document();
        for (List<Token> tokens : sentences) {
            Layout l = layout(tokens);
            int[] bits = occurrences(tokens, l);
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).kind() == Token.Kind.WORD) {
                    int[] c = doc.counts.computeIfAbsent(key(tokens.get(i)), k -> new int[OCCURRENCE_BITS]);
                    for (int b = 0; b < OCCURRENCE_BITS; b++) {
                        c[b] += (bits[i] >> b) & 1;
                    }
                }
            }
        }
        return doc;
    }

    /** A sentence's capitalised runs, whether it is written in capitals only, and its words' name parts. */
    private record Layout(boolean capitals, int[] runStart, int[] runEnd, int[] part) {
    }

    private Layout layout(List<Token> tokens) {
        int n = tokens.size();
        int[] runStart = new int[n];
        int[] runEnd = new int[n];
        boolean capitals = capitalsOnly(tokens);
        if (!capitals) {
            capitalRuns(tokens, runStart, runEnd);
        }
        int[] part = new int[n];
        for (int i = 0; i < n; i++) {
            part[i] = tokens.get(i).kind() == Token.Kind.WORD ? nameParts.of(tokens.get(i)) : 0;
        }
        return new Layout(capitals, runStart, runEnd, part);
    }

    /**
     * What each word occurrence shows of the word: written in small letters, capitalised inside a
     * sentence, after a given name, inside a run of several capitalised words. Another occurrence's
     * bits tell of this one: Citrone alone is a person where Robert Citrone stands elsewhere.
     */
    private static int[] occurrences(List<Token> tokens, Layout l) {
        int[] bits = new int[tokens.size()];
        for (int i = 0; i < bits.length; i++) {
            Token t = tokens.get(i);
            if (t.kind() != Token.Kind.WORD || t.norm().isEmpty()) {
                continue;
            }
            int first = t.norm().codePointAt(0);
            if (Character.isLowerCase(first)) {
                bits[i] |= SEEN_SMALL;
            } else if (i > 0 && !l.capitals() && Character.isUpperCase(first)) {
                bits[i] |= SEEN_CAPITAL_INSIDE;
            }
            if (i > 0 && (l.part()[i - 1] & (NameParts.GIVEN | NameParts.PERSON_FIRST)) != 0) {
                bits[i] |= SEEN_AFTER_GIVEN;
            }
            if (l.runEnd()[i] - l.runStart()[i] > 1) {
                bits[i] |= SEEN_IN_RUN;
            }
        }
        return bits;
    }

    private static String key(Token t) {
        return t.analyses().isEmpty() ? t.norm() : t.analyses().get(0).lemma();
    }

    /** Features of one sentence of a document (the sentence itself may be the whole document). */
    Sentence of(List<Token> tokens, Document doc) {
        int n = tokens.size();
        long[] word = new long[n];
        long[] shape = new long[n];
        long[] brief = new long[n];
        long[][] lemmas = new long[n][];
        long[][] affixes = new long[n][];
        long[][] tags = new long[n][];
        String[] lower = new String[n];
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            lower[i] = key(t);
            word[i] = Hashing.of(V_WORD, lower[i]);
            shape[i] = Hashing.of(V_SHAPE, shape(t.norm(), 2));
            brief[i] = Hashing.of(V_SHAPE, shape(t.norm(), 1));
            readings(t.analyses(), i, lemmas, affixes, tags);
        }
        Layout layout = layout(tokens);
        int[] runStart = layout.runStart();
        int[] runEnd = layout.runEnd();
        int[] part = layout.part();
        if (layout.capitals()) {
            Arrays.fill(shape, CAPS_LINE);
            Arrays.fill(brief, CAPS_LINE);
        }
        int[] own = occurrences(tokens, layout);
        List<ActorDictionary.Match> names = dictionary.match(tokens);
        int[] dict = dictionaryCodes(tokens.size(), names);

        Buffer out = new Buffer(n * 48);
        int[] offsets = new int[n + 1];
        for (int i = 0; i < n; i++) {
            offsets[i] = out.size;
            long prev = i > 0 ? word[i - 1] : BOUNDARY;
            long next = i + 1 < n ? word[i + 1] : BOUNDARY;
            long briefPrev = i > 0 ? brief[i - 1] : BOUNDARY;
            long briefNext = i + 1 < n ? brief[i + 1] : BOUNDARY;
            out.add(Hashing.of(BIAS, 0L));
            out.add(Hashing.of(W0, word[i]));
            out.add(Hashing.of(W_PREV, prev));
            out.add(Hashing.of(W_NEXT, next));
            out.add(Hashing.of(W_PREV2, i > 1 ? word[i - 2] : BOUNDARY));
            out.add(Hashing.of(W_NEXT2, i + 2 < n ? word[i + 2] : BOUNDARY));
            out.add(Hashing.of(BIGRAM_PREV, prev, word[i]));
            out.add(Hashing.of(BIGRAM_NEXT, word[i], next));
            out.add(Hashing.of(SHAPE, shape[i]));
            out.add(Hashing.of(SHAPE_PREV, briefPrev));
            out.add(Hashing.of(SHAPE_NEXT, briefNext));
            out.add(Hashing.of(SHAPES, Hashing.of(SHAPES, briefPrev, brief[i]), briefNext));
            if (i == 0) {
                out.add(Hashing.of(FIRST_SHAPE, brief[i]));
                out.add(Hashing.of(FIRST_WORD, word[i]));
            }
            String w = lower[i];
            out.add(Hashing.of(LENGTH, Math.min(w.length(), 12)));
            for (int k = 1; k <= Math.min(AFFIX_CHARS, w.length()); k++) {
                out.add(Hashing.of(PREFIX_CHARS + k, w, 0, k));
                out.add(Hashing.of(SUFFIX_CHARS + k, w, w.length() - k, w.length()));
            }
            addAll(out, LEMMA, lemmas[i]);
            addAll(out, AFFIX, affixes[i]);
            addAll(out, TAG, tags[i]);
            if (i > 0) {
                addAll(out, LEMMA_PREV, lemmas[i - 1]);
                addAll(out, TAG_PREV, tags[i - 1]);
            }
            if (i + 1 < n) {
                addAll(out, LEMMA_NEXT, lemmas[i + 1]);
                addAll(out, TAG_NEXT, tags[i + 1]);
            }
            if (i > 1) {
                addAll(out, LEMMA_PREV2, lemmas[i - 2]);
                out.add(Hashing.of(TRIGRAM_PREV, Hashing.of(TRIGRAM_PREV, word[i - 2], prev), word[i]));
            }
            if (i + 2 < n) {
                addAll(out, LEMMA_NEXT2, lemmas[i + 2]);
            }
            if (i > 0) {
                String p = lower[i - 1];
                out.add(Hashing.of(SUFFIX_PREV, p, Math.max(0, p.length() - 3), p.length()));
            }
            if (i + 1 < n) {
                String x = lower[i + 1];
                out.add(Hashing.of(SUFFIX_NEXT, x, Math.max(0, x.length() - 3), x.length()));
            }
            if (runEnd[i] > i) {
                // a run of capitalised words is most often one name: its ends tell its type (Perth Glory, Hay Street)
                int len = runEnd[i] - runStart[i];
                out.add(Hashing.of(RUN_FIRST, word[runStart[i]]));
                out.add(Hashing.of(RUN_LAST, word[runEnd[i] - 1]));
                out.add(Hashing.of(RUN_PLACE, Math.min(len, 4) * 8 + Math.min(i - runStart[i], 3) * 2
                        + (runEnd[i] - 1 == i ? 1 : 0)));
                out.add(Hashing.of(RUN_BEFORE, runStart[i] > 0 ? word[runStart[i] - 1] : BOUNDARY));
                // what the run's last word heads, for every word of the run (Election Commission: a head word)
                addBits(out, RUN_LAST_PART, part[runEnd[i] - 1]);
            }
            if (tokens.get(i).kind() == Token.Kind.WORD) {
                int seen = doc.elsewhere(lower[i], own[i]);
                addBits(out, DOC, seen);
                // small letters elsewhere make a capital at the start of a sentence tell nothing
                out.add(Hashing.of(DOC_CASE, (seen & (SEEN_SMALL | SEEN_CAPITAL_INSIDE)) * 4
                        + (own[i] & (SEEN_SMALL | SEEN_CAPITAL_INSIDE)) + (i == 0 ? 16 : 0)));
            }
            addBits(out, PART, part[i]);
            addBits(out, PART_PREV, i > 0 ? part[i - 1] : 0);
            addBits(out, PART_NEXT, i + 1 < n ? part[i + 1] : 0);
            out.add(Hashing.of(DICT, dict[i] >> 1));
            out.add(Hashing.of(DICT_PREV, i > 0 ? dict[i - 1] >> 1 : -1));
            out.add(Hashing.of(DICT_NEXT, i + 1 < n ? dict[i + 1] >> 1 : -1));
            if (dict[i] != 0) {
                out.add(Hashing.of(DICT_EXACT, dict[i]));
                out.add(Hashing.of(DICT_SHAPE, dict[i] >> 1, brief[i]));
            }
        }
        offsets[n] = out.size;
        return new Sentence(Arrays.copyOf(out.data, out.size), offsets, names);
    }

    /** Whether a sentence's words have capitals and no small letters. */
    private static boolean capitalsOnly(List<Token> tokens) {
        int upper = 0;
        for (Token t : tokens) {
            String w = t.norm();
            for (int k = 0; k < w.length(); k++) {
                char c = w.charAt(k);
                if (Character.isLowerCase(c)) {
                    return false;
                }
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        return upper > 3;
    }

    /**
     * Per word starting with a capital, the run of such words it stands in ({@code [start, end)});
     * elsewhere end = 0. Scripts without case have no runs.
     */
    private static void capitalRuns(List<Token> tokens, int[] start, int[] end) {
        int n = tokens.size();
        for (int i = 0; i < n; ) {
            int j = i;
            while (j < n && (capitalised(tokens.get(j))
                    || (j > i && j + 1 < n && connector(tokens.get(j)) && capitalised(tokens.get(j + 1))))) {
                j++;
            }
            for (int k = i; k < j; k++) {
                start[k] = i;
                end[k] = j;
            }
            i = Math.max(j, i + 1);
        }
    }

    /** A short word in small letters or a lone sign between capitalised words: of, de, &amp; (Bank of England). */
    private static boolean connector(Token t) {
        String w = t.norm();
        return !w.isEmpty() && w.length() <= 3 && (t.kind() == Token.Kind.WORD
                ? Character.isLowerCase(w.codePointAt(0)) : t.kind() == Token.Kind.PUNCT && w.length() == 1);
    }

    private static boolean capitalised(Token t) {
        return t.kind() == Token.Kind.WORD && !t.norm().isEmpty() && Character.isUpperCase(t.norm().codePointAt(0));
    }

    /** The readings' lemmas (after the whole word), the affixes taken off, and the grammatical tags. */
    private static void readings(List<Analysis> analyses, int i, long[][] lemmas, long[][] affixes, long[][] tags) {
        Buffer l = new Buffer(4);
        Buffer a = new Buffer(4);
        Buffer g = new Buffer(4);
        int count = Math.min(analyses.size(), MAX_READINGS);
        for (int k = 0; k < count; k++) {
            Analysis r = analyses.get(k);
            if (k > 0) {
                l.addNew(Hashing.of(V_LEMMA, r.lemma()));
            }
            if (!r.prefix().isEmpty()) {
                a.addNew(Hashing.of(V_AFFIX, r.prefix() + "-"));
            }
            if (!r.suffix().isEmpty()) {
                a.addNew(Hashing.of(V_AFFIX, "-" + r.suffix()));
            }
            if (!r.tags().isEmpty()) {
                for (String tag : r.tags().split("\\|")) {
                    int first = tag.indexOf(':');
                    int second = first < 0 ? -1 : tag.indexOf(':', first + 1);
                    g.addNew(Hashing.of(V_TAG, tag, 0, first < 0 ? tag.length() : first));
                    if (first >= 0) {
                        g.addNew(Hashing.of(V_TAG, tag, 0, second < 0 ? tag.length() : second));
                    }
                }
            }
        }
        lemmas[i] = l.toArray();
        affixes[i] = a.toArray();
        tags[i] = g.toArray();
    }

    /**
     * Per token: 0 outside dictionary names, else (1 + 2 × type + inside) × 2 + exact, where type
     * is the name's entity type and inside is 1 after its first token.
     */
    private static int[] dictionaryCodes(int n, List<ActorDictionary.Match> names) {
        int[] codes = new int[n];
        for (ActorDictionary.Match m : names) {
            int type = m.entities().get(0).type().ordinal();
            for (int i = m.start(); i < m.end(); i++) {
                codes[i] = ((1 + 2 * type + (i > m.start() ? 1 : 0)) << 1) | (m.exact() ? 1 : 0);
            }
        }
        return codes;
    }

    private static void addBits(Buffer out, int template, int bits) {
        for (int b = 1; b <= bits; b <<= 1) {
            if ((bits & b) != 0) {
                out.add(Hashing.of(template, b));
            }
        }
    }

    private static void addAll(Buffer out, int template, long[] values) {
        for (long v : values) {
            out.add(Hashing.of(template, v));
        }
    }

    /**
     * A word's shape: capitals X, small letters x, letters without case a, digits d, other
     * characters as they are, runs cut to {@code run} characters (Xx, Xxx-Xx, dd.dd) and the whole
     * to twelve.
     */
    static String shape(String s, int run) {
        StringBuilder b = new StringBuilder(Math.min(s.length(), 12));
        char last = 0;
        int repeat = 0;
        for (int i = 0; i < s.length() && b.length() < 12; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            char c = Character.isUpperCase(cp) ? 'X' : Character.isLowerCase(cp) ? 'x'
                    : Character.isLetter(cp) ? 'a' : Character.isDigit(cp) ? 'd'
                    : Character.getType(cp) == Character.NON_SPACING_MARK ? 0 : cp < 0x10000 ? (char) cp : '?';
            if (c == 0) {
                continue;
            }
            repeat = c == last ? repeat + 1 : 1;
            last = c;
            if (repeat <= run) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** A growing array of longs. */
    private static final class Buffer {
        long[] data;
        int size;

        Buffer(int capacity) {
            data = new long[capacity];
        }

        void add(long v) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2 + 4);
            }
            data[size++] = v;
        }

        void addNew(long v) {
            for (int i = 0; i < size; i++) {
                if (data[i] == v) {
                    return;
                }
            }
            add(v);
        }

        long[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }
}
