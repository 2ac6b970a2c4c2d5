package org.marsad.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.marsad.model.Sentence;
import org.marsad.model.Span;
import org.marsad.model.TimeExpression;
import org.marsad.model.Token;
import org.marsad.text.LanguagePack;
import org.marsad.text.NormalisedText;

/**
 * Finds time expressions in a sentence and resolves them to TIMEX3 values against the
 * article's date. All language knowledge comes from {@code time/XX.tsv} and
 * {@code time/common.tsv}; a language without its own file gets the common rules (numeric
 * dates) only. Taggers are immutable, cached per language and safe to share between threads.
 */
public final class TimeTagger {
    private static final Map<String, TimeTagger> TAGGERS = new ConcurrentHashMap<>();

    private final LanguagePack pack;
    private final TimeGrammar grammar;
    private final Resolver resolver;

    private final List<Rule> rules;
    /**
     * Rules are only tried where their first matched word can stand: the rules that may start
     * anywhere (every element optional), and by category and by literal word the rules whose
     * match can begin with it (their leading optional elements and first required one). Bits
     * are rule numbers, so that the rules a position gets are tried in the grammar's order.
     */
    private final BitSet startAnywhere = new BitSet();
    private final Map<String, BitSet> startByCategory = new HashMap<>();
    private final Map<String, BitSet> startByLiteral = new HashMap<>();

    private TimeTagger(LanguagePack pack, TimeGrammar grammar) {
        this.pack = pack;
        this.grammar = grammar;
        this.resolver = new Resolver(grammar.hijriWindow());
        this.rules = grammar.rules();
        for (int r = 0; r < rules.size(); r++) {
            indexStart(r, rules.get(r));
        }
    }

    private void indexStart(int r, Rule rule) {
        for (Rule.Element element : rule.elements()) {
            for (Rule.Alt alt : element.alts()) {
                Map<String, BitSet> index = alt.category() == null ? startByLiteral : startByCategory;
                index.computeIfAbsent(alt.category() == null ? alt.literal() : alt.category(), k -> new BitSet()).set(r);
            }
            if (!element.optional()) {
                return;
            }
        }
        startAnywhere.set(r);
    }

    /** The numbers of the rules that may start at position i. */
    private BitSet startingAt(Lattice lattice, int i) {
        BitSet out = (BitSet) startAnywhere.clone();
        for (Lattice.Edge e : lattice.edgesAt(i)) {
            BitSet some = startByCategory.get(e.category());
            if (some != null) {
                out.or(some);
            }
        }
        for (String key : lattice.keysAt(i)) {
            BitSet some = startByLiteral.get(key);
            if (some != null) {
                out.or(some);
            }
        }
        return out;
    }

    /** The tagger for a language code (ar, ru, en; others get the common rules), loaded once. */
    public static TimeTagger forLanguage(String lang) {
        String key = lang != null && LanguagePack.SUPPORTED.contains(lang) ? lang : "common";
        return TAGGERS.computeIfAbsent(key,
                k -> new TimeTagger(LanguagePack.of(lang), TimeGrammar.load(k.equals("common") ? null : k)));
    }

    /**
     * Time expressions of one sentence, in text order, with original offsets, {@code id} null.
     *
     * @param articleText the article's original text, which the sentence's spans point into
     * @param anchor      the article's date, or null when unknown
     */
    public List<TimeExpression> tag(Sentence sentence, String articleText, LocalDate anchor) {
        return tag(sentence, articleText, anchor, new Discourse(), false);
    }

    /**
     * Time expressions of an article's sentences, in text order. Unlike sentence by sentence, a
     * one-year offset ("a year earlier", "from a year ago") after a quarter has been named compares
     * with that quarter, as company results do: 2019-Q3 after "the third quarter" of 2020; and
     * "that day", "the following year" count from the date the text named last.
     */
    public List<TimeExpression> tagAll(List<Sentence> sentences, String articleText, LocalDate anchor) {
        return tagAll(sentences, articleText, anchor, false);
    }

