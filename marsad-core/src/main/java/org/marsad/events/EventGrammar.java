package org.marsad.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.marsad.data.DataFile;
import org.marsad.text.Inflections;
import org.marsad.text.WordSet;
import org.marsad.model.Modality;
import org.marsad.text.LanguagePack;

/**
 * A language's event knowledge, read from {@code events/XX/triggers.tsv} and
 * {@code events/XX/cues.tsv}: trigger patterns indexed by their first word, and the cue words
 * for modality, speech, prepositions, conjunctions, clause boundaries, agents, pronouns and contexts.
 */
final class EventGrammar {
    private static final Map<String, EventGrammar> GRAMMARS = new ConcurrentHashMap<>();

    enum Scope { NEAR, CLAUSE, SENTENCE }

    record ModalityCue(WordSet words, Modality modality, Scope scope) {
    }

    /** A word set with the value it stands for. */
    record Cue(WordSet words, String value) {
    }

    final Map<String, List<TriggerPattern>> patternsByFirstWord = new HashMap<>();
    final List<ModalityCue> modalityCues = new ArrayList<>();
    final Set<String> futurePrefixes = new HashSet<>();
    final Set<String> prepositionPrefixes = new HashSet<>();
    final Set<String> conjunctionPrefixes = new HashSet<>();
    /** Prefixes that make a noun definite (ال): "the talks" points back to the story's two sides. */
    final Set<String> definitePrefixes = new HashSet<>();
    final List<Cue> prepositions = new ArrayList<>();
    final List<Cue> agents = new ArrayList<>();
    final List<Cue> pronouns = new ArrayList<>();
    final List<Cue> contexts = new ArrayList<>();
    final Map<String, String> refinements = new HashMap<>();
    WordSet speech;
    /** Verbs whose subject is also the subject of an event noun they govern (أعلن، عقد). */
    WordSet governors;
    /** Words between an event noun and its agent (زيارة يقوم بها أردوغان). */
    WordSet lightVerbs;
    WordSet boundaries;
    WordSet conjunctions;
    /** The conjunction used when a summary joins several actors. */
    String and = "and";
    final LanguagePack pack;

    private EventGrammar(LanguagePack pack) {
        this.pack = pack;
    }

    static EventGrammar of(String lang) {
        return GRAMMARS.computeIfAbsent(LanguagePack.SUPPORTED.contains(lang) ? lang : "en", EventGrammar::load);
    }

    private static EventGrammar load(String lang) {
        LanguagePack pack = LanguagePack.of(lang);
        Inflections inflections = Inflections.load(lang);
        EventGrammar g = new EventGrammar(pack);
        for (DataFile.Row row : DataFile.resource("events/" + lang + "/triggers.tsv", false)) {
            TriggerPattern p = pattern(row, pack, inflections);
            for (String w : p.elements.get(0).firstWords()) {
                g.patternsByFirstWord.computeIfAbsent(w, k -> new ArrayList<>()).add(p);
            }
        }
        Map<String, StringBuilder> joined = new HashMap<>();
        List<DataFile.Row> cues = DataFile.resource("events/" + lang + "/cues.tsv", false);
        for (DataFile.Row row : cues) {
            if (row.get(0).equals("conjunction-prefix")) {
                g.conjunctionPrefixes.addAll(forms(pack, row.get(1)));
            }
        }
        Set<String> conj = g.conjunctionPrefixes;
        for (DataFile.Row row : cues) {
            String kind = row.get(0);
            String words = row.get(1);
            String value = row.get(2);
            switch (kind) {
                case "modality" -> g.modalityCues.add(new ModalityCue(WordSet.parse(words, pack, inflections, conj),
                        parse(row, Modality.class, value), parse(row, Scope.class, row.get(3))));
                case "future-prefix" -> g.futurePrefixes.addAll(forms(pack, words));
                case "preposition-prefix" -> g.prepositionPrefixes.addAll(forms(pack, words));
                case "definite-prefix" -> g.definitePrefixes.addAll(forms(pack, words));
                case "conjunction-prefix" -> {
                    // read in the first pass
                }
                case "speech", "boundary", "conjunction", "governor", "light-verb" -> {
                    StringBuilder sb = joined.computeIfAbsent(kind, k -> new StringBuilder());
                    sb.append(sb.length() > 0 ? "|" : "").append(words);
                }
                case "preposition" -> g.prepositions.add(new Cue(WordSet.parse(words, pack, inflections, conj), value));
                case "agent" -> g.agents.add(new Cue(WordSet.parse(words, pack, inflections), value));
                case "pronoun" -> g.pronouns.add(new Cue(WordSet.parse(words, pack, inflections, conj), value));
                case "context" -> g.contexts.add(new Cue(WordSet.parse(words, pack, inflections), value));
                case "refine" -> g.refinements.put(words + "/" + value, row.get(3));
                default -> throw row.error("unknown cue kind '" + kind + "'");
            }
        }
        g.speech = WordSet.parse(joined.getOrDefault("speech", new StringBuilder()).toString(), pack, inflections);
        g.governors = WordSet.parse(joined.getOrDefault("governor", new StringBuilder()).toString(), pack,
                inflections);
        g.lightVerbs = WordSet.parse(joined.getOrDefault("light-verb", new StringBuilder()).toString(), pack,
                inflections);
        g.boundaries = WordSet.parse(joined.getOrDefault("boundary", new StringBuilder()).toString(), pack,
                inflections, conj);
        String conjunctions = joined.getOrDefault("conjunction", new StringBuilder()).toString();
        g.conjunctions = WordSet.parse(conjunctions, pack, inflections, Set.of());
        if (!conjunctions.isEmpty()) {
            g.and = conjunctions.split("\\|")[0].strip();
        }
        return g;
    }

