package org.marsad.ner.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.marsad.data.DataFile;
import org.marsad.text.LanguagePack;

/** The named-entity corpus formats Marsad trains and measures on. */
public enum CorpusFormat {
    /** CoNLL files (a folder: every file in it, in name order). */
    CONLL,
    /** NewsFANE's word-tag file. */
    NEWSFANE,
    /** A folder of factRuEval-2016 standoff files. */
    FACTRUEVAL,
    /** A folder of brat standoff files (.txt and .ann). */
    BRAT;

    public static CorpusFormat parse(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown corpus format '" + name + "' (conll, newsfane, factrueval or brat)");
        }
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The documents at a path, their types mapped by {@code types}. */
    public List<TaggedDocument> read(Path path, TypeMap types, LanguagePack pack) {
        if (!Files.exists(path)) {
            throw new DataFile.DataException(path + ": no such file or folder");
        }
        return switch (this) {
            case CONLL -> {
                List<TaggedDocument> docs = new ArrayList<>();
                for (Path file : files(path)) {
                    docs.addAll(ConllCorpus.read(file, types));
                }
                yield docs;
            }
            case NEWSFANE -> {
                List<TaggedDocument> docs = new ArrayList<>();
                for (Path file : files(path)) {
                    docs.addAll(NewsFaneCorpus.read(file, types));
                }
                yield docs;
            }
            case FACTRUEVAL -> FactRuEvalCorpus.read(path, types);
            case BRAT -> BratCorpus.read(path, types, pack);
        };
    }

    private static List<Path> files(Path path) {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (java.io.IOException e) {
            throw new DataFile.DataException(path + ": " + e.getMessage());
        }
    }
}
