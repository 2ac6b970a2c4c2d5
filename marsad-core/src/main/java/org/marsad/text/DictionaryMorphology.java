package org.marsad.text;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

import org.marsad.data.DataFile;
import org.marsad.model.Analysis;

/**
 * Readings from a morphological dictionary in morfologik's format, as {@code lang/XX/morphology.tsv}
 * names it (docs/DATA-FORMATS.md). A word's readings are the whole lower-cased word, then each lemma
 * the dictionary gives for it, normalised like text so that lemmas meet the words of names and
 * patterns (Russian ё → е), with the dictionary's tags; России → россия, подпишут → подписать.
 * Words the dictionary lacks (foreign surnames: Эрдогана, Байдена) may get guessed readings from
 * the language's affix table. Thread-safe; results are cached, as this runs on every token.
 */
public final class DictionaryMorphology implements Morphology {
    /** Words per cache generation: enough for the common vocabulary of a news archive. */
    private static final int CACHE_GENERATION = 32_768;

    /** Which words the dictionary lacks are given guessed readings. */
    enum Guess { NONE, CAPITALISED, ALL }

    private final ThreadLocal<DictionaryLookup> lookups;
    private final Normaliser normaliser;
    private final Pattern citation;
    /** Tags of proper names: a guessed stem the dictionary knows only as a name stays a guess. */
    private final Pattern proper;
    private final Guess guess;
    private final Morphology guesser;
    private final LookupCache<String, List<Analysis>> cache = new LookupCache<>(CACHE_GENERATION);
    /** One copy of each distinct tag string, as few of them recur across millions of words. */
    private final Map<String, String> tagPool = new ConcurrentHashMap<>();

    DictionaryMorphology(Dictionary dictionary, Normaliser normaliser, Pattern citation, Pattern proper,
                         Guess guess, Morphology guesser) {
        this.lookups = ThreadLocal.withInitial(() -> new DictionaryLookup(dictionary));
        this.normaliser = normaliser;
        this.citation = citation;
        this.proper = proper;
        this.guess = guess;
        this.guesser = guesser;
    }

