package org.marsad.cli;

import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine.Option;

import org.marsad.actors.ActorDictionary;
import org.marsad.data.DataFile;
import org.marsad.ner.ListedTypes;
import org.marsad.ner.corpus.TaggedDocument;
import org.marsad.ner.corpus.CorpusFormat;
import org.marsad.ner.corpus.ProperNames;

/** How `train ner` and `eval ner` read a named-entity corpus: its language, format and clean-up. */
final class NerCorpusOptions {
    @Option(names = "--lang", required = true, paramLabel = "ar|ru|en", description = "Language of the corpora.")
    String lang;

    @Option(names = "--format", required = true, paramLabel = "conll|newsfane|factrueval|brat",
            description = "Format of the corpora.")
    String format;

    @Option(names = "--proper-names", description = "Keep only proper names: trim words without a capital off "
            + "the ends of names and drop names whose words the corpus also writes in lower case (re3d's 'the group', 'We').")
    boolean properNames;

    @Option(names = "--listed-types", description = "Give names the actor dictionary lists exactly the listed type "
            + "(states, cities and regions are LOC, as the contract has them; re3d makes some states organisations).")
    boolean listedTypes;

    /**
     * The corpus's documents, with only proper names when asked, or null after saying on standard
     * error why they can't be read.
     */
    List<TaggedDocument> read(List<Path> paths) {
        try {
            List<TaggedDocument> docs = NerCorpora.read(CorpusFormat.parse(format), lang, paths);
            docs = properNames ? ProperNames.clean(docs) : docs;
            return listedTypes ? ListedTypes.clean(docs, lang, ActorDictionary.bundled()) : docs;
        } catch (IllegalArgumentException | DataFile.DataException e) {
            System.err.println("marsad: " + e.getMessage());
            return null;
        }
    }
}