    /**
     * As {@link #tagAll(List, String, LocalDate)}, but a range of dates comes as its two ends, each
     * with its own extent and value, as TimeML writes it: from [1991] to [1997].
     */
    public List<TimeExpression> tagAllWithRangeEnds(List<Sentence> sentences, String articleText, LocalDate anchor) {
        return tagAll(sentences, articleText, anchor, true);
    }

    private List<TimeExpression> tagAll(List<Sentence> sentences, String articleText, LocalDate anchor, boolean ends) {
        Discourse discourse = new Discourse();
        List<TimeExpression> out = new ArrayList<>();
        for (Sentence s : sentences) {
            out.addAll(tag(s, articleText, anchor, discourse, ends));
        }
        return out;
    }

    /** What the text has named so far: the last quarter and the last date (TIMEX3 values), or null. */
    private static final class Discourse {
        String quarter;
        String date;

        /** Remembers a value the text named: a date or time (not a range, a reference or a duration). */
        void named(Resolver.TimeValue v) {
            String value = v.value();
            if ((v.type() == TimeExpression.Type.DATE || v.type() == TimeExpression.Type.TIME)
                    && value.length() >= 4 && Character.isDigit(value.charAt(0)) && Character.isDigit(value.charAt(3))
                    && value.indexOf('/') < 0) {
                date = value;
            }
        }
    }

