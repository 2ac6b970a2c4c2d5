package org.marsad.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.marsad.model.Analysis;
import org.marsad.model.Token;

/**
 * Alternatives of one or more words ({@code a|b c}), written naturally in a data file and kept
 * normalised and lower-cased, matched against a token's readings so clitics don't get in the way.
 */
public final class WordSet {
    /** One alternative: its words, and whether its verb form carries its own subject. */
    private record Phrase(List<String> words, boolean subject, boolean masculine) {
    }

    private final List<Phrase> phrases;
    /** Phrases by their first word, so that matching looks up a token's readings instead of looping. */
    private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();
    /** Phrases whose first word is a wildcard are tried one by one. */
    private final List<Phrase> wildcardFirst = new ArrayList<>();
    /** Prefixes a matching reading may have taken off, or null for any reading. */
    private final Set<String> prefixes;

    private WordSet(List<Phrase> phrases, Set<String> prefixes) {
        this.phrases = List.copyOf(phrases);
        this.prefixes = prefixes == null ? null : Set.copyOf(prefixes);
        for (Phrase p : this.phrases) {
            String first = p.words().get(0);
            if (first.endsWith("*")) {
                wildcardFirst.add(p);
            } else {
                byFirstWord.computeIfAbsent(first, k -> new ArrayList<>()).add(p);
            }
        }
    }

    /**
     * {@code a|b c|d}: alternatives separated by |, each one or more words (joined by spaces, or by _
     * inside a trigger pattern, where spaces separate elements); + marks an inflected verb.
     */
    public static WordSet parse(String field, LanguagePack pack, Inflections inflections) {
        return parse(field, pack, inflections, null);
    }

    /**
     * As {@link #parse(String, LanguagePack, Inflections)}, but matching only whole words or words
     * with one of {@code prefixes} (conjunctions) taken off: short function words such as أن would
     * otherwise match any word a clitic reading leaves them in.
     */
    public static WordSet parse(String field, LanguagePack pack, Inflections inflections, Set<String> prefixes) {
        List<Phrase> phrases = new ArrayList<>();
        for (String alt : field.split("\\|")) {
            String a = alt.strip().replace('_', ' ');
            if (a.isEmpty()) {
                continue;
            }
            boolean inflect = a.endsWith("+");
            String words = inflect ? a.substring(0, a.length() - 1) : a;
            List<String> norm = new ArrayList<>();
            int lastEnd = -1;
            for (Token t : new Segmenter(pack).tokens(words, 0, words.length())) {
                if (t.norm().equals("*") && t.span().start() == lastEnd && !norm.isEmpty()) {
                    // the tokeniser splits a wildcard off its word (ي*): put it back
                    norm.set(norm.size() - 1, norm.get(norm.size() - 1) + "*");
                } else {
                    norm.add(t.analyses().get(0).lemma());
                }
                lastEnd = t.span().end();
            }
            if (norm.isEmpty()) {
                continue;
            }
            if (inflect) {
                String last = norm.get(norm.size() - 1);
                for (Inflections.Form form : inflections.verbForms(last)) {
                    List<String> p = new ArrayList<>(norm.subList(0, norm.size() - 1));
                    p.add(form.word());
                    phrases.add(new Phrase(p, form.subject(), form.masculine()));
                }
            } else {
                phrases.add(new Phrase(norm, false, false));
            }
        }
        return new WordSet(phrases, prefixes);
    }

    /** Length in tokens of the longest alternative matching at token i, or 0. */
    public int matchAt(List<Token> tokens, int i) {
        Phrase p = longestAt(tokens, i);
        return p == null ? 0 : p.words().size();
    }

    /** True when the longest alternative matching at token i is a masculine verb form (دعا). */
    public boolean masculineAt(List<Token> tokens, int i) {
        Phrase p = longestAt(tokens, i);
        return p != null && p.masculine();
    }

    /** True when the longest alternative matching at token i is a verb form carrying its own subject. */
    public boolean subjectAt(List<Token> tokens, int i) {
        Phrase p = longestAt(tokens, i);
        return p != null && p.subject();
    }

    /** What the longest alternative matching at token i took off the front of that token ("" if none). */
    public String prefixAt(List<Token> tokens, int i) {
        Phrase p = longestAt(tokens, i);
        if (p == null) {
            return "";
        }
        for (Analysis a : tokens.get(i).analyses()) {
            if (accepts(a, p.words().get(0))) {
                return a.prefix();
            }
        }
        return "";
    }

    /** The single-word forms, for indexing. */
    public Set<String> firstWords() {
        Set<String> out = new HashSet<>();
        for (Phrase p : phrases) {
            out.add(p.words().get(0));
        }
        return out;
    }

    private Phrase longestAt(List<Token> tokens, int i) {
        Phrase best = null;
        for (Analysis a : tokens.get(i).analyses()) {
            for (Phrase p : byFirstWord.getOrDefault(a.lemma(), List.of())) {
                best = longer(best, p, tokens, i);
            }
        }
        for (Phrase p : wildcardFirst) {
            best = longer(best, p, tokens, i);
        }
        return best;
    }

    private Phrase longer(Phrase best, Phrase p, List<Token> tokens, int i) {
        int size = p.words().size();
        boolean fits = (best == null || size > best.words().size()) && i + size <= tokens.size();
        return fits && matches(p.words(), tokens, i) ? p : best;
    }

    private boolean matches(List<String> phrase, List<Token> tokens, int i) {
        for (int k = 0; k < phrase.size(); k++) {
            boolean found = false;
            for (Analysis a : tokens.get(i + k).analyses()) {
                if (accepts(a, phrase.get(k))) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /** A word ending in * matches any reading that starts with it (قد ي*: قد before a present verb). */
    private boolean accepts(Analysis a, String word) {
        boolean wildcard = word.endsWith("*");
        if (wildcard ? !a.lemma().startsWith(word.substring(0, word.length() - 1)) : !a.lemma().equals(word)) {
            return false;
        }
        return prefixes == null || (a.suffix().isEmpty() && (a.prefix().isEmpty() || prefixes.contains(a.prefix())));
    }
}
