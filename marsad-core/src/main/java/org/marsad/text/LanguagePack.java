package org.marsad.text;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.marsad.data.DataFile;

/**
 * What one language brings: its normaliser, morphology and sentence-splitting knowledge, all
 * read from {@code lang/XX/} data files (normalise.tsv, affixes.tsv, morphology.tsv,
 * abbreviations.tsv) on top of {@code lang/common/normalise.tsv}. A language with a
 * morphology.tsv reads lemmas from the dictionary it names, its affix table guessing for words
 * the dictionary lacks; others take affixes off. Packs are immutable and shared by all threads.
 */
public record LanguagePack(String code, Normaliser normaliser, Morphology morphology, Set<String> abbreviations) {
    public static final Set<String> SUPPORTED = Set.of("ar", "ru", "en");
    private static final Map<String, LanguagePack> PACKS = new ConcurrentHashMap<>();

    public LanguagePack {
        abbreviations = Set.copyOf(abbreviations);
    }

    /** The pack for a language code; languages without their own pack get the common one. */
    public static LanguagePack of(String code) {
        String key = code != null && SUPPORTED.contains(code) ? code : "common";
        return PACKS.computeIfAbsent(key, LanguagePack::load);
    }

    private static LanguagePack load(String code) {
        CharMap map = CharMap.load(DataFile.resource("lang/common/normalise.tsv"));
        if (!code.equals("common")) {
            map = map.with(CharMap.load(DataFile.resource("lang/" + code + "/normalise.tsv", false)));
        }
        Normaliser normaliser = new Normaliser(map);
        Morphology affixes = AffixMorphology.load(DataFile.resource("lang/" + code + "/affixes.tsv", false));
        List<DataFile.Row> dictionary = DataFile.resource("lang/" + code + "/morphology.tsv", false);
        Morphology morphology = dictionary.isEmpty() ? affixes
                : DictionaryMorphology.load(dictionary, normaliser, affixes);
        Set<String> abbreviations = new HashSet<>();
        for (DataFile.Row row : DataFile.resource("lang/" + code + "/abbreviations.tsv", false)) {
            abbreviations.add(row.get(0).toLowerCase(Locale.ROOT));
        }
        return new LanguagePack(code, normaliser, morphology, abbreviations);
    }
}
