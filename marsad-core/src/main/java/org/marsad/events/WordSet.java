package org.marsad.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.marsad.model.Analysis;
import org.marsad.model.Token;
import org.marsad.text.LanguagePack;

/**
 * Alternatives of one or more words ({@code a|b c}), written naturally in a data file and kept
 * normalised and lower-cased, matched against a token's readings so clitics don't get in the way.
 */
final class WordSet {
    private final List<List<String>> phrases;
    /** Prefixes a matching reading may have taken off, or null for any reading. */
    private final Set<String> prefixes;

    private WordSet(List<List<String>> phrases, Set<String> prefixes) {
        this.phrases = List.copyOf(phrases);
        this.prefixes = prefixes == null ? null : Set.copyOf(prefixes);
    }

    static WordSet parse(String field, LanguagePack pack, Inflections inflections) {
        return parse(field, pack, inflections, null);
    }

    /**
     * {@code a|b c|d}: alternatives separated by |, each one or more words (joined by spaces, or by _
     * inside a trigger pattern, where spaces separate elements); + marks an inflected verb.
     */
    /**
     * As {@link #parse(String, LanguagePack, Inflections)}, but matching only whole words or words
     * with one of {@code prefixes} (conjunctions) taken off: short function words such as أن would
     * otherwise match any word a clitic reading leaves them in.
     */
    static WordSet parse(String field, LanguagePack pack, Inflections inflections, Set<String> prefixes) {
        List<List<String>> phrases = new ArrayList<>();
        for (String alt : field.split("\\|")) {
            String a = alt.strip().replace('_', ' ');
            if (a.isEmpty()) {
                continue;
            }
            boolean inflect = a.endsWith("+");
            String words = inflect ? a.substring(0, a.length() - 1) : a;
            List<String> norm = new ArrayList<>();
            for (Token t : new org.marsad.text.Segmenter(pack).tokens(words, 0, words.length())) {
                norm.add(t.analyses().get(0).lemma());
            }
            if (norm.isEmpty()) {
                continue;
            }
            if (inflect) {
                String last = norm.get(norm.size() - 1);
                for (String form : inflections.verbForms(last)) {
                    List<String> p = new ArrayList<>(norm.subList(0, norm.size() - 1));
                    p.add(form);
                    phrases.add(p);
                }
            } else {
                phrases.add(norm);
            }
        }
        return new WordSet(phrases, prefixes);
    }

    /** Length in tokens of the longest alternative matching at token i, or 0. */
    int matchAt(List<Token> tokens, int i) {
        int best = 0;
        for (List<String> p : phrases) {
            if (p.size() > best && i + p.size() <= tokens.size() && matches(p, tokens, i)) {
                best = p.size();
            }
        }
        return best;
    }

    /** What the longest alternative matching at token i took off the front of that token ("" if none). */
    String prefixAt(List<Token> tokens, int i) {
        int best = 0;
        String prefix = "";
        for (List<String> p : phrases) {
            if (p.size() > best && i + p.size() <= tokens.size() && matches(p, tokens, i)) {
                best = p.size();
                prefix = tokens.get(i).analyses().stream().filter(a -> accepts(a, p.get(0)))
                        .map(Analysis::prefix).findFirst().orElse("");
            }
        }
        return prefix;
    }

    /** The single-word forms, for indexing. */
    Set<String> firstWords() {
        Set<String> out = new HashSet<>();
        for (List<String> p : phrases) {
            out.add(p.get(0));
        }
        return out;
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

    private boolean accepts(Analysis a, String word) {
        if (!a.lemma().equals(word)) {
            return false;
        }
        return prefixes == null || (a.suffix().isEmpty() && (a.prefix().isEmpty() || prefixes.contains(a.prefix())));
    }
}
