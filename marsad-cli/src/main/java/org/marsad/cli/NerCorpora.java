package org.marsad.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.marsad.ner.TaggedSentence;
import org.marsad.ner.corpus.Clitics;
import org.marsad.ner.corpus.CorpusFormat;
import org.marsad.ner.corpus.TaggedDocument;
import org.marsad.ner.corpus.TypeMap;
import org.marsad.text.LanguagePack;

/** Named-entity corpora as the train and eval commands read them. */
final class NerCorpora {
    private NerCorpora() {
    }

    /** The documents at the paths, saying on standard error which of their types the type table lacks. */
    static List<TaggedDocument> read(CorpusFormat format, String lang, List<Path> paths) {
        TypeMap types = TypeMap.bundled(format.key());
        LanguagePack pack = LanguagePack.of(lang);
        List<TaggedDocument> docs = new ArrayList<>();
        for (Path p : paths) {
            docs.addAll(format.read(p, types, pack));
        }
        if (!types.unknown().isEmpty()) {
            System.err.println("marsad: note: types not in ner/types.tsv for " + format.key() + ", left out: "
                    + String.join(", ", types.unknown()));
        }
        return docs;
    }

    /** The documents' sentences with split-off clitics written back onto their words. */
    static List<List<TaggedSentence>> attached(List<List<TaggedSentence>> documents, String lang) {
        LanguagePack pack = LanguagePack.of(lang);
        List<List<TaggedSentence>> out = new ArrayList<>(documents.size());
        for (List<TaggedSentence> sentences : documents) {
            List<TaggedSentence> joined = new ArrayList<>(sentences.size());
            for (TaggedSentence s : sentences) {
                joined.add(Clitics.attach(s, pack));
            }
            out.add(joined);
        }
        return out;
    }

    static int tokens(List<List<TaggedSentence>> documents) {
        int n = 0;
        for (List<TaggedSentence> sentences : documents) {
            for (TaggedSentence s : sentences) {
                n += s.size();
            }
        }
        return n;
    }

    static int sentences(List<List<TaggedSentence>> documents) {
        int n = 0;
        for (List<TaggedSentence> sentences : documents) {
            n += sentences.size();
        }
        return n;
    }
}
