package org.marsad.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.marsad.data.DataFile;
import org.marsad.text.Inflections;
import org.marsad.text.WordSet;
import org.marsad.model.Analysis;
import org.marsad.model.Modality;
import org.marsad.model.Token;
import org.marsad.text.LanguagePack;

/**
 * A language's event knowledge, read from {@code events/XX/triggers.tsv} and
 * {@code events/XX/cues.tsv}: trigger patterns indexed by their first word, the cue words for
 * modality, speech, prepositions, conjunctions, clause boundaries, agents, pronouns and contexts,
 * and the facts of its grammar that finding arguments needs: word order, the case a reading's tag
 * shows, what a passive verb looks like. Everything here is data; the code using it is shared.
 */
final class EventGrammar {
    private static final Map<String, EventGrammar> GRAMMARS = new ConcurrentHashMap<>();

    enum Scope { NEAR, NEXT, CLAUSE, SENTENCE }

    /** The prefix of a modality scope that marks the cue as a verb of its own (verb-clause). */
    private static final String VERB_SCOPE = "verb-";

    /**
     * A modality cue; one that is a verb of its own (want) covers what it governs, not a verb joined to
     * it by a conjunction (did not want the situation to escalate and urged India).
     */
    record ModalityCue(WordSet words, Modality modality, Scope scope, boolean ownVerb) {
    }

    /**
     * A word set with the value it stands for; {@code tags}, when not null, is what a reading of the
     * words after it must be tagged with (Russian в + accusative is "to", в + prepositional a place).
     */
    /**
     * Words that keep events of these codes and their sub-codes from being coded in their sentence;
     * {@code then}, when not null, must follow them within a few words of their clause (задержать ...
     * голосование: a vote delayed, no arrest); {@code article} keeps them for the rest of the article
     * (campaign meetings named once).
     */
    record NotEvent(WordSet words, WordSet then, List<String> codes, boolean article) {
    }

    /** How many words may stand between a not-event row's words and the words that must follow them. */
    private static final int NOT_EVENT_GAP = 3;

    record Cue(WordSet words, String value, Pattern tags) {
        Cue(WordSet words, String value) {
            this(words, value, null);
        }
    }

    /** A grammatical case (a reading's tag) and the role it lets a participant play. */
    record CaseRole(Pattern tags, String role) {
    }

    /** A verb form (every reading tagged {@code verb}) that no subject tagged {@code subject} agrees with. */
    record Disagreement(Pattern verb, Pattern subject) {
    }

    /** Verb forms and the subjects they cannot have (предупредил, singular: not власти, plural). */
    final List<Disagreement> disagreements = new ArrayList<>();

