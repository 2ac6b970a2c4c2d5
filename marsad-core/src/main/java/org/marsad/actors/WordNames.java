package org.marsad.actors;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.marsad.data.DataFile;
import org.marsad.model.Analysis;
import org.marsad.model.EntityType;
import org.marsad.model.Token;
import org.marsad.text.Inflections;
import org.marsad.text.LanguagePack;
import org.marsad.text.Segmenter;
import org.marsad.text.WordSet;

/**
 * Names spelt like ordinary words (Arabic مالي, also "financial" and "my money"), which the actor
 * tables leave out, read from {@code lang/XX/word-names.tsv}. Such a word is the name only where
 * its context shows one, as an adjective or a noun's possessor can't stand there: at the start of a
 * sentence, right after another name (هددت فرنسا مالي), after a word listed as showing a name (a preposition, a verb taking a state as object:
 * في مالي, هددت مالي), with a preposition clitic of its own (بمالي), after an organisation's head
 * word (حكومة مالي), or joined by a conjunction to a state's name (الجزائر ومالي, مالي والنيجر).
 * After any other noun it is left a word (دعم مالي).
 */
final class WordNames {
    private static final Map<String, WordNames> BY_LANG = new ConcurrentHashMap<>();

    /** A word, normalised, and the id of the entity it names. */
    private record Name(String word, String entity) {
    }

    private final List<Name> names;
    private final WordSet before;
    private final Set<String> prepositionClitics;
    private final Set<String> conjunctionClitics;

    private WordNames(List<Name> names, WordSet before, Set<String> prepositionClitics, Set<String> conjunctionClitics) {
        this.names = List.copyOf(names);
        this.before = before;
        this.prepositionClitics = Set.copyOf(prepositionClitics);
        this.conjunctionClitics = Set.copyOf(conjunctionClitics);
    }

    static WordNames of(LanguagePack pack) {
        return BY_LANG.computeIfAbsent(pack.code(), code -> load(pack));
    }

    private static WordNames load(LanguagePack pack) {
        List<DataFile.Row> rows = DataFile.resource("lang/" + pack.code() + "/word-names.tsv", false);
        Inflections inflections = rows.isEmpty() ? Inflections.NONE : Inflections.load(pack.code());
        Set<String> conjunctions = new HashSet<>();
        for (DataFile.Row row : rows) {
            if (row.get(0).equals("conjunction-prefix")) {
                conjunctions.addAll(DataFile.values(row.get(1)));
            }
        }
        List<Name> names = new ArrayList<>();
        StringBuilder before = new StringBuilder();
        Set<String> prepositions = new HashSet<>();
        for (DataFile.Row row : rows) {
            switch (row.get(0)) {
                case "name" -> names.add(new Name(new Segmenter(pack).tokens(row.get(1), 0, row.get(1).length())
                        .get(0).analyses().get(0).lemma(), row.get(2)));
                case "before" -> before.append(before.length() == 0 ? "" : "|").append(row.get(1));
                case "preposition-prefix" -> prepositions.addAll(DataFile.values(row.get(1)));
                case "conjunction-prefix" -> {
                }
                default -> throw row.error("unknown row kind '" + row.get(0) + "'");
            }
        }
        return new WordNames(names, WordSet.parse(before.toString(), pack, inflections, conjunctions), prepositions,
                conjunctions);
    }

    /**
     * The dictionary's matches with the word names whose context shows a name added, in token order.
     * A word name is looked for only on tokens no listed name covers.
     */
    List<ActorDictionary.Match> addTo(List<ActorDictionary.Match> matches, List<Token> tokens, ActorDictionary dictionary,
                                      OrganisationHeads heads, LanguagePack pack) {
        if (names.isEmpty()) {
            return matches;
        }
        List<ActorDictionary.Match> out = new ArrayList<>(matches.size() + 1);
        int k = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (k < matches.size() && matches.get(k).start() == i) {
                ActorDictionary.Match m = matches.get(k++);
                out.add(m);
                i = m.end() - 1;
                continue;
            }
            ActorDictionary.Match next = k < matches.size() ? matches.get(k) : null;
            ActorDictionary.Match previous = out.isEmpty() ? null : out.get(out.size() - 1);
            for (Name n : names) {
                Entity e = dictionary.get(n.entity());
                String prefix = e == null ? null : prefixOf(tokens.get(i), n.word(), pack);
                if (prefix != null) {
                    if (showsName(tokens, i, prefix, previous, next, heads, pack)) {
                        out.add(new ActorDictionary.Match(i, i + 1, List.of(e), prefix.isEmpty(), prefix));
                        break;
                    }
                }
            }
        }
        return out;
    }

    private boolean showsName(List<Token> tokens, int i, String clitic, ActorDictionary.Match previous,
                              ActorDictionary.Match next, OrganisationHeads heads, LanguagePack pack) {
        if (prepositionClitics.contains(clitic)) {
            return true;
        }
        if (conjunctionClitics.contains(clitic)) {
            // joined to the state before it: الجزائر ومالي
            return previous != null && previous.end() == i && isState(previous);
        }
        if (i == 0 || previous != null && previous.end() == i
                && previous.entities().get(0).type() != EntityType.MISC) {
            // a sentence's first word, or right after a name (not a nationality adjective: دعم خليجي مالي),
            // which is definite and takes no bare adjective
            return true;
        }
        int from = previous == null ? 0 : previous.end();
        if (i - 1 >= from && before.matchAt(tokens, i - 1) == 1) {
            return true;
        }
        if (heads.around(tokens, i, i + 1, from, i + 1, false) != null) {
            return true;
        }
        // joined to the state after it: مالي والنيجر
        return next != null && next.start() == i + 1 && isState(next)
                && conjunctionClitics.contains(pack.morphology().detachable(next.prefix()));
    }

    private static boolean isState(ActorDictionary.Match m) {
        Entity e = m.entities().get(0);
        return e.actor() != null && e.id().equals(e.actor());
    }

    /**
     * The prefix a token's reading as this word took off: "" for the whole word, a clitic that is a word of
     * its own (ومالي), or null when no such reading exists (المالي is the adjective, ماليين no name).
     */
    private static String prefixOf(Token t, String word, LanguagePack pack) {
        for (Analysis a : t.analyses()) {
            if (a.lemma().equals(word) && a.suffix().isEmpty()
                    && (a.prefix().isEmpty() || pack.morphology().detachable(a.prefix()).equals(a.prefix()))) {
                return a.prefix();
            }
        }
        return null;
    }
}
