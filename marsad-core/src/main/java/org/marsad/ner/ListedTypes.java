package org.marsad.ner;

import java.util.ArrayList;
import java.util.List;

import org.marsad.actors.ActorDictionary;
import org.marsad.ner.corpus.TaggedDocument;
import org.marsad.text.LanguagePack;

/**
 * Gives a corpus's names the contract's types where the actor dictionary lists them: states,
 * cities and regions are LOC (re3d calls a state acting as a government an organisation, "Russia"
 * Organisation, as CoNLL news, ANERcorp and factRuEval do not). Only a name whose extent is
 * exactly a listed name changes, and only its type.
 */
public final class ListedTypes {
    private ListedTypes() {
    }

    public static List<TaggedDocument> clean(List<TaggedDocument> docs, String lang, ActorDictionary dictionary) {
        LanguagePack pack = LanguagePack.of(lang);
        List<TaggedDocument> out = new ArrayList<>(docs.size());
        for (TaggedDocument d : docs) {
            List<TaggedSentence> sentences = new ArrayList<>(d.sentences().size());
            for (TaggedSentence s : d.sentences()) {
                WordTokens w = WordTokens.of(s.words(), pack);
                List<String> tags = new ArrayList<>(w.toTokens(s.tags()));
                for (ActorDictionary.Match m : dictionary.match(w.tokens)) {
                    if (DictionaryNames.isChunk(tags, m.start(), m.end())) {
                        new Chunk(m.start(), m.end(), m.entities().get(0).type().name()).writeTo(tags);
                    }
                }
                sentences.add(new TaggedSentence(s.words(), w.toWords(tags)));
            }
            out.add(new TaggedDocument(d.name(), sentences));
        }
        return out;
    }
}
