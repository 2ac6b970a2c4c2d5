package org.marsad.cli;

import java.io.IOException;
import java.nio.file.Path;

import org.marsad.actors.ActorDictionary;
import org.marsad.ner.NameModel;
import org.marsad.ner.NameTagger;

/** The name tagger a command asks for: a model file, or the bundled model of a language. */
final class NerModels {
    private NerModels() {
    }

    /** The tagger, or null after saying on standard error why there is none. */
    static NameTagger tagger(String lang, Path file) {
        if (file == null) {
            NameTagger bundled = NameTagger.bundled(lang, ActorDictionary.bundled()).orElse(null);
            if (bundled == null) {
                System.err.println("marsad: no bundled name model for language '" + lang + "' (ar, ru, en)");
            }
            return bundled;
        }
        try {
            NameModel model = NameTagger.load(file);
            if (!model.lang().equals(lang)) {
                System.err.println("marsad: " + file + " is a model for '" + model.lang() + "', not '" + lang + "'");
                return null;
            }
            return new NameTagger(model, ActorDictionary.bundled());
        } catch (IOException e) {
            System.err.println("marsad: " + file + ": " + e.getMessage());
            return null;
        }
    }
}
