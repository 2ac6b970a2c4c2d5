package org.marsad.ner;

import java.util.ArrayList;
import java.util.List;

import org.marsad.model.Analysis;
import org.marsad.model.Span;
import org.marsad.model.Token;
import org.marsad.text.LanguagePack;
import org.marsad.text.Segmenter;

/**
 * Words that come already split (a CoNLL column) as the tokens Marsad's segmenter makes of them,
 * so that the tagger sees the same tokens in a corpus as in an article: Нью-Йорк is Нью, - and
 * Йорк either way. Tags go from words to tokens for training and back from tokens to words for
 * output, so that the caller's words are never split, merged or dropped.
 */
final class WordTokens {
    final List<Token> tokens;
    /** The word each token comes from. */
    final int[] word;
    private final int words;

    private WordTokens(List<Token> tokens, int[] word, int words) {
        this.tokens = tokens;
        this.word = word;
        this.words = words;
    }

    static WordTokens of(List<String> words, LanguagePack pack) {
        Segmenter segmenter = new Segmenter(pack);
        List<Token> tokens = new ArrayList<>(words.size() + words.size() / 4);
        List<Integer> owners = new ArrayList<>(words.size() + words.size() / 4);
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            List<Token> pieces = segmenter.tokens(w, 0, w.length());
            if (pieces.isEmpty()) {
                // nothing but invisible marks or spaces: one empty punctuation token keeps the word's place
                pieces = List.of(new Token(w, "", new Span(0, w.length()), Token.Kind.PUNCT, List.of(Analysis.whole(""))));
            }
            for (Token t : pieces) {
                tokens.add(t);
                owners.add(i);
            }
        }
        int[] word = new int[owners.size()];
        for (int k = 0; k < word.length; k++) {
            word[k] = owners.get(k);
        }
        return new WordTokens(tokens, word, words.size());
    }

    /** The words' tags spread over their tokens: a word's B-X begins its first token, the others go on. */
    List<String> toTokens(List<String> wordTags) {
        List<String> out = new ArrayList<>(tokens.size());
        for (int k = 0; k < tokens.size(); k++) {
            String tag = wordTags.get(word[k]);
            boolean first = k == 0 || word[k - 1] != word[k];
            out.add(!first && tag.startsWith("B-") ? "I-" + tag.substring(2) : tag);
        }
        return out;
    }

    /**
     * The tokens' names as tags of whole words: a name covers every word it touches; where two
     * names would share a word the first keeps it.
     */
    List<String> toWords(List<String> tokenTags) {
        List<Chunk> chunks = new ArrayList<>();
        int taken = 0;
        for (Chunk c : Chunk.of(tokenTags)) {
            int start = Math.max(word[c.start()], taken);
            int end = word[c.end() - 1] + 1;
            if (start < end) {
                chunks.add(new Chunk(start, end, c.type()));
                taken = end;
            }
        }
        return Chunk.tags(words, chunks);
    }
}