    final Map<String, List<TriggerPattern>> patternsByFirstWord = new HashMap<>();
    /** Noun rows whose leading word only marks the noun (the|an|s =attack): a nationality may take its place. */
    final List<TriggerPattern> nounsAfterLeader = new ArrayList<>();
    final List<ModalityCue> modalityCues = new ArrayList<>();
    final Set<String> futurePrefixes = new HashSet<>();
    /** Clitic prepositions and the role they give the participant they are written on (ل: to). */
    final Map<String, String> prepositionPrefixes = new HashMap<>();
    final Set<String> conjunctionPrefixes = new HashSet<>();
    /** Prefixes that make a noun definite (ال): "the talks" points back to the story's two sides. */
    final Set<String> definitePrefixes = new HashSet<>();
    final List<Cue> prepositions = new ArrayList<>();
    final List<Cue> agents = new ArrayList<>();
    final List<Cue> pronouns = new ArrayList<>();
    /** Relative pronouns that are their clause's subject: the name before them is its verb's doer. */
    final List<Cue> relatives = new ArrayList<>();
    final List<Cue> contexts = new ArrayList<>();
    final Map<String, String> refinements = new HashMap<>();
    /**
     * Roles that the case of a participant's words allows it (subject, object, agent, possessor, or
     * other for a case that gives none); empty when the language shows no case.
     */
    final List<CaseRole> caseRoles = new ArrayList<>();
    /** Where a verb's subject may stand, where an event noun's agent may, where a title stands to its name. */
    final Set<String> subjectOrder = new HashSet<>(Set.of("before", "after"));
    final Set<String> nounAgentOrder = new HashSet<>(Set.of("after"));
    final Set<String> titleOrder = new HashSet<>(Set.of("before"));
    /** Tags of a reading that reads a word as a person's name (NN:Fam, NN:Name); null when unknown. */
    Pattern nameTag;
    /** What a name before its title must be tagged as (Russian: an adjective, пакистанская сторона); null for any. */
    Pattern titleAfterTag;
    /** Words between a name and the noun it possesses ('s): Pakistan's ambassador, Iran's attack. */
    WordSet possessives;
    /** A copula right before a verb that holds the verb's subject (أن تكون قد هددت: she is the one who threatened). */
    WordSet copulas;
    /** Auxiliaries before a passive verb (was signed), and what the verb's form must look like. */
    WordSet passiveAuxiliaries;
    Pattern passiveForm;
    /** Tags of a verb form that is passive by itself (Russian подписан); null when none. */
    Pattern passiveTag;
    /** The written form of a verb its vowel marks show passive (Arabic سُلّم، أُقرت); null when none. */
    Pattern passiveMark;
    /** Tags of a verb form that speaks of the future (Russian подпишут); null when none. */
    Pattern futureTag;
    /** Readings of a participle (убитого) and of a verb form (убили, подписан): a participle alone is an adjective. */
    Pattern participleTag;
    Pattern finiteTag;
    /** Verb forms that may also be plural nouns (English shells, raids); null when a language has none. */
    Pattern nounForm;
    /** Verb forms that may also be past participles (English jailed); null when a language has none. */
    Pattern participleForm;
    /** Verb forms that may describe the noun before them (English protesting, Arabic يحتجون); null when none. */
    Pattern descriptiveForm;
    /** Readings of a noun in the subject's case (Russian ураган): before a verb, its own subject; null when none. */
    Pattern subjectNounTag;
    /** Readings of an indeclinable noun (Косово, Перу): a word with one shows no case, whatever its others say. */
    Pattern indeclinableTag;
    /** CAMEO codes (and their sub-codes) of mutual events: Russia and Pakistan met, signed, clashed. */
    final List<String> mutualCodes = new ArrayList<>();
    /**
     * CAMEO codes (and sub-codes) of transitive verbs whose passive is spelt as their active (unvocalised
     * Arabic قتل، اعتقل): a bare indefinite people noun right after one, with no object, is its patient.
     */
    final List<String> barePassiveCodes = new ArrayList<>();
    /**
     * Words that, anywhere in a sentence, tell that violence in it is no new act (a road accident, a
     * trial, an anniversary, a match), with the CAMEO codes (and sub-codes) they keep from being coded.
     */
    final List<NotEvent> notEvents = new ArrayList<>();
    /** A verb without a subject of its own in reported speech is the speaker's (وقال إنه سيزور ...). */
    boolean speakerIsSubject;
    /** Words after a name that make it describe someone else (Pakistan-based, Iran-backed). */
    WordSet notParticipants;
    /** Asides set off by commas that don't end a clause (Джаафари, в свою очередь, обвинил). */
    WordSet parentheticals;
    /** Object pronouns (him, её, معه): on a coordinated verb they stand for the earlier verb's object. */
    WordSet objectPronouns;
    /** Words of obligation before "that" (X يجب أن، يتعين على X أن): the verb after "that" is X's. */
    WordSet obligations;
    /** Places whose names are masculine (العراق): unlike other places, the subject of a masculine verb. */
    WordSet masculinePlaces;
    /** Personal pronouns that stand for a man (he, он): with no speaker, the person an earlier sentence named. */
    WordSet masculinePronouns;
    /** Words that stand before a noun: a verb form after one is an adjective (the detained journalists). */
    WordSet determiners;
    /** Words before a noun that make it definite (the talks), where no prefix does. */
    WordSet definiteWords;
    /** Words that count a crowd before its noun, with numbers (about five thousand people, حوالي خمسة آلاف شخص). */
    WordSet quantities;
    /** Words that point back to the time of the sentence before (тогда, then). */
    WordSet timeAnaphors;
    WordSet speech;
    /** Words that make reported speech a contested claim (claimed that, будто, زعم): what it tells of others is an accusation. */
    WordSet allegations;
    /** Verbs whose subject is also the subject of an event noun they govern (أعلن، عقد). */
    WordSet governors;
    /** Words between an event noun and its agent (زيارة يقوم بها أردوغان). */
    WordSet lightVerbs;
    WordSet boundaries;
    /** Boundary words that open a clause of time or cause (عندما): not what a speaker said, so no dropped subject is theirs. */
    WordSet adverbialBoundaries;
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
            if (p.noun && p.triggerIndex == 1) {
                g.nounsAfterLeader.add(p);
            }
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
                case "modality" -> {
                    boolean ownVerb = row.get(3).startsWith(VERB_SCOPE);
                    g.modalityCues.add(new ModalityCue(WordSet.parse(words, pack, inflections, conj),
                            parse(row, Modality.class, value),
                            parse(row, Scope.class, row.get(3).substring(ownVerb ? VERB_SCOPE.length() : 0)), ownVerb));
                }
                case "future-prefix" -> g.futurePrefixes.addAll(forms(pack, words));
                case "preposition-prefix" -> forms(pack, words).forEach(
                        f -> g.prepositionPrefixes.put(f, value.equals("-") ? "other" : value));
                case "definite-prefix" -> g.definitePrefixes.addAll(forms(pack, words));
                case "conjunction-prefix" -> {
                    // read in the first pass
                }
                case "boundary" -> {
                    join(joined, kind, words);
                    if (value.equals("adverbial")) {
                        join(joined, "adverbial", words);
                    }
                }
                case "speech", "conjunction", "governor", "light-verb", "possessive", "copula", "time-anaphor",
                     "definite", "not-participant", "determiner", "quantity", "obligation",
                     "masculine-place", "masculine-pronoun", "allegation" -> {
                    join(joined, kind, words);
                }
                case "preposition" -> g.prepositions.add(new Cue(WordSet.parse(words, pack, inflections, conj), value,
                        row.get(3).isEmpty() ? null : regex(row, row.get(3))));
                case "case" -> g.caseRoles.add(new CaseRole(regex(row, words), role(row, value)));
                case "order" -> order(g, row);
                case "passive" -> {
                    g.passiveAuxiliaries = WordSet.parse(words, pack, inflections, conj);
                    g.passiveForm = regex(row, value);
                }
                case "mutual" -> g.mutualCodes.addAll(DataFile.values(words));
                case "bare-passive" -> g.barePassiveCodes.addAll(DataFile.values(words));
                case "not-event" -> {
                    String[] parts = words.split(" \\.\\.\\. ", 2);
                    g.notEvents.add(new NotEvent(WordSet.parse(parts[0], pack, inflections),
                            parts.length > 1 ? WordSet.parse(parts[1], pack, inflections) : null,
                            DataFile.values(value), notEventScope(row)));
                }
                case "dropped-subject" -> {
                    if (!value.equals("speaker")) {
                        throw row.error("a dropped subject can only be the speaker, not '" + value + "'");
                    }
                    g.speakerIsSubject = true;
                }
                case "parenthetical", "object-pronoun" -> {
                    join(joined, kind, words);
                }
                case "name-tag" -> g.nameTag = regex(row, words);
                case "passive-tag" -> g.passiveTag = regex(row, words);
                case "passive-mark" -> g.passiveMark = regex(row, words);
                case "future-tag" -> g.futureTag = regex(row, words);
                case "participle-tag" -> g.participleTag = regex(row, words);
                case "finite-tag" -> g.finiteTag = regex(row, words);
                case "subject-noun-tag" -> g.subjectNounTag = regex(row, words);
                case "indeclinable-tag" -> g.indeclinableTag = regex(row, words);
                case "disagreement" -> g.disagreements.add(new Disagreement(regex(row, words), regex(row, value)));
                case "noun-form" -> g.nounForm = regex(row, words);
                case "participle-form" -> g.participleForm = regex(row, words);
                case "descriptive-form" -> g.descriptiveForm = regex(row, words);
                case "agent" -> g.agents.add(new Cue(WordSet.parse(words, pack, inflections), value));
                case "pronoun" -> g.pronouns.add(new Cue(WordSet.parse(words, pack, inflections, conj), value,
                        row.get(3).isEmpty() ? null : regex(row, row.get(3))));
                case "relative" -> g.relatives.add(new Cue(WordSet.parse(words, pack, inflections, conj), value,
                        row.get(3).isEmpty() ? null : regex(row, row.get(3))));
                case "context" -> g.contexts.add(new Cue(WordSet.parse(words, pack, inflections), value));
                case "refine" -> g.refinements.put(words + "/" + value, row.get(3));
                default -> throw row.error("unknown cue kind '" + kind + "'");
            }
        }
        g.speech = WordSet.parse(joined.getOrDefault("speech", new StringBuilder()).toString(), pack, inflections);
        g.allegations = WordSet.parse(joined.getOrDefault("allegation", new StringBuilder()).toString(), pack,
                inflections);
        g.governors = WordSet.parse(joined.getOrDefault("governor", new StringBuilder()).toString(), pack,
                inflections);
        g.lightVerbs = WordSet.parse(joined.getOrDefault("light-verb", new StringBuilder()).toString(), pack,
                inflections);
        g.boundaries = WordSet.parse(joined.getOrDefault("boundary", new StringBuilder()).toString(), pack,
                inflections, conj);
        g.adverbialBoundaries = WordSet.parse(joined.getOrDefault("adverbial", new StringBuilder()).toString(), pack,
                inflections, conj);
        g.possessives = WordSet.parse(joined.getOrDefault("possessive", new StringBuilder()).toString(), pack,
                inflections, Set.of());
        g.copulas = WordSet.parse(joined.getOrDefault("copula", new StringBuilder()).toString(), pack, inflections,
                Set.of());
        g.notParticipants = WordSet.parse(joined.getOrDefault("not-participant", new StringBuilder()).toString(),
                pack, inflections, conj);
        g.parentheticals = WordSet.parse(joined.getOrDefault("parenthetical", new StringBuilder()).toString(),
                pack, inflections, conj);
        g.objectPronouns = WordSet.parse(joined.getOrDefault("object-pronoun", new StringBuilder()).toString(),
                pack, inflections, conj);
        g.obligations = WordSet.parse(joined.getOrDefault("obligation", new StringBuilder()).toString(),
                pack, inflections, conj);
        g.masculinePlaces = WordSet.parse(joined.getOrDefault("masculine-place", new StringBuilder()).toString(),
                pack, inflections, conj);
        g.masculinePronouns = WordSet.parse(joined.getOrDefault("masculine-pronoun", new StringBuilder()).toString(),
                pack, inflections, conj);
        g.determiners = WordSet.parse(joined.getOrDefault("determiner", new StringBuilder()).toString(), pack,
                inflections, conj);
        g.definiteWords = WordSet.parse(joined.getOrDefault("definite", new StringBuilder()).toString(), pack,
                inflections, conj);
        g.quantities = WordSet.parse(joined.getOrDefault("quantity", new StringBuilder()).toString(), pack,
                inflections, conj);
        g.timeAnaphors = WordSet.parse(joined.getOrDefault("time-anaphor", new StringBuilder()).toString(), pack,
                inflections, conj);
        String conjunctions = joined.getOrDefault("conjunction", new StringBuilder()).toString();
        g.conjunctions = WordSet.parse(conjunctions, pack, inflections, Set.of());
        if (!conjunctions.isEmpty()) {
            g.and = conjunctions.split("\\|")[0].strip();
        }
        return g;
    }

    /** True when some reading of the word carries a definite prefix (الحكومة, but also بالفعل). */
    boolean definite(Token t) {
        return t.analyses().stream().anyMatch(a -> definitePrefixes.contains(a.prefix()));
    }

    /** True when an agent noun of some sector starts at token i (the ministry, Министерство, الوزارة). */
    boolean sectorAgentAt(List<Token> tokens, int i) {
        return agents.stream().anyMatch(c -> !c.value().equals("-") && c.words().matchAt(tokens, i) > 0);
    }

    /** True when coordinated participants of an event with this code act on each other. */
    boolean mutual(String cameo) {
        return covers(mutualCodes, cameo);
    }

    /** True when a verb of this code may be a passive spelt as its active ({@link #barePassiveCodes}). */
    boolean barePassive(String cameo) {
        return covers(barePassiveCodes, cameo);
    }

    /** True when the sentence tells no event of this code (killed in a road accident, the trial of killers). */
    boolean notEvent(String cameo, List<Token> tokens) {
        for (NotEvent c : notEvents) {
            if (covers(c.codes(), cameo) && in(c, tokens)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The codes the sentence's not-event words of article scope keep from being coded in the rest of
     * the article (предвыборных встреч: 14, 04).
     */
    List<String> notEventCodes(List<Token> tokens) {
        List<String> codes = new ArrayList<>();
        for (NotEvent c : notEvents) {
            if (c.article() && in(c, tokens)) {
                codes.addAll(c.codes());
            }
        }
        return codes;
    }

    private boolean in(NotEvent c, List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            int len = c.words().matchAt(tokens, i);
            if (len > 0 && (c.then() == null || followedBy(c.then(), tokens, i + len))) {
                return true;
            }
        }
        return false;
    }

    /** A not-event row's fourth column: empty for its sentence, "article" for the rest of the article too. */
    private static boolean notEventScope(DataFile.Row row) {
        String scope = row.get(3);
        if (!scope.isEmpty() && !scope.equals("article")) {
            throw row.error("a not-event row's scope is empty or 'article', not '" + scope + "'");
        }
        return !scope.isEmpty();
    }

    /** Adds a row's words to the alternatives of a word set read whole after all rows. */
    private static void join(Map<String, StringBuilder> joined, String kind, String words) {
        StringBuilder sb = joined.computeIfAbsent(kind, k -> new StringBuilder());
        sb.append(sb.length() > 0 ? "|" : "").append(words);
    }

    /** True when the words come at token i or a few words on, no clause boundary between. */
    private boolean followedBy(WordSet words, List<Token> tokens, int i) {
        for (int j = i; j < tokens.size() && j <= i + NOT_EVENT_GAP; j++) {
            if (words.matchAt(tokens, j) > 0) {
                return true;
            }
            if (boundaries.matchAt(tokens, j) > 0) {
                return false;
            }
        }
        return false;
    }

    private static boolean covers(List<String> codes, String cameo) {
        for (String c : codes) {
            if (cameo.startsWith(c)) {
                return true;
            }
        }
        return false;
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

    private static Pattern regex(DataFile.Row row, String regex) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw row.error("bad regular expression '" + regex + "': " + e.getDescription());
        }
    }

    private static String role(DataFile.Row row, String role) {
        if (!Set.of("subject", "object", "agent", "possessor", "other").contains(role)) {
            throw row.error("case role must be subject, object, agent, possessor or other, not '" + role + "'");
        }
        return role;
    }

    /** {@code order<TAB>verb-subject|noun-agent|title<TAB>before|after}: where a language puts them. */
    private static void order(EventGrammar g, DataFile.Row row) {
        Set<String> target = switch (row.get(1)) {
            case "verb-subject" -> g.subjectOrder;
            case "noun-agent" -> g.nounAgentOrder;
            case "title" -> g.titleOrder;
            default -> throw row.error("order is of verb-subject, noun-agent or title, not '" + row.get(1) + "'");
        };
        List<String> positions = DataFile.values(row.get(2));
        if (positions.isEmpty() || !Set.of("before", "after").containsAll(positions)) {
            throw row.error("order positions are before, after or before|after, not '" + row.get(2) + "'");
        }
        target.clear();
        target.addAll(positions);
        if (row.get(1).equals("title") && !row.get(3).isEmpty()) {
            g.titleAfterTag = regex(row, row.get(3));
        }
    }

    /**
     * The case roles a token's readings allow, or null when none of its readings has a case. In a
     * person's name only readings tagged as names count where there are any (Путин, not путина).
     */
    Set<String> caseRoles(Token token, boolean name) {
        boolean names = name && nameTag != null && token.analyses().stream().anyMatch(a -> a.hasTag(nameTag));
        if (indeclinableTag != null && token.analyses().stream().anyMatch(a -> a.hasTag(indeclinableTag))) {
            return null;
        }
        Set<String> out = null;
        for (Analysis a : token.analyses()) {
            for (String tag : a.tags().split("\\|")) {
                if (tag.isEmpty() || (names && !nameTag.matcher(tag).matches())) {
                    continue;
                }
                for (CaseRole c : caseRoles) {
                    if (c.tags().matcher(tag).matches()) {
                        if (out == null) {
                            out = new HashSet<>();
                        }
                        out.add(c.role());
                    }
                }
            }
        }
        return out;
    }

    /**
     * True when the verb cannot agree with a subject headed by the noun: every reading of the verb has
     * a form's tag, and every reading of the noun in the subject's case a subject's tag it excludes.
     */
    boolean disagree(Token verb, Token noun) {
        for (Disagreement d : disagreements) {
            if (allTagged(verb, d.verb(), null) && allTagged(noun, d.subject(), "subject")) {
                return true;
            }
        }
        return false;
    }

    /** True when the token has readings (of the role's case, when a role is given) and all of them match. */
    private boolean allTagged(Token token, Pattern tags, String role) {
        boolean any = false;
        for (Analysis a : token.analyses()) {
            for (String tag : a.tags().split("\\|")) {
                if (tag.isEmpty() || role != null && caseRoles.stream()
                        .noneMatch(c -> c.role().equals(role) && c.tags().matcher(tag).matches())) {
                    continue;
                }
                if (!tags.matcher(tag).matches()) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /**
     * The case roles of a word that is only ever declined (every tagged reading shows a case: политику,
     * канцлер; not утром, which is also an adverb), or null for any other word or where no case is shown.
     */
    Set<String> declinedRoles(Token token) {
        boolean any = false;
        for (Analysis a : token.analyses()) {
            for (String tag : a.tags().split("\\|")) {
                if (tag.isEmpty()) {
                    continue;
                }
                any = true;
                if (caseRoles.stream().noneMatch(c -> c.tags().matcher(tag).matches())) {
                    return null;
                }
            }
        }
        return any ? caseRoles(token, false) : null;
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

    /** The option naming the code of the act the target did (reverse=141). */
    private static final String REVERSE = "reverse=";

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
        Set<String> targetPrepositions = new HashSet<>();
        Set<TriggerPattern.Option> options = EnumSet.noneOf(TriggerPattern.Option.class);
        String reverse = null;
        for (String option : DataFile.values(row.get(4).replace(',', '|'))) {
            if (option.startsWith(REVERSE)) {
                reverse = option.substring(REVERSE.length());
                if (!reverse.matches("\\d{2,4}")) {
                    throw row.error("reverse code must be 2 to 4 digits, not '" + reverse + "'");
                }
                continue;
            }
            switch (option) {
                case "to-target", "on-target", "from-target", "for-target" ->
                        targetPrepositions.add(option.substring(0, option.indexOf('-')));
                case "in-target" -> targetPrepositions.add("place");
                case "with-target" -> targetPrepositions.add("with");
                default -> options.add(TriggerPattern.Option.named(option).orElseThrow(() -> row.error(
                        "unknown trigger option '" + option + "' (to-target, on-target, from-target, for-target, in-target, with-target, reverse=CODE, "
                        + TriggerPattern.Option.names() + ")")));
            }
        }
        return new TriggerPattern(cameo, elements, gapBefore, trigger, kind.equals("noun"),
                context.isEmpty() || context.equals("-") ? null : context, targetPrepositions, options, reverse,
                row.file() + ":" + row.line());
    }

    /**
     * A preposition word stands in tokens [from, to); those that leave their participant bare (English
     * of) count only when {@code bare} says so.
     */
    boolean prepositionIn(List<Token> tokens, int from, int to, boolean bare) {
        return prepositionIn(tokens, from, to, role -> bare || !role.equals("-"));
    }

    /** A preposition of this role stands in tokens [from, to) (place: на встрече, at the meeting). */
    boolean prepositionIn(List<Token> tokens, int from, int to, String role) {
        return prepositionIn(tokens, from, to, r -> r.equals(role));
    }

    /** A preposition whose role passes the test stands in tokens [from, to). */
    boolean prepositionIn(List<Token> tokens, int from, int to, Predicate<String> role) {
        for (int i = from; i < to; i++) {
            for (Cue cue : prepositions) {
                if (role.test(cue.value()) && cue.words().matchAt(tokens, i) > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The length of the preposition at i whose role, by the case of the word after it, passes the test
     * (в больницы: to; в больницах: place), or 0; each role of a two-role preposition is tried.
     */
    int prepositionAt(List<Token> tokens, int i, Predicate<String> role) {
        for (Cue cue : prepositions) {
            int len = cue.words().matchAt(tokens, i);
            if (len > 0 && (cue.tags() == null
                    || i + len < tokens.size() && Participants.tagged(tokens.get(i + len), cue.tags()))) {
                return Arrays.stream(cue.value().split("\\|")).anyMatch(role) ? len : 0;
            }
        }
        return 0;
    }

    /**
     * The end of the last preposition in tokens [from, to) that, by the case of the word after it, says
     * where (в кулуарах; в среду, accusative, is "to"): the first cue its words and that case match
     * gives its role; -1 when none does.
     */
    int placeEnd(List<Token> tokens, int from, int to) {
        int found = -1;
        for (int i = from; i < to; i++) {
            for (Cue cue : prepositions) {
                int len = cue.words().matchAt(tokens, i);
                if (len > 0 && (cue.tags() == null
                        || i + len < tokens.size() && Participants.tagged(tokens.get(i + len), cue.tags()))) {
                    found = cue.value().equals("place") ? i + len : found;
                    break;
                }
            }
        }
        return found;
    }

    /**
     * The start of the verb in [from, t) that governs the event noun at t (did not carry out air strikes,
     * agreed to resume nuclear talks): the last one ending at most {@code gap} words before it; else -1.
     */
    int governorBefore(List<Token> tokens, int from, int t, int gap) {
        int found = -1;
        for (int i = Math.max(0, from); i < t; i++) {
            int len = governors.matchAt(tokens, i);
            if (len > 0 && i + len <= t && t - (i + len) <= gap) {
                found = i;
            }
        }
        return found;
    }
}