    /** The CAMEO code refined by a context ({@code 030} with military is {@code 0312}), or the code itself. */
    String refine(String cameo, List<String> contextsFound) {
        for (String c : contextsFound) {
            String r = refinements.get(cameo + "/" + c);
            if (r != null) {
                return r;
            }
        }
        return cameo;
    }

    private static <E extends Enum<E>> E parse(DataFile.Row row, Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw row.error("unknown " + type.getSimpleName().toLowerCase(Locale.ROOT) + " '" + value + "'");
        }
    }

    private static List<String> forms(LanguagePack pack, String words) {
        List<String> out = new ArrayList<>();
        for (String w : words.split("\\|")) {
            String s = w.strip();
            out.add(pack.normaliser().normalise(s, 0, s.length()).text().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    private static TriggerPattern pattern(DataFile.Row row, LanguagePack pack, Inflections inflections) {
        String cameo = row.get(0);
        if (!cameo.matches("\\d{2,4}")) {
            throw row.error("CAMEO code must be 2 to 4 digits, not '" + cameo + "'");
        }
        List<WordSet> elements = new ArrayList<>();
        List<Boolean> gaps = new ArrayList<>();
        int trigger = 0;
        boolean gap = false;
        for (String part : TriggerPattern.split(row.get(1))) {
            if (part.equals("...")) {
                gap = true;
                continue;
            }
            String words = part;
            if (words.startsWith("=")) {
                trigger = elements.size();
                words = words.substring(1);
            }
            WordSet set = WordSet.parse(words, pack, inflections);
            if (set.firstWords().isEmpty()) {
                throw row.error("empty word in pattern");
            }
            elements.add(set);
            gaps.add(gap);
            gap = false;
        }
        if (elements.isEmpty()) {
            throw row.error("empty pattern");
        }
        boolean[] gapBefore = new boolean[gaps.size()];
        for (int i = 0; i < gapBefore.length; i++) {
            gapBefore[i] = gaps.get(i);
        }
        String kind = row.get(2);
        if (!kind.equals("verb") && !kind.equals("noun")) {
            throw row.error("kind must be verb or noun, not '" + kind + "'");
        }
        String context = row.get(3);
        boolean toTarget = false;
        boolean onTarget = false;
        boolean storySides = false;
        boolean placeIsTarget = false;
        boolean speechAct = false;
        for (String option : DataFile.values(row.get(4).replace(',', '|'))) {
            switch (option) {
                case "to-target" -> toTarget = true;
                case "on-target" -> onTarget = true;
                case "story-sides" -> storySides = true;
                case "place-is-target" -> placeIsTarget = true;
                case "speech-act" -> speechAct = true;
                default -> throw row.error("unknown trigger option '" + option
                        + "' (to-target, on-target, story-sides, place-is-target, speech-act)");
            }
        }
        return new TriggerPattern(cameo, elements, gapBefore, trigger, kind.equals("noun"),
                context.isEmpty() || context.equals("-") ? null : context, toTarget, onTarget, storySides, placeIsTarget,
                speechAct,
                row.file() + ":" + row.line());
    }
}
