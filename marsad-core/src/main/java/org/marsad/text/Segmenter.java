package org.marsad.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.marsad.model.Article;
import org.marsad.model.Section;
import org.marsad.model.Sentence;
import org.marsad.model.Span;
import org.marsad.model.Token;

/**
 * Splits an article's sections into sentences of tokens. Lines are hard breaks; within a line a
 * sentence ends at . ! ? ؟ … (and the quotes or brackets closing after it) unless the word before
 * the full stop is a known abbreviation or a single capital (an initial).
 */
public final class Segmenter {
    private final LanguagePack pack;

    public Segmenter(LanguagePack pack) {
        this.pack = pack;
    }

    public List<Sentence> sentences(Article article) {
        List<Sentence> out = new ArrayList<>();
        String text = article.text();
        for (Section section : article.sections()) {
            if (section.kind() == Section.Kind.CHROME) {
                continue;
            }
            int lineStart = section.span().start();
            int end = section.span().end();
            while (lineStart < end) {
                int lineEnd = text.indexOf('\n', lineStart);
                if (lineEnd < 0 || lineEnd > end) {
                    lineEnd = end;
                }
                splitLine(text, lineStart, lineEnd, section.kind(), out);
                lineStart = lineEnd + 1;
            }
        }
        return out;
    }

    /** Tokens of original text [from, to), without sentence splitting. */
    public List<Token> tokens(String text, int from, int to) {
        NormalisedText norm = pack.normaliser().normalise(text, from, to);
        return tokenise(text, norm);
    }

    private void splitLine(String text, int from, int to, Section.Kind kind, List<Sentence> out) {
        List<Token> tokens = tokens(text, from, to);
        int start = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (!endsSentence(tokens, i)) {
                continue;
            }
            int last = i;
            while (last + 1 < tokens.size() && isCloser(tokens.get(last + 1).norm())) {
                last++;
            }
            add(tokens.subList(start, last + 1), kind, out);
            start = last + 1;
            i = last;
        }
        if (start < tokens.size()) {
            add(tokens.subList(start, tokens.size()), kind, out);
        }
    }

    private static void add(List<Token> tokens, Section.Kind kind, List<Sentence> out) {
        Span span = new Span(tokens.get(0).span().start(), tokens.get(tokens.size() - 1).span().end());
        out.add(new Sentence(out.size(), kind, span, tokens));
    }

    private boolean endsSentence(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.kind() != Token.Kind.PUNCT) {
            return false;
        }
        String p = t.norm();
        if (p.equals("!") || p.equals("?") || p.equals("؟") || p.equals("…")) {
            return true;
        }
        if (!p.equals(".")) {
            return false;
        }
        if (i == 0) {
            return false;
        }
        Token before = tokens.get(i - 1);
        boolean attached = before.span().end() == t.span().start();
        if (attached && before.kind() == Token.Kind.WORD) {
            String w = before.norm();
            if (pack.abbreviations().contains(w.toLowerCase(Locale.ROOT) + ".")) {
                return false;
            }
            if (w.codePointCount(0, w.length()) == 1 && Character.isUpperCase(w.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isCloser(String p) {
        return p.length() == 1 && "\"'»”’)]}".indexOf(p.charAt(0)) >= 0;
    }

    private List<Token> tokenise(String original, NormalisedText norm) {
        String s = norm.text();
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            int cp = s.codePointAt(i);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int j;
            Token.Kind kind;
            if (isWordChar(cp)) {
                j = scan(s, i, true);
                kind = Token.Kind.WORD;
            } else if (Character.isDigit(cp)) {
                j = scanNumber(s, i);
                kind = Token.Kind.NUMBER;
            } else {
                j = i + Character.charCount(cp);
                kind = Token.Kind.PUNCT;
            }
            Span span = norm.toOriginal(i, j);
            String normForm = s.substring(i, j);
            tokens.add(new Token(span.of(original), normForm, span, kind,
                    kind == Token.Kind.WORD ? pack.morphology().analyse(normForm)
                            : List.of(org.marsad.model.Analysis.whole(normForm))));
            i = j;
        }
        return tokens;
    }

    private static boolean isWordChar(int cp) {
        return Character.isLetter(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                || Character.getType(cp) == Character.COMBINING_SPACING_MARK;
    }

    private static int scan(String s, int i, boolean word) {
        int j = i;
        while (j < s.length()) {
            int cp = s.codePointAt(j);
            if (!(word ? isWordChar(cp) : Character.isDigit(cp))) {
                break;
            }
            j += Character.charCount(cp);
        }
        return j;
    }

    /** Digits, with inner separators such as 1,000 and 3.5 kept inside. */
    private static int scanNumber(String s, int i) {
        int j = scan(s, i, false);
        while (j + 1 < s.length() && (s.charAt(j) == '.' || s.charAt(j) == ',' || s.charAt(j) == '٫')
                && Character.isDigit(s.charAt(j + 1))) {
            j = scan(s, j + 1, false);
        }
        return j;
    }
}