    /**
     * @param discourse what the text named before the sentence, updated
     * @param ends      whether a range of dates comes as its two ends
     */
    private List<TimeExpression> tag(Sentence sentence, String articleText, LocalDate anchor, Discourse discourse,
            boolean ends) {
        Lattice lattice = new Lattice(sentence.tokens(), grammar);
        List<Lattice.Edge> cues = tenseCues(lattice);
        boolean[] blocked = blocked(lattice, grammar.blocks());
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < lattice.size(); i++) {
            BitSet starting = startingAt(lattice, i);
            for (int r = starting.nextSetBit(0); r >= 0; r = starting.nextSetBit(r + 1)) {
                Rule rule = rules.get(r);
                for (Match m : Match.find(rule, lattice, i)) {
                    if (!m.anchored() || covers(blocked, m)) {
                        continue;
                    }
                    Tense tense = tense(cues, m);
                    Resolver.TimeValue v = resolver.resolve(m.pieces(), anchor, tense);
                    if (v != null) {
                        found.add(new Found(m, v, tense));
                    }
                }
            }
        }
        // Longest extent first; among equals the earlier rule, then the earlier position.
        found.sort(Comparator.comparingInt((Found f) -> f.match.start() - f.match.end())
                .thenComparingInt(f -> f.match.rule().priority())
                .thenComparingInt(f -> f.match.start()));
        boolean[] taken = new boolean[lattice.size()];
        List<Found> chosen = new ArrayList<>();
        for (Found f : found) {
            if (!covers(taken, f.match)) {
                mark(taken, f.match.start(), f.match.end());
                chosen.add(f);
            }
        }
        chosen.sort(Comparator.comparingInt(f -> f.match.start()));
        List<TimeExpression> out = new ArrayList<>();
        for (Found f : chosen) {
            Resolver.TimeValue v = f.value;
            Resolver.TimeValue compared = discourse.quarter == null ? null
                    : resolver.offsetFrom(f.match.pieces(), discourse.quarter);
            Resolver.TimeValue anaphoric = resolver.fromDiscourse(f.match.pieces(), anchor, f.tense, discourse.date);
            if (compared != null) {
                v = compared;
            } else if (anaphoric != null) {
                v = anaphoric;
            } else if (Periods.isYearPart(v.value())) {
                discourse.quarter = v.value(); // only a quarter named in the text, not one compared with it
            }
            discourse.named(v);
            int split = Resolver.rangeSplit(f.match.pieces());
            if (ends && split > 0 && v.type() != TimeExpression.Type.DURATION && v.value().indexOf('/') > 0) {
                List<Piece> pieces = f.match.pieces();
                String[] values = v.value().split("/", 2);
                out.add(expression(lattice, new Match(f.match.rule(), pieces.subList(0, split)), articleText,
                        v.type(), values[0]));
                out.add(expression(lattice, new Match(f.match.rule(), pieces.subList(split + 1, pieces.size())),
                        articleText, v.type(), values[1]));
            } else {
                out.add(expression(lattice, f.match, articleText, v.type(), v.value()));
            }
        }
        return out;
    }

    private TimeExpression expression(Lattice lattice, Match m, String text, TimeExpression.Type type, String value) {
        Span span = span(lattice, m, text);
        return new TimeExpression(null, type, span, span.of(text), value);
    }

    private record Found(Match match, Resolver.TimeValue value, Tense tense) {
    }

    /**
     * Tokens inside a BLOCK phrase (الأمين العام, Arab Spring) or a block pattern's match
     * (الساعة 11) can't be part of a time expression.
     */
    private static boolean[] blocked(Lattice lattice, List<Rule> blocks) {
        boolean[] blocked = new boolean[lattice.size()];
        for (int i = 0; i < lattice.size(); i++) {
            for (Lattice.Edge e : lattice.edgesAt(i)) {
                if (e.category().equals(Category.BLOCK.name())) {
                    mark(blocked, e.start(), e.end());
                }
            }
            for (Rule block : blocks) {
                for (Match m : Match.find(block, lattice, i)) {
                    mark(blocked, m.start(), m.end());
                }
            }
        }
        return blocked;
    }

    private static void mark(boolean[] marks, int from, int to) {
        for (int k = from; k < to; k++) {
            marks[k] = true;
        }
    }

    private static boolean covers(boolean[] marks, Match m) {
        for (int k = m.start(); k < m.end(); k++) {
            if (marks[k]) {
                return true;
            }
        }
        return false;
    }

    /** The sentence's tense cues (FUTURE and PAST edges), gathered once for all its matches. */
    private static List<Lattice.Edge> tenseCues(Lattice lattice) {
        List<Lattice.Edge> cues = new ArrayList<>();
        for (int j = 0; j < lattice.size(); j++) {
            for (Lattice.Edge e : lattice.edgesAt(j)) {
                if (e.category().equals(Category.FUTURE.name()) || e.category().equals(Category.PAST.name())) {
                    cues.add(e);
                }
            }
        }
        return cues;
    }

    /**
     * The tense cue nearest before the expression, else the nearest after it. Of cues ending at
     * the same token the longest wins, so "должны были" (was due to) outweighs its "были" (was).
     */
    private static Tense tense(List<Lattice.Edge> cues, Match m) {
        Lattice.Edge before = null;
        Lattice.Edge after = null;
        for (Lattice.Edge e : cues) {
            if (e.end() <= m.start() && (before == null || e.end() > before.end()
                    || e.end() == before.end() && e.start() < before.start())) {
                before = e;
            }
            if (e.start() >= m.end() && (after == null || e.start() < after.start()
                    || e.start() == after.start() && e.end() > after.end())) {
                after = e;
            }
        }
        Lattice.Edge cue = before != null ? before : after;
        if (cue == null) {
            return Tense.NONE;
        }
        return cue.category().equals(Category.FUTURE.name()) ? Tense.FUTURE : Tense.PAST;
    }

    /**
     * Original offsets of a match: clitics before the article are left out at the start
     * (والخريف → الخريف), and characters normalisation deletes (the tatweel of هـ) are kept at the end.
     */
    private Span span(Lattice lattice, Match m, String text) {
        Token first = lattice.token(m.start());
        int start = first.span().start();
        int drop = m.drop();
        if (drop > 0) {
            NormalisedText norm = pack.normaliser().normalise(text, first.span().start(), first.span().end());
            if (drop < norm.length()) {
                start = norm.toOriginal(drop, drop + 1).start();
            }
        }
        int end = lattice.token(m.end() - 1).span().end();
        while (end < text.length() && !Character.isWhitespace(text.codePointAt(end))) {
            int next = end + Character.charCount(text.codePointAt(end));
            if (pack.normaliser().normalise(text, end, next).length() > 0) {
                break;
            }
            end = next;
        }
        return new Span(start, end);
    }
}
