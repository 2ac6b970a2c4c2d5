package org.marsad.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.marsad.data.DataFile;
import org.marsad.model.EntityType;
import org.marsad.model.Token;
import org.marsad.text.LanguagePack;
import org.marsad.text.Segmenter;

/**
 * Heads of state and government known by their last name alone (Putin, Путин, بوتين): a lone
 * surname stands for the one person holding such an office on the article's date, even where
 * the article never names them in full. A person is known so in every language or in none: each
 * language's display name must end in a word that can stand alone, so that a regnal number
 * (Abdullah II, عبد الله الثاني), a common name (Johnson, Khan), a word shorter than four letters
 * (May, Abe), one standing mostly inside other names, or an ordinary word of that language's data
 * (Salam: سلام, peace) keeps the person out in all three.
 */
public final class OfficeHolders {
    /** The people table's titles of the offices whose holders the news calls by surname alone. */
    private static final Set<String> LEADING = Set.of("president", "acting president", "prime minister", "premier",
            "chancellor", "king", "emir", "sultan", "emperor", "supreme leader");
    private static final int SHORTEST = 4;
    private static final String GOVERNMENT = "GOV";

    private final Map<String, List<Entity>> bySurname;
    /** Per language, the words of the event cues' government agents (President, Президент): a title is no part of a name. */
    private static final Map<String, Set<String>> TITLE_WORDS = new ConcurrentHashMap<>();

    private OfficeHolders(Map<String, List<Entity>> bySurname) {
        this.bySurname = bySurname;
    }

    static OfficeHolders of(ActorDictionary dictionary, Set<String> innerNameWords) {
        Map<String, Segmenter> segmenters = new HashMap<>();
        Map<String, Set<String>> ordinary = new HashMap<>();
        Map<String, List<Entity>> bySurname = new HashMap<>();
        for (Entity e : dictionary.entities()) {
            if (e.type() != EntityType.PER || e.roles().stream().noneMatch(r -> LEADING.contains(r.title()))) {
                continue;
            }
            Set<String> keys = new HashSet<>();
            boolean everyLanguage = true;
            for (Map.Entry<String, List<String>> names : e.names().entrySet()) {
                String lang = names.getKey();
                Segmenter segmenter = segmenters.computeIfAbsent(lang, l -> new Segmenter(LanguagePack.of(l)));
                Set<String> words = ordinary.computeIfAbsent(lang, l -> ordinaryWords(l, segmenter));
                List<String> found = new ArrayList<>();
                for (String name : names.getValue()) {
                    found.add(surname(name, segmenter, innerNameWords, words));
                }
                everyLanguage &= found.get(0) != null;
                found.stream().filter(k -> k != null).forEach(keys::add);
            }
            if (everyLanguage) {
                keys.forEach(k -> bySurname.computeIfAbsent(k, x -> new ArrayList<>(1)).add(e));
            }
        }
        return new OfficeHolders(Map.copyOf(bySurname));
    }

    /**
     * The name's last word when it can stand alone for the person: long enough, not hyphenated to the word
     * before, no word mostly inside other names, no common given name or surname, no ordinary word; else null.
     */
    private static String surname(String name, Segmenter segmenter, Set<String> innerNameWords, Set<String> ordinary) {
        List<Token> words = segmenter.tokens(name, 0, name.length());
        Token last = words.get(words.size() - 1);
        String word = last.analyses().get(0).lemma();
        boolean alone = words.size() > 1 && name.charAt(last.span().start() - 1) != '-'
                && word.codePointCount(0, word.length()) >= SHORTEST && !innerNameWords.contains(word);
        return alone && last.analyses().stream().noneMatch(a -> ordinary.contains(a.lemma())) ? word : null;
    }

    /**
     * Readings of the words the language's own data use as ordinary words (time words such as the month
     * كانون الثاني, trigger and cue words such as حفظ السلام) and of its common given names and surnames.
     */
    private static Set<String> ordinaryWords(String lang, Segmenter segmenter) {
        Set<String> words = new HashSet<>();
        for (String file : List.of("time/" + lang + ".tsv", "events/" + lang + "/triggers.tsv", "events/" + lang + "/cues.tsv")) {
            for (DataFile.Row row : DataFile.resource(file, false)) {
                for (int i = 1; i < row.size(); i++) {
                    addReadings(row.get(i).replaceAll("[|_=+*~]", " "), segmenter, words);
                }
            }
        }
        for (DataFile.Row row : DataFile.resource("ner/person-names.tsv")) {
            if (row.get(0).equals(lang)) {
                addReadings(row.get(2), segmenter, words);
            }
        }
        return words;
    }

    private static void addReadings(String text, Segmenter segmenter, Set<String> words) {
        for (Token t : segmenter.tokens(text, 0, text.length())) {
            if (t.kind() == Token.Kind.WORD) {
                t.analyses().forEach(a -> words.add(a.lemma()));
            }
        }
    }

    /** True when a reading of the word, in any case, is a word of a government agent's title (President, Президента). */
    public static boolean titleWord(Token word, String lang) {
        Set<String> titles = TITLE_WORDS.computeIfAbsent(lang, OfficeHolders::titleWords);
        return titles.contains(word.text().toLowerCase(Locale.ROOT))
                || word.analyses().stream().anyMatch(a -> titles.contains(a.lemma().toLowerCase(Locale.ROOT)));
    }

    private static Set<String> titleWords(String lang) {
        Set<String> words = new HashSet<>();
        for (DataFile.Row row : DataFile.resource("events/" + lang + "/cues.tsv", false)) {
            if (row.get(0).equals("agent") && row.get(2).equals(GOVERNMENT)) {
                for (String title : row.get(1).split("\\|")) {
                    words.addAll(List.of(title.toLowerCase(Locale.ROOT).split(" ")));
                }
            }
        }
        return Set.copyOf(words);
    }

    /** The one person with this last name in a leading office on the date, or null (none, several, no date). */
    Entity holder(String surname, LocalDate date) {
        List<Entity> people = bySurname.get(surname);
        if (people == null || date == null) {
            return null;
        }
        Entity found = null;
        for (Entity e : people) {
            if (e.roles().stream().anyMatch(r -> LEADING.contains(r.title()) && r.holdsOn(date))) {
                if (found != null) {
                    return null;
                }
                found = e;
            }
        }
        return found;
    }
}
