package org.marsad.ner.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.marsad.data.DataFile;
import org.marsad.ner.TaggedSentence;
import org.marsad.text.LanguagePack;

/** Each corpus format read from a tiny file written here. */
class CorpusFormatTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static List<TaggedDocument> read(CorpusFormat f, Path p, String lang) {
        return f.read(p, TypeMap.bundled(f.key()), LanguagePack.of(lang));
    }

    @Test
    void conllWithDocumentsIob1AndFineTypes() throws IOException {
        Path p = write("a.conll", "-DOCSTART- O\n\nThe I-ORG\nMad I-ORG\nCapsule I-ORG\nplayed O\nin O\nTokyo I-LOC\n\n"
                + "-DOCSTART- O\n\nIraqi\tB-Organisation\nforces\tI-Organisation\ntook\tO\nthe\tO\nrifle\tB-Weapon\n");
        List<TaggedDocument> docs = read(CorpusFormat.CONLL, p, "en");
        assertEquals(2, docs.size());
        assertEquals(List.of("B-ORG", "I-ORG", "I-ORG", "O", "O", "B-LOC"), docs.get(0).sentences().get(0).tags());
        assertEquals(List.of("B-ORG", "I-ORG", "O", "O", "O"), docs.get(1).sentences().get(0).tags());
    }

    @Test
    void conllLineWithoutTagIsAnErrorWithItsLine() throws IOException {
        Path p = write("b.conll", "Paris B-LOC\nfoo\n");
        DataFile.DataException e = assertThrows(DataFile.DataException.class, () -> read(CorpusFormat.CONLL, p, "en"));
        assertTrue(e.getMessage().contains("b.conll:2"), e.getMessage());
    }

    @Test
    void newsFaneDropsMarksAndMapsFineClasses() throws IOException {
        Path p = write("nf.txt", "\uFEFF\u200Eفرانكفورت\tB-Population-Center\r\n\u200Eاعلن\tO\r\n\u200Eاتحاد\tB-Government\r\n"
                + "\u200Eصناعة\tI-Government\r\n\u200Eالصينيون\tB-Group\r\n\u200Eالمئذنة\tB-Subarea-Facility\r\n\t\r\n"
                + "\u200Eو\tO\r\n\u200Eقال\tO\r\n");
        List<TaggedDocument> docs = read(CorpusFormat.NEWSFANE, p, "ar");
        List<TaggedSentence> s = docs.get(0).sentences();
        assertEquals(2, s.size());
        assertEquals("فرانكفورت", s.get(0).words().get(0));
        assertEquals(List.of("B-LOC", "O", "B-ORG", "I-ORG", "B-MISC", "O"), s.get(0).tags());
    }

    @Test
    void factRuEvalObjectsOverTheirSpansOutermostFirst() throws IOException {
        Path d = Files.createDirectories(dir.resolve("fre"));
        Files.writeString(d.resolve("book_1.tokens"), "1 0 5 мэрия\n2 6 6 Москвы\n3 13 7 заявила\n\n4 21 4 Юрий\n5 26 6 Лужков\n");
        Files.writeString(d.resolve("book_1.spans"), "10 org_descr 0 5 1 1  # 1 мэрия\n11 loc_name 6 6 2 1  # 2 Москвы\n"
                + "12 name 21 4 4 1  # 4 Юрий\n13 surname 26 6 5 1  # 5 Лужков\n");
        Files.writeString(d.resolve("book_1.objects"), "20 Org 11 10 # Москвы мэрия\n21 LocOrg 11 # Москвы\n"
                + "22 Person 12 13 # Юрий Лужков\n");
        List<TaggedDocument> docs = read(CorpusFormat.FACTRUEVAL, d, "ru");
        assertEquals(List.of("B-ORG", "I-ORG", "O"), docs.get(0).sentences().get(0).tags());
        assertEquals(List.of("B-PER", "I-PER"), docs.get(0).sentences().get(1).tags());
    }

    @Test
    void bratEntitiesOverSegmenterTokens() throws IOException {
        Path d = Files.createDirectories(dir.resolve("brat"));
        Files.writeString(d.resolve("1.txt"), "Белый дом в Нью-Йорке.\nОбама уехал.");
        Files.writeString(d.resolve("1.ann"), "T1\tFACILITY 0 9\tБелый дом\nT2\tORGANIZATION 0 9\tБелый дом\n"
                + "T3\tCITY 14 21;12 13\tНью-Йорке\nT4\tPERSON 23 28\tОбама\nT5\tPROFESSION 23 28\tОбама\nR1\tX Arg1:T1 Arg2:T3\n");
        List<TaggedDocument> docs = read(CorpusFormat.BRAT, d, "ru");
        List<TaggedSentence> s = docs.get(0).sentences();
        assertEquals(List.of("Белый", "дом", "в", "Нью", "-", "Йорке", "."), s.get(0).words());
        assertEquals(List.of("B-ORG", "I-ORG", "O", "B-LOC", "I-LOC", "I-LOC", "O"), s.get(0).tags());
        assertEquals(List.of("B-PER", "O", "O"), s.get(1).tags());
    }

    @Test
    void heldOutSliceAndTrainingPartAreDisjointAndCoverAll() {
        List<TaggedDocument> docs = new java.util.ArrayList<>();
        for (int d = 0; d < 20; d++) {
            docs.add(new TaggedDocument("d" + d, List.of(new TaggedSentence(List.of("w" + d), List.of("O")))));
        }
        List<List<TaggedSentence>> train = HeldOut.training(docs, 10);
        List<List<TaggedSentence>> held = HeldOut.heldOut(docs, 10);
        assertEquals(18, train.size());
        assertEquals(List.of("w9", "w19"), held.stream().map(u -> u.get(0).words().get(0)).toList());
    }

    @Test
    void cliticsGoBackOntoTheirWords() {
        TaggedSentence s = new TaggedSentence(List.of("و", "المانيا", "و", "قال"), List.of("O", "B-LOC", "O", "O"));
        TaggedSentence joined = Clitics.attach(s, LanguagePack.of("ar"));
        assertEquals(List.of("والمانيا", "وقال"), joined.words());
        assertEquals(List.of("B-LOC", "O"), joined.tags());
        assertEquals(s, Clitics.attach(s, LanguagePack.of("en")));
    }

    @Test
    void properNamesDropPronounsAndDescriptionsAndTitles() {
        List<TaggedSentence> in = List.of(
                new TaggedSentence(List.of("He", "said", "the", "group", "left", "."), List.of("B-PER", "O", "B-ORG", "I-ORG", "O", "O")),
                new TaggedSentence(List.of("Prime", "Minister", "Theresa", "May", "met", "the", "Bank", "of", "England"),
                        List.of("B-PER", "I-PER", "I-PER", "I-PER", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG")),
                new TaggedSentence(List.of("he", "met", "the", "prime", "minister", "of", "a", "bank"),
                        List.of("O", "O", "O", "O", "O", "O", "O", "O")),
                new TaggedSentence(List.of("UN", "Special", "Envoy", "Staffan", "de", "Mistura", "and", "a", "special", "envoy"),
                        List.of("B-PER", "I-PER", "I-PER", "I-PER", "I-PER", "I-PER", "O", "O", "O", "O")));
        List<TaggedSentence> out = ProperNames.clean(List.of(new TaggedDocument("d", in))).get(0).sentences();
        assertEquals(List.of("O", "O", "O", "O", "O", "O"), out.get(0).tags());
        assertEquals(List.of("O", "O", "B-PER", "I-PER", "O", "O", "B-ORG", "I-ORG", "I-ORG"), out.get(1).tags());
        assertEquals(List.of("O", "O", "O", "B-PER", "I-PER", "I-PER", "O", "O", "O", "O"), out.get(3).tags());
    }
}
