package org.marsad.time;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.marsad.model.Analysis;
import org.marsad.model.Token;

/**
 * The time words of one sentence: for every token the keys it can be matched by, and every
 * lexicon entry or number reading (an {@link Edge}) that starts at it. Rules are matched over
 * these edges, so each token is looked up in the lexicon once.
 */
final class Lattice {
    /**
     * A category reading of tokens [start, end). {@code drop} is how many normalised chars of
     * the first token are clitics to leave out of an extent (و in والخريف).
     */
    record Edge(String category, String value, int start, int end, boolean weak, int drop) {
    }

    private final List<Token> tokens;
    private final TimeGrammar grammar;
    private final List<Map<String, Integer>> keys;
    private final List<Set<String>> lemmas;
    private final List<List<Edge>> edges;

    Lattice(List<Token> tokens, TimeGrammar grammar) {
        this.tokens = tokens;
        this.grammar = grammar;
        this.keys = new ArrayList<>(tokens.size());
        this.lemmas = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            keys.add(keys(t, grammar.article()));
            lemmas.add(lemmas(t));
        }
        this.edges = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            List<Edge> here = new ArrayList<>();
            lexicon(i, grammar, here);
            numbers(i, here);
            edges.add(here);
        }
        for (int i = 0; i < tokens.size(); i++) {
            joinedMonths(i);
            clock(i);
        }
    }

    int size() {
        return tokens.size();
    }

    Token token(int i) {
        return tokens.get(i);
    }

    List<Edge> edgesAt(int i) {
        return edges.get(i);
    }

    /** The keys token i can be matched by. */
    Set<String> keysAt(int i) {
        return keys.get(i).keySet();
    }

    /** The clitics to drop when token i is matched by this key, or null when the key doesn't match. */
    Integer drop(int i, String key) {
        return keys.get(i).get(key);
    }

    /**
     * Keys of a token with the clitics each leaves out: the whole word, and for every reading
     * that only took prefixes away, the bare stem and the stem with the article. The article
     * itself stays in the extent (الخريف), other proclitics (و ب ل ف ك) do not.
     */
    private static Map<String, Integer> keys(Token t, String article) {
        Map<String, Integer> keys = new HashMap<>();
        keys.put(t.norm().toLowerCase(Locale.ROOT), 0);
        if (t.kind() != Token.Kind.WORD) {
            return keys;
        }
        for (Analysis a : t.analyses()) {
            if (a.prefix().isEmpty() || !a.suffix().isEmpty()) {
                continue;
            }
            boolean withArticle = article != null && a.prefix().endsWith(article);
            int drop = withArticle ? a.prefix().length() - article.length() : a.prefix().length();
            keys.merge(a.lemma(), drop, Math::min);
            if (withArticle) {
                keys.merge(article + a.lemma(), drop, Math::min);
            }
        }
        return keys;
    }

    /**
     * Lemmas a morphological dictionary gives for a word (Russian: ноябре → ноябрь), other than the
     * word itself: readings past the first that took nothing off the word.
     */
    private static Set<String> lemmas(Token t) {
        if (t.kind() != Token.Kind.WORD || t.analyses().size() < 2) {
            return Set.of();
        }
        Set<String> out = null;
        for (Analysis a : t.analyses().subList(1, t.analyses().size())) {
            if (a.prefix().isEmpty() && a.suffix().isEmpty()) {
                if (out == null) {
                    out = new HashSet<>(4);
                }
                out.add(a.lemma());
            }
        }
        return out == null ? Set.of() : out;
    }

    /**
     * Lexicon entries starting at token i; one edge per reading, with the fewest clitics dropped.
     * Forms the word itself matches come first; only for a word no form names do its dictionary
     * lemmas (a form written as the lemma matches every inflection), then word endings and tag
     * patterns (*ed, @VB:Fut.*) speak.
     */
    private void lexicon(int i, TimeGrammar grammar, List<Edge> out) {
        Map<String, Edge> found = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> key : keys.get(i).entrySet()) {
            for (TimeGrammar.Entry e : grammar.entries(key.getKey())) {
                add(found, e, i, key.getValue());
            }
        }
        for (TimeGrammar.Entry e : grammar.exactEntries(tokens.get(i).norm())) {
            add(found, e, i, 0);
        }
        if (found.isEmpty()) {
            for (String lemma : lemmas.get(i)) {
                for (TimeGrammar.Entry e : grammar.entries(lemma)) {
                    add(found, e, i, 0);
                }
            }
        }
        if (found.isEmpty()) {
            for (TimeGrammar.Entry e : grammar.patternEntries()) {
                if (matchesPattern(tokens.get(i), e.tokens().get(0))) {
                    add(found, e, i, 0);
                }
            }
        }
        out.addAll(found.values());
    }

    /** True when a token matches a pattern token of a form: a word ending or a tag pattern. */
    private boolean matchesPattern(Token t, String formToken) {
        if (formToken.startsWith(TimeGrammar.SUFFIX)) {
            return endsWith(t, formToken);
        }
        for (Analysis a : t.analyses()) {
            if (grammar.tagMatches(formToken, a.tags())) {
                return true;
            }
        }
        return false;
    }

    /** Shortest stem a word ending leaves: "need" does not end in *ed, "agreed" does. */
    private static final int MIN_STEM = 3;

    /** True when the token is a word written in lower case that ends with the form's ending ({@code *ed}). */
    private static boolean endsWith(Token t, String suffixForm) {
        String ending = suffixForm.substring(TimeGrammar.SUFFIX.length());
        String w = t.norm();
        return t.kind() == Token.Kind.WORD && w.length() >= ending.length() + MIN_STEM && w.endsWith(ending)
                && w.equals(w.toLowerCase(Locale.ROOT));
    }

    private void add(Map<String, Edge> found, TimeGrammar.Entry e, int i, int drop) {
        int end = matchRest(e, i);
        if (end < 0) {
            return;
        }
        Edge edge = new Edge(e.category(), e.value(), i, end, e.weak(), drop);
        found.merge(e.category() + '\t' + e.value() + '\t' + end + '\t' + e.weak(), edge,
                (a, b) -> a.drop() <= b.drop() ? a : b);
    }

    /** End of entry e matched from token i (its first token already matched), or -1. */
    private int matchRest(TimeGrammar.Entry e, int i) {
        List<String> forms = e.tokens();
        if (i + forms.size() > tokens.size()) {
            return -1;
        }
        for (int k = 1; k < forms.size(); k++) {
            String f = forms.get(k);
            boolean ok = TimeGrammar.isPattern(f) ? matchesPattern(tokens.get(i + k), f)
                    : e.caseSensitive()
                    ? tokens.get(i + k).norm().equals(f) || tokens.get(i + k).norm().equals(f.toUpperCase(Locale.ROOT))
                    : keys.get(i + k).containsKey(f) || lemmas.get(i + k).contains(f);
            if (!ok) {
                return -1;
            }
        }
        return i + forms.size();
    }

    /** Readings of a plain number: day, month number, year, count, or a dotted day.month.year. */
    private void numbers(int i, List<Edge> out) {
        Token t = tokens.get(i);
        if (t.kind() != Token.Kind.NUMBER) {
            return;
        }
        String s = t.norm();
        if (allDigits(s)) {
            int n = s.length() <= 4 ? Integer.parseInt(s) : -1;
            if (s.length() <= 2 && n >= 1 && n <= 31) {
                out.add(new Edge("DAY", Integer.toString(n), i, i + 1, false, 0));
            }
            if (s.length() <= 2 && n >= 1 && n <= 12) {
                out.add(new Edge("MONTHNUM", Integer.toString(n), i, i + 1, false, 0));
            }
            if (s.length() == 4 && n >= 1000 && n <= 2999) {
                out.add(new Edge("YEAR", Integer.toString(n), i, i + 1, false, 0));
            }
            if (s.length() <= 3) {
                out.add(new Edge("NUM", Integer.toString(n), i, i + 1, false, 0));
            }
            return;
        }
        String[] parts = s.split("\\.", -1);
        if (parts.length == 3 && parts[0].length() <= 2 && parts[1].length() <= 2 && parts[2].length() == 4
                && allDigits(parts[0]) && allDigits(parts[1]) && allDigits(parts[2])) {
            String value = Integer.parseInt(parts[2]) + "-" + Integer.parseInt(parts[1]) + "-" + Integer.parseInt(parts[0]);
            out.add(new Edge("NUMDATE", value, i, i + 1, false, 0));
        }
    }

    /**
     * A month named twice, in two naming styles: تموز/ يوليو, حزيران (يونيو). The JOIN
     * category lists the joiners; its value is the token that must close the second name, or -.
     */
    private void joinedMonths(int i) {
        List<Edge> add = new ArrayList<>();
        for (Edge first : edges.get(i)) {
            if (!first.category().equals("MONTH") || first.end() >= tokens.size()) {
                continue;
            }
            for (Edge join : edges.get(first.end())) {
                if (!join.category().equals("JOIN") || join.end() >= tokens.size()) {
                    continue;
                }
                for (Edge second : edges.get(join.end())) {
                    if (!second.category().equals("MONTH") || !second.value().equals(first.value())) {
                        continue;
                    }
                    int end = second.end();
                    if (!join.value().equals("-")) {
                        if (end >= tokens.size() || drop(end, join.value()) == null) {
                            continue;
                        }
                        end++;
                    }
                    add.add(new Edge("MONTH", first.value(), i, end, first.weak() && second.weak(), first.drop()));
                }
            }
        }
        edges.get(i).addAll(add);
    }

    /** A clock time in digits, hours and minutes written together with a colon: 10:35, 9:05. */
    private void clock(int i) {
        if (i + 2 >= tokens.size()) {
            return;
        }
        Token h = tokens.get(i);
        Token colon = tokens.get(i + 1);
        Token m = tokens.get(i + 2);
        if (h.kind() != Token.Kind.NUMBER || !colon.norm().equals(":") || m.kind() != Token.Kind.NUMBER
                || h.span().end() != colon.span().start() || colon.span().end() != m.span().start()
                || !allDigits(h.norm()) || h.norm().length() > 2 || !allDigits(m.norm()) || m.norm().length() != 2) {
            return;
        }
        int hour = Integer.parseInt(h.norm());
        int minute = Integer.parseInt(m.norm());
        if (hour <= 24 && minute <= 59 && (hour < 24 || minute == 0)) {
            edges.get(i).add(new Edge("CLOCK", String.format("%02d:%02d", hour, minute), i, i + 3, false, 0));
        }
    }

    private static boolean allDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) < '0' || s.charAt(k) > '9') {
                return false;
            }
        }
        return true;
    }
}
