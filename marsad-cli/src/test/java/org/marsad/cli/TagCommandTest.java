package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.marsad.actors.ActorDictionary;
import org.marsad.ner.NameTagger;
import org.marsad.ner.PerceptronTrainer;
import org.marsad.ner.TaggedSentence;
import org.marsad.text.LanguagePack;

/** {@code marsad tag} keeps every input line as it was and adds exactly one tag column. */
class TagCommandTest {
    private static NameTagger tagger() {
        List<TaggedSentence> data = List.of(
                new TaggedSentence(List.of("Lena", "Vard", "visited", "Kessik", "."), List.of("B-PER", "I-PER", "O", "B-LOC", "O")),
                new TaggedSentence(List.of("Omar", "Tull", "left", "Brisk", "."), List.of("B-PER", "I-PER", "O", "B-LOC", "O")));
        return new NameTagger(new PerceptronTrainer(LanguagePack.of("en"), ActorDictionary.bundled(),
                new PerceptronTrainer.Options(3, 1, 0f, 1L)).train(List.of(data), line -> { }), ActorDictionary.bundled());
    }

    @Test
    void repeatsEachLineAndAppendsOneTag() throws IOException {
        String in = "-DOCSTART- -X- O O\n\nLena NNP B-NP B-PER\nVard\r\nvisited\tVBD\nNew-York\n.\n   \n\u200E\nBrisk";
        StringWriter out = new StringWriter();
        TagCommand.tag(tagger(), new StringReader(in), out);
        String[] inLines = in.split("\n", -1);
        String[] outLines = out.toString().split("\n", -1);
        assertEquals(inLines.length, outLines.length, out.toString());
        Set<String> tags = Set.of("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC");
        for (int i = 0; i < inLines.length; i++) {
            String line = inLines[i];
            String cr = line.endsWith("\r") ? "\r" : "";
            String content = line.substring(0, line.length() - cr.length());
            if (content.isBlank() || content.startsWith("-DOCSTART-")) {
                assertEquals(line, outLines[i]);
            } else {
                assertTrue(outLines[i].startsWith(content + "\t"), outLines[i]);
                assertTrue(outLines[i].endsWith(cr));
                String tag = outLines[i].substring(content.length() + 1, outLines[i].length() - cr.length());
                assertTrue(tags.contains(tag), tag);
            }
        }
    }
}