    /**
     * The morphology that rows of {@code morphology.tsv} describe: {@code morfologik<TAB>PATH} (the
     * dictionary's class-path location, its {@code .info} beside it), {@code citation<TAB>REGEX},
     * {@code proper<TAB>REGEX} and {@code guess<TAB>none|capitalised|all}; {@code guesser} reads
     * the affix table.
     */
    public static DictionaryMorphology load(List<DataFile.Row> rows, Normaliser normaliser, Morphology guesser) {
        Dictionary dictionary = null;
        Pattern citation = null;
        Pattern proper = null;
        Guess guess = Guess.NONE;
        for (DataFile.Row row : rows) {
            switch (row.get(0)) {
                case "morfologik" -> dictionary = read(row);
                case "citation" -> citation = pattern(row);
                case "proper" -> proper = pattern(row);
                case "guess" -> {
                    try {
                        guess = Guess.valueOf(row.get(1).toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        throw row.error("guess must be none, capitalised or all, not '" + row.get(1) + "'");
                    }
                }
                default -> throw row.error("unknown morphology row kind '" + row.get(0) + "'");
            }
        }
        if (dictionary == null) {
            String where = rows.isEmpty() ? "morphology.tsv" : rows.get(0).file();
            throw new DataFile.DataException(where + ": no morfologik dictionary named");
        }
        return new DictionaryMorphology(dictionary, normaliser, citation, proper, guess, guesser);
    }

    private static Pattern pattern(DataFile.Row row) {
        try {
            return Pattern.compile(row.get(1));
        } catch (PatternSyntaxException e) {
            throw row.error("bad " + row.get(0) + " pattern: " + e.getDescription());
        }
    }

    private static Dictionary read(DataFile.Row row) {
        URL url = DictionaryMorphology.class.getResource(row.get(1));
        if (url == null) {
            throw row.error("dictionary " + row.get(1) + " is not on the class path");
        }
        try {
            return Dictionary.read(url);
        } catch (IOException | RuntimeException e) {
            throw row.error("can't read dictionary " + row.get(1) + ": " + e.getMessage());
        }
    }

    @Override
    public List<Analysis> analyse(String norm) {
        return cache.get(norm, this::lookUp);
    }

    /**
     * Lemmas of readings whose tag matches the citation pattern (a nominative: Шанхайская →
     * шанхайский), and the guessed stems of a word the dictionary lacks (Анналена → аннален).
     */
    @Override
    public List<String> citationLemmas(String norm) {
        List<Analysis> readings = analyse(norm);
        List<String> out = new ArrayList<>();
        for (Analysis a : readings.subList(1, readings.size())) {
            // Dictionary readings never have a suffix taken off; guessed ones always do. A name's
            // guessed stem that the dictionary knows as a given name (Маркем → марк) is no key:
            // that name's forms include ordinary words (марку, марки).
            boolean guessed = !a.suffix().isEmpty();
            if (guessed ? lookups.get().lookup(a.lemma()).isEmpty() : isCitation(a.tags())) {
                out.add(a.lemma());
            }
        }
        return out;
    }

    private boolean isCitation(String tags) {
        if (citation == null) {
            return false;
        }
        for (String tag : tags.split("\\|")) {
            if (citation.matcher(tag).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the dictionary knows a word at all other than as a form of a proper name (Рафах as
     * a plural of the given names Рафа, Раф): such a stem is an ordinary word a guess must not reach.
     */
    private boolean knownAsWord(DictionaryLookup lookup, String stem) {
        for (WordData d : lookup.lookup(stem)) {
            if (proper == null || d.getTag() == null || !proper.matcher(d.getTag()).matches()) {
                return true;
            }
        }
        return false;
    }

    private List<Analysis> lookUp(String norm) {
        String word = norm.toLowerCase(Locale.ROOT);
        DictionaryLookup lookup = lookups.get();
        // Tags per lemma, in the dictionary's order; WordData is reused by the lookup, so copy now.
        Map<String, StringBuilder> tagsByLemma = new LinkedHashMap<>();
        for (WordData d : lookup.lookup(word)) {
            String lemma = fold(d.getStem().toString());
            String tag = d.getTag() == null ? "" : d.getTag().toString();
            StringBuilder tags = tagsByLemma.computeIfAbsent(lemma, k -> new StringBuilder());
            if (!tag.isEmpty()) {
                tags.append(tags.length() == 0 ? "" : "|").append(tag);
            }
        }
        List<Analysis> out = new ArrayList<>(tagsByLemma.size() + 1);
        StringBuilder own = tagsByLemma.remove(word);
        out.add(new Analysis(word, "", "", own == null ? "" : pooled(own)));
        for (Map.Entry<String, StringBuilder> e : tagsByLemma.entrySet()) {
            out.add(new Analysis(e.getKey(), "", "", pooled(e.getValue())));
        }
        if (own == null && tagsByLemma.isEmpty() && guesses(norm)) {
            List<Analysis> guessed = guesser.analyse(word);
            for (Analysis a : guessed.subList(1, guessed.size())) {
                // A stem that is itself a known word would match that ordinary word.
                if (!knownAsWord(lookup, a.lemma())) {
                    out.add(a);
                }
            }
        }
        return List.copyOf(out);
    }

    private boolean guesses(String norm) {
        return switch (guess) {
            case NONE -> false;
            case ALL -> true;
            case CAPITALISED -> !norm.isEmpty() && Character.isUpperCase(norm.codePointAt(0));
        };
    }

    /** A dictionary lemma as text normalisation would leave it (ё → е in Russian), lower-cased. */
    private String fold(String lemma) {
        return normaliser.normalise(lemma, 0, lemma.length()).text().toLowerCase(Locale.ROOT);
    }

    private String pooled(StringBuilder tags) {
        String s = tags.toString();
        String known = tagPool.putIfAbsent(s, s);
        return known == null ? s : known;
    }
}
