package org.marsad.ner.corpus;

import java.util.ArrayList;
import java.util.List;

import org.marsad.ner.TaggedSentence;
import org.marsad.text.LanguagePack;

/**
 * Writes clitics that a corpus split off as words of their own back onto the next word, as news
 * text has them (NewsFANE's و المانيا → والمانيا). Which words are such clitics the language
 * pack's morphology says ({@code clitic} rows of the affix table); in a language without them the
 * sentence stays as it is. A model trained on both forms reads either.
 */
public final class Clitics {
    private Clitics() {
    }

    public static TaggedSentence attach(TaggedSentence s, LanguagePack pack) {
        List<String> words = new ArrayList<>(s.size());
        List<String> tags = new ArrayList<>(s.size());
        for (int i = 0; i < s.size(); i++) {
            String w = s.words().get(i);
            String norm = pack.normaliser().normalise(w, 0, w.length()).text();
            boolean clitic = !norm.isEmpty() && pack.morphology().detachable(norm).equals(norm);
            if (clitic && i + 1 < s.size() && Character.isLetter(s.words().get(i + 1).codePointAt(0))) {
                String tag = s.tags().get(i);
                words.add(w + s.words().get(i + 1));
                tags.add(tag.equals("O") ? s.tags().get(i + 1) : tag);
                i++;
            } else {
                words.add(w);
                tags.add(s.tags().get(i));
            }
        }
        return new TaggedSentence(words, tags);
    }
}
