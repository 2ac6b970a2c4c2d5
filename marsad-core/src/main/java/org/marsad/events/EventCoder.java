package org.marsad.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.marsad.actors.ActorDictionary;
import org.marsad.actors.Entity;
import org.marsad.model.Actor;
import org.marsad.model.Analysis;
import org.marsad.model.EntityType;
import org.marsad.model.Event;
import org.marsad.model.Mention;
import org.marsad.model.Modality;
import org.marsad.model.Participant;
import org.marsad.model.Section;
import org.marsad.model.Sentence;
import org.marsad.model.Span;
import org.marsad.model.TimeExpression;
import org.marsad.model.Token;

/**
 * Codes events sentence by sentence: trigger patterns give the CAMEO code, word order and
 * prepositions give source and target, cue words give modality, reported speech gives
 * attribution, and the sentence's own time and place are attached. Events told twice are merged.
 */
public final class EventCoder {
    private static final List<String> SUMMARY_LANGS = List.of("ar", "ru", "en");

    private final ActorDictionary dictionary;
    private final CameoCodes codes;
    private final SummaryTemplates summaries;

    public EventCoder(ActorDictionary dictionary, CameoCodes codes, SummaryTemplates summaries) {
        this.dictionary = dictionary;
        this.codes = codes;
        this.summaries = summaries;
    }

    /** Events of one article, in text order, with ids left for the pipeline to number. */
    public List<Event> code(String lang, String text, LocalDate published, List<Sentence> sentences,
                            List<Mention> mentions, List<TimeExpression> times) {
        EventGrammar g = EventGrammar.of(lang);
        Discourse discourse = new Discourse();
        List<Event> events = new ArrayList<>();
        int previousEnd = 0;
        List<TimeExpression> previousTimes = List.of();
        for (Sentence s : sentences) {
            if (text.substring(previousEnd, s.span().start()).indexOf('\n') >= 0) {
                discourse.quoteOpen(false);
            }
            previousEnd = s.span().end();
            List<Mention> here = mentions.stream().filter(x -> s.span().contains(x.span())).toList();
            discourse.count(here, s.section() == Section.Kind.TITLE);
            List<Participants.Group> groups = Participants.find(s.tokens(), here, text, g, discourse, false);
            Participant speaker = discourse.speaker();
            Participant attribution = attribution(s, groups, here, g, discourse);
            if (discourse.speaker() != speaker || attribution != null) {
                // the sentence named a new speaker, or reports one: its pronouns (نحن, they) refer to them
                groups = Participants.find(s.tokens(), here, text, g, discourse, attribution != null);
            }
            List<TimeExpression> timesHere = times.stream().filter(x -> s.span().contains(x.span())).toList();
            List<Span> timeSpans = timesHere.stream().map(TimeExpression::span).toList();
            List<TriggerPattern.Match> found = triggers(s.tokens(), g, groups, here);
            Map<TriggerPattern.Match, TriggerPattern.Match> objects = objects(found, s.tokens(), groups, g);
            List<TriggerPattern.Match> matches = found.stream().filter(m -> !objects.containsValue(m)).toList();
            int sentenceEvents = events.size();
            for (TriggerPattern.Match m : matches) {
                if (said(m, found, s.tokens(), g, groups, timeSpans)) {
                    continue;
                }
                Event e = event(text, s, m, matches, objects.get(m), groups, attribution, timesHere, previousTimes,
                        g, discourse);
                if (e != null) {
                    events.addAll(withReverse(e, m, s.tokens(), text));
                }
            }
            previousTimes = timesHere;
            discourse.antecedent().read(events.subList(sentenceEvents, events.size()), here, g::mutual);
            // after the antecedent has read the acts: a speaker's saying about them does nothing a later "he" stands for
            events.addAll(claims(events.subList(sentenceEvents, events.size()), s, text, g));
            discourse.tellsNoEvents(g.notEventCodes(s.tokens()));
            updateQuotes(s, discourse);
        }
        Set<Integer> headlines = new HashSet<>();
        for (Sentence s : sentences) {
            if (s.section() == Section.Kind.TITLE) {
                headlines.add(s.index());
            }
        }
        // merge once so headlines lend their details, then again for events the story time made equal
        return EventMerger.merge(withStoryTime(EventMerger.merge(events, headlines), published), headlines);
    }

    /** The best pattern match for each trigger word, in text order. */
    private static List<TriggerPattern.Match> triggers(List<Token> tokens, EventGrammar g,
                                                       List<Participants.Group> groups, List<Mention> mentions) {
        List<TriggerPattern.Match> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            TriggerPattern.Match best = null;
            for (Participants.Group grp : groups) {
                if (grp.start() == i && grp.bareAdjectives() && g.titleOrder.contains("after")) {
                    for (TriggerPattern p : g.nounsAfterLeader) {
                        TriggerPattern.Match m = p.matchAfterNationality(tokens, i, grp.end(), tokens.size(), g);
                        if (m != null && better(m, best) && headed(tokens, m, g)) {
                            best = m;
                        }
                    }
                }
            }
            Set<String> lemmas = new LinkedHashSet<>();
            tokens.get(i).analyses().forEach(a -> lemmas.add(a.lemma()));
            for (String lemma : lemmas) {
                for (TriggerPattern p : g.patternsByFirstWord.getOrDefault(lemma, List.of())) {
                    TriggerPattern.Match m = p.matchAt(tokens, i, tokens.size(), g);
                    if (m != null && better(m, best)) {
                        best = m;
                    }
                }
            }
            if (best != null && !startsAt(out, best.triggerStart()) && !compound(tokens, best.start())
                    && !adjective(tokens, best, g, groups) && !modifier(tokens, best, g, groups, out)
                    && !endsAnother(out, best) && !describesOwnWords(tokens, best, g) && !describesCrowd(tokens, best, g)
                    && !inName(tokens.get(best.triggerStart()), mentions)) {
                out.add(best);
            }
        }
        out.sort((a, b) -> Integer.compare(a.triggerStart(), b.triggerStart()));
        return out.stream().map(m -> pluralNoun(tokens, m, g, groups, out) || verbalNoun(tokens, m, g) ? m.asNoun() : m)
                .toList();
    }

    /**
     * A verb trigger read off a word with the article is the verb's noun (الحق في التظاهر, "the right to
     * demonstrate"): a noun's doers are its agent or the subject of a verb governing it, not the verb's.
     * Not after a preposition written onto it (بالتفاوض، للبحث): such a noun completes the verb before it
     * (تلتزم تشيلي بالتفاوض), whose subject is its doer.
     */
    private static boolean verbalNoun(List<Token> tokens, TriggerPattern.Match m, EventGrammar g) {
        String prefix = m.triggerPrefix(tokens);
        return !m.pattern().noun && g.definitePrefixes.contains(prefix) && !g.prepositionPrefixes.containsKey(prefix);
    }

    /** How many words a determiner may stand before a plural noun it opens (the Stockholm office supplies). */
    private static final int DETERMINER_REACH = 3;

    /**
     * A verb trigger of one word in a form that is also a noun (a plural, an -ing form), with a word of its
     * phrase before it, is a noun: the subject of a verb after it in its clause (Israeli police raids in Jenin
     * killed, artillery shells were fired), or a word inside a phrase a determiner opens, another word of the
     * phrase after it (the Stockholm office supplies company, after the museum shooting last week).
     */
    private static boolean pluralNoun(List<Token> tokens, TriggerPattern.Match m, EventGrammar g,
                                      List<Participants.Group> groups, List<TriggerPattern.Match> matches) {
        int t = m.triggerStart();
        if (m.pattern().noun || g.nounForm == null || m.start() != t || m.triggerEnd() != t + 1 || t == 0
                || !g.nounForm.matcher(tokens.get(t).norm()).matches() || !phraseWord(tokens, t - 1, g)) {
            return false;
        }
        if (Arguments.verbLater(groups, tokens, t + 1, m, g, matches)) {
            return true;
        }
        int d = t - 1;
        while (d > 0 && t - d <= DETERMINER_REACH && phraseWord(tokens, d, g)) {
            d--;
        }
        if (g.determiners.matchAt(tokens, d) != 1) {
            return false;
        }
        // a preposition or the end may follow a verb too (once the Cuban group arrives in the United States)
        int next = t + 1;
        return next < tokens.size() && phraseWord(tokens, next, g) && groups.stream().noneMatch(grp -> grp.start() == next);
    }

    /** A word that may stand inside a noun phrase: no boundary, conjunction, preposition, determiner, personal pronoun, auxiliary or speech verb. */
    private static boolean phraseWord(List<Token> tokens, int i, EventGrammar g) {
        return tokens.get(i).kind() == Token.Kind.WORD && g.boundaries.matchAt(tokens, i) == 0
                && g.conjunctions.matchAt(tokens, i) == 0 && !g.prepositionIn(tokens, i, i + 1, true)
                && g.determiners.matchAt(tokens, i) == 0
                && !Arguments.personalPronoun(tokens, i, g)
                && (g.passiveAuxiliaries == null || g.passiveAuxiliaries.matchAt(tokens, i) == 0)
                && g.speech.matchAt(tokens, i) == 0;
    }

    /**
     * A trigger opening a relative clause on words of its own pattern (the protesters who gathered,
     * المتظاهرون الذين تجمعوا) says who those words are, not what happened: the sentence tells of
     * something they did besides.
     */
    private static boolean describesOwnWords(List<Token> tokens, TriggerPattern.Match m, EventGrammar g) {
        int r = m.triggerStart() - 1;
        return m.start() < r && g.relatives.stream().anyMatch(c -> Arguments.oneWordCueAt(c, tokens, r));
    }

    /**
     * A noun after a nationality ends its phrase (an Israeli attack killed, Israeli shelling in Gaza)
     * unless a word of no known kind follows: then it modifies that word (Russian attack helicopters).
     */
    private static boolean headed(List<Token> tokens, TriggerPattern.Match m, EventGrammar g) {
        int i = m.end();
        if (i >= tokens.size() || tokens.get(i).kind() != Token.Kind.WORD) {
            return true;
        }
        if (g.conjunctions.matchAt(tokens, i) > 0 || g.boundaries.matchAt(tokens, i) > 0
                || g.passiveAuxiliaries != null && g.passiveAuxiliaries.matchAt(tokens, i) > 0) {
            return true;
        }
        if (g.prepositionIn(tokens, i, i + 1, true)) {
            return true;
        }
        return tokens.get(i).analyses().stream().anyMatch(a -> g.patternsByFirstWord.containsKey(a.lemma()));
    }

    /** How what a saying asks or promises makes its code precise. */
    private static final SaidCodes SAID = SaidCodes.bundled();

    /** GDELT's quad class of material conflict (assault, fight, coerce). */
    static final int MATERIAL_CONFLICT = 4;
    /** CAMEO's demonstrate or rally, and the sector of a government and its office holders. */
    private static final String RALLY = "141";
    private static final String GOVERNMENT = "GOV";
    private static final String CIVILIANS = "CVL";

    /** How recent a dated event must be, before the article's date, to be the story it reports. */
    private static final int STORY_DAYS = 7;
    /**
     * Preposition roles that name a city as the place when nothing else does (from Kabul, для Дамаска);
     * so does a genitive one (west of Mosul).
     */
    private static final Set<String> OTHER_PLACES = Set.of("other", "with", "from", "for");
    /** Preposition roles of a bare partitive (of) and of من / from, which count a crowd rather than govern it. */
    private static final String PARTITIVE = "-";
    private static final String FROM = "from";

    /**
     * News reports one story: asserted events the text gives no time or place of share those of the
     * first event dated within days of the article (ووقع الرئيسان after استقبل ... أمس في القاهرة).
     */
    private static List<Event> withStoryTime(List<Event> events, LocalDate published) {
        if (published == null) {
            return events;
        }
        Event story = null;
        for (Event e : events) {
            if (story == null && e.time() != null && e.time().value().matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate d = LocalDate.parse(e.time().value());
                if (!d.isAfter(published) && !d.isBefore(published.minusDays(STORY_DAYS))) {
                    story = e;
                }
            }
        }
        if (story == null) {
            return events;
        }
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            out.add(e.modality() == Modality.ASSERTED ? e.filledWith(story.time(), story.place()) : e);
        }
        return out;
    }

    /** How close after a verb trigger an event noun stands when it is that verb's object. */
    private static final int OBJECT_WINDOW = 2;

    /**
     * Event nouns that are the object of a verb trigger (أدان الهجوم "condemned the attack", refused
     * Egypt's request), by their verb: they name an event told elsewhere, not a new one. Up to
     * OBJECT_WINDOW words may come between, not counting a possessor and its 's.
     */
    private static Map<TriggerPattern.Match, TriggerPattern.Match> objects(List<TriggerPattern.Match> matches,
            List<Token> tokens, List<Participants.Group> groups, EventGrammar g) {
        Map<TriggerPattern.Match, TriggerPattern.Match> out = new HashMap<>();
        for (TriggerPattern.Match m : matches) {
            for (TriggerPattern.Match v : matches) {
                if (m.pattern().noun && !v.pattern().noun && v.triggerEnd() <= m.triggerStart()
                        && words(tokens, v.triggerEnd(), m.triggerStart(), groups, g) <= OBJECT_WINDOW
                        && (v.pattern().speechAct || !prepositionBetween(tokens, v.triggerEnd(), m.triggerStart(), g))) {
                    out.put(v, m);
                }
            }
        }
        return out;
    }

    /**
     * An object follows its verb directly: killed in an attack is no object (the attack is told anew);
     * what a saying is about may follow a preposition (accused Russia of the shelling, обвинила в обстреле).
     */
    private static boolean prepositionBetween(List<Token> tokens, int from, int to, EventGrammar g) {
        return g.prepositionIn(tokens, from, to, true);
    }

    /** Words in [from, to) outside participants and possessive markers. */
    private static int words(List<Token> tokens, int from, int to, List<Participants.Group> groups, EventGrammar g) {
        int n = 0;
        for (int i = from; i < to; i++) {
            int possessive = g.possessives.matchAt(tokens, i);
            if (possessive > 0) {
                i += possessive - 1;
                continue;
            }
            boolean inGroup = false;
            for (Participants.Group grp : groups) {
                inGroup |= grp.start() <= i && i < grp.end();
            }
            if (!inGroup) {
                n++;
            }
        }
        return n;
    }

    /** A word hyphenated to the one before it is part of a compound (US-supplied, Iran-backed), not a trigger. */
    private static boolean compound(List<Token> tokens, int i) {
        if (i < 2) {
            return false;
        }
        Token hyphen = tokens.get(i - 1);
        return hyphen.norm().equals("-") && tokens.get(i - 2).span().end() == hyphen.span().start()
                && hyphen.span().end() == tokens.get(i).span().start();
    }

    /**
     * True when a verb trigger is what a saying before it in its clause asks, promises, threatens or
     * alleges (urged Iran to release, pledged to help, accused Russia of shelling, призвала Иран
     * освободить задержанных, طلب مصر فتح المعبر): that is the saying's content, which has not happened, not an event of
     * its own. So is an event noun a verb governs there (agreed to resume nuclear talks).
     */
    private static boolean said(TriggerPattern.Match m, List<TriggerPattern.Match> matches, List<Token> tokens,
                                EventGrammar g, List<Participants.Group> groups, List<Span> times) {
        for (TriggerPattern.Match o : matches) {
            if (o != m && o.pattern().speechAct && o.triggerEnd() <= m.triggerStart()
                    && m.triggerStart() < clause(tokens, o, g, groups)[1]
                    && !secondVerbOf(o, m, matches, tokens, g, times)
                    && (!m.pattern().noun
                        || g.governorBefore(tokens, o.triggerEnd(), m.triggerStart(), OBJECT_WINDOW) >= 0)) {
                return true;
            }
            if (o != m && !m.pattern().noun && !o.pattern().noun && o.pattern().cameo.startsWith(REJECT_ROOT) && o.triggerEnd() <= m.triggerStart()
                    && m.triggerStart() - o.triggerEnd() <= 1) {
                // a verb right after a refusal is what was refused (refused to extradite), not an event of its own
                return true;
            }
        }
        return false;
    }

    /**
     * A verb joined to a saying by a conjunction, with nothing told between them, is the sayer's second
     * act (accused Guyana and threatened it, обвинил и пригрозил, اتهم ... وهددها), not what was said;
     * after a content verb (urged Iran to halt and withdraw) the conjunction joins the content.
     */
    private static boolean secondVerbOf(TriggerPattern.Match o, TriggerPattern.Match m,
                                        List<TriggerPattern.Match> matches, List<Token> tokens, EventGrammar g,
                                        List<Span> times) {
        if (m.pattern().noun || !coordinatedVerb(m, tokens, g, times)
                || !m.pattern().speechAct && ACT_CONTENT_ROOTS.contains(o.pattern().cameo.substring(0, 2))) {
            return false;
        }
        return matches.stream().noneMatch(x -> x != o && x != m && x.triggerStart() >= o.triggerEnd()
                && x.triggerEnd() <= m.triggerStart());
    }

    /**
     * A conjunction opens the verb: on it (وهددها), right before it, or before its pronoun subject or a
     * time (and he threatened, а в среду передала).
     */
    private static boolean coordinatedVerb(TriggerPattern.Match m, List<Token> tokens, EventGrammar g,
                                           List<Span> times) {
        return Arguments.conjunctionOf(m, tokens, g, times) >= 0;
    }

    /**
     * Where the modality cues of a verb's clause begin to reach it: a verb joined by a conjunction to no
     * event before it is the subject's second act (did not want the situation to escalate and urged India),
     * out of reach of the cues before the conjunction; joined to an event (will visit Moscow and sign),
     * it shares that event's.
     */
    private static int modalityReach(TriggerPattern.Match m, List<TriggerPattern.Match> matches, List<Token> tokens,
                                     EventGrammar g, List<Span> times, int[] clause) {
        int conjunction = m.pattern().noun ? -1 : Arguments.conjunctionOf(m, tokens, g, times);
        if (conjunction < 0 || matches.stream().anyMatch(x -> x != m && x.triggerEnd() <= conjunction
                && x.triggerStart() >= clause[0])) {
            return 0;
        }
        return conjunction;
    }

    /**
     * A verb coordinated to an earlier verb of the sentence, with no subject of its own, is done by that
     * verb's subject; a name between the two verbs is the earlier verb's object, not this one's subject
     * (اتهم مادورو غيانا ... وهددها). An object pronoun on it (him, ей, -ها, معه) stands for the earlier object.
     */
    private static Arguments sharedWithEarlierVerb(Arguments args, TriggerPattern.Match m,
            List<Participants.Group> groups, List<Token> tokens, Participant attribution, EventGrammar g,
            List<TriggerPattern.Match> matches, List<Span> timeSpans) {
        if (m.pattern().noun || !coordinatedVerb(m, tokens, g, timeSpans)) {
            return args;
        }
        TriggerPattern.Match earlier = null;
        for (TriggerPattern.Match v : matches) {
            if (!v.pattern().noun && v.triggerEnd() <= m.triggerStart()) {
                earlier = v;
            }
        }
        if (earlier == null) {
            return args;
        }
        int from = tokens.get(earlier.triggerEnd() - 1).span().end();
        int to = tokens.get(m.triggerStart()).span().start();
        boolean ownSubject = !args.source().isEmpty() && args.source().stream()
                .noneMatch(p -> p.span().start() >= from && p.span().end() <= to);
        boolean objectPronoun = objectPronoun(m, tokens, g);
        if (ownSubject && (!objectPronoun || !args.target().isEmpty())) {
            return args;
        }
        Arguments first = Arguments.find(groups, tokens, earlier, clause(tokens, earlier, g, groups), attribution, g,
                matches, timeSpans);
        if (first.source().isEmpty() || !nextTo(first.source(), earlier, tokens)) {
            return args;
        }
        if (!ownSubject) {
            // read the verb again without the earlier verb's words: its own object may have been taken
            // for the same actor as the misread subject (احتجزت ... رجلا ألمانيا وسلمته إلى السلطات الألمانية)
            int v = earlier.triggerEnd();
            List<Participants.Group> own = groups.stream()
                    .filter(grp -> grp.start() < v || grp.start() >= m.triggerStart()).toList();
            args = new Arguments(first.source(), Arguments.find(own, tokens, m, clause(tokens, m, g, groups),
                    attribution, g, matches, timeSpans).target());
        }
        return objectPronoun && args.target().isEmpty() ? new Arguments(args.source(), first.target()) : args;
    }

    /**
     * The earlier verb's doers stand before it or right after it: one found further on (شكر مغردون أمير مكة,
     * tweeters thanked the emir) is more likely its object, and no subject to lend the next verb.
     */
    private static boolean nextTo(List<Participant> doers, TriggerPattern.Match verb, List<Token> tokens) {
        int before = tokens.get(verb.triggerStart()).span().start();
        int after = verb.triggerEnd() < tokens.size() ? tokens.get(verb.triggerEnd()).span().start() : Integer.MAX_VALUE;
        return doers.stream().allMatch(p -> p.span().end() <= before || p.span().start() == after);
    }

    /** An object pronoun is on the verb (a clitic, هددها) or among the two words after it (handed him over). */
    private static boolean objectPronoun(TriggerPattern.Match m, List<Token> tokens, EventGrammar g) {
        for (Analysis a : tokens.get(m.triggerEnd() - 1).analyses()) {
            if (!a.suffix().isEmpty()) {
                return true;
            }
        }
        for (int i = m.triggerEnd(); i < Math.min(tokens.size(), m.triggerEnd() + 2); i++) {
            if (g.objectPronouns.matchAt(tokens, i) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The trigger opens its clause (only punctuation or a conjunction before it), a clause no relative word
     * opens (الرجل الذي قتل: its subject is the noun before, whoever did it), and is bare: no article and
     * no preposition on it, which a noun would take (القتل، بقتل).
     */
    private static boolean firstInClause(List<Token> tokens, TriggerPattern.Match m, int[] clause, EventGrammar g) {
        for (EventGrammar.Cue relative : g.relatives) {
            for (int i = Math.max(0, clause[0] - 3); i < clause[0]; i++) {
                if (relative.words().matchAt(tokens, i) == clause[0] - i) {
                    return false;
                }
            }
        }
        for (int i = clause[0]; i < m.triggerStart(); i++) {
            if (tokens.get(i).kind() == Token.Kind.WORD && g.conjunctions.matchAt(tokens, i) == 0) {
                return false;
            }
        }
        Token t = tokens.get(m.triggerStart());
        return !g.definite(t) && t.analyses().stream().noneMatch(a -> g.prepositionPrefixes.containsKey(a.prefix()));
    }

    /** The clause of a trigger; a saying's reaches its addressee across its complementiser (demanded that Russia ...). */
    private static int[] clause(List<Token> tokens, TriggerPattern.Match m, EventGrammar g,
                                List<Participants.Group> groups) {
        int[] clause = Clauses.around(tokens, m.triggerStart(), m.triggerEnd(), g, groups);
        if (m.pattern().speechAct && clause[1] == m.triggerEnd() && clause[1] + 1 < tokens.size()) {
            return new int[] {clause[0], Clauses.around(tokens, clause[1] + 1, clause[1] + 1, g, groups)[1]};
        }
        return clause;
    }

    /**
     * What a saying asks, promises or demands: the first verb trigger after it in its clause (urged Iran
     * to release, призвала снять санкции) or the event noun that is its object (pledged humanitarian
     * aid), whichever comes first: in pledged to lift sanctions the noun is the lifting's object. A noun
     * further on, or after a preposition of place, may tell a circumstance instead (the promise he made
     * during his visit, пообещала на встрече демонтировать).
     */
    private static TriggerPattern.Match content(TriggerPattern.Match m, TriggerPattern.Match object,
            List<TriggerPattern.Match> matches, List<Token> tokens, EventGrammar g, List<Participants.Group> groups) {
        if (object != null && g.prepositionIn(tokens, m.triggerEnd(), object.triggerStart(), "place")) {
            object = null;
        }
        int end = clause(tokens, m, g, groups)[1];
        for (TriggerPattern.Match o : matches) {
            if (o != m && !o.pattern().noun && o.triggerStart() >= m.triggerEnd() && o.triggerStart() < end
                    && (object == null || o.triggerStart() < object.triggerStart())) {
                return o;
            }
        }
        return object;
    }

    /** CAMEO's root of rejections. */
    private static final String REJECT_ROOT = "12";
    /**
     * Sayings whose content is an act to be done (appeals, intents, demands, threats): a plain act
     * joined to that content by a conjunction continues it (urged Iran to stop enrichment and release
     * the prisoners), where a saying of another kind may be followed by a second act of the sayer.
     */
    private static final Set<String> ACT_CONTENT_ROOTS = Set.of("02", "03", "10", "13");

    /**
     * The doers of the event a verb's object names are the verb's target when it names none
     * (condemned Israel's attack, dismissed the demands of Guyana): they are who it answers.
     */
    private static List<Participant> objectAgents(Arguments verb, Arguments object) {
        return others(verb, object.source());
    }

    /** The participants whose actors are not the event's own doers. */
    private static List<Participant> others(Arguments event, List<Participant> ps) {
        Set<String> own = new HashSet<>();
        event.source().forEach(p -> own.add(p.actor().code()));
        return ps.stream().filter(p -> !own.contains(p.actor().code())).toList();
    }

    /** The words a governing verb may leave before its noun: a determiner and an adjective (held a mass rally). */
    private static final int HOLDER_GAP = 2;
    /** How far before the noun such a verb may start: the gap and a verb of up to three words. */
    private static final int HOLDER_REACH = HOLDER_GAP + 3;

    /** A verb that governs the noun trigger stands right before it (staged a sit-in, проведут марш). */
    private static boolean held(List<Token> tokens, TriggerPattern.Match m, EventGrammar g) {
        int t = m.triggerStart();
        return g.governorBefore(tokens, t - HOLDER_REACH, t, HOLDER_GAP) >= 0;
    }

    /**
     * A crowd a protest pattern names after its trigger (رشق ... المتظاهرين) is meant as its doer: found
     * as the target instead, it is whom others acted on (رشق مجهولون المتظاهرين بالحجارة), no protest.
     */
    private static boolean crowdStruck(Arguments args, TriggerPattern.Match m, List<Token> tokens) {
        if (m.end() <= m.triggerEnd() || !m.pattern().cameo.startsWith(Arguments.PROTEST_ROOT)) {
            return false;
        }
        Span words = new Span(tokens.get(m.triggerEnd()).span().start(), tokens.get(m.end() - 1).span().end());
        return unnamedCivilians(args.target().stream().filter(p -> words.contains(p.span())).toList());
    }

    /**
     * A protest pattern that names its crowd (أحرق المتظاهرون, protesters burned) is done by that crowd:
     * a doer found only after the crowd word, where the crowd has no known state, belongs to other
     * words (the American flags they burned, the soldiers they pelted), so there is no event. A name
     * right after a crowd word is the crowd's own (المتظاهرون الصرب); one before it may be the crowd
     * the word describes (مليونا لبناني خرجوا متظاهرين).
     */
    private static boolean crowdElsewhere(Arguments args, TriggerPattern.Match m, List<Token> tokens, EventGrammar g) {
        if (!m.pattern().cameo.startsWith(Arguments.PROTEST_ROOT) || args.source().isEmpty()) {
            return false;
        }
        List<Span> crowds = new ArrayList<>();
        for (int i = m.start(); i < m.end(); i++) {
            int len = i >= m.triggerStart() && i < m.triggerEnd() ? 0 : crowdWordAt(tokens, i, g);
            if (len > 0) {
                int after = Math.min(i + len, tokens.size() - 1);
                crowds.add(new Span(tokens.get(i).span().start(), tokens.get(after).span().end()));
                i += len - 1;
            }
        }
        return !crowds.isEmpty() && args.source().stream().allMatch(p -> p.span().start() > crowds.get(0).start()
                && crowds.stream().noneMatch(c -> c.overlaps(p.span())));
    }

    /**
     * A verb form that may describe the noun before it, right after a crowd word a preposition governs (its
     * counting words between), tells what that crowd was doing and is no event of its own: fired on protesters
     * protesting high prices, فتحت النار باتجاه متظاهرين يحتجون.
     */
    private static boolean describesCrowd(List<Token> tokens, TriggerPattern.Match m, EventGrammar g) {
        int t = m.triggerStart();
        if (m.pattern().noun || g.descriptiveForm == null || m.start() != t
                || !g.descriptiveForm.matcher(tokens.get(t).norm()).matches()) {
            return false;
        }
        for (int len = 1; len <= t; len++) {
            if (crowdWordAt(tokens, t - len, g) == len) {
                int from = t - len;
                while (from > 0 && (tokens.get(from - 1).kind() == Token.Kind.NUMBER
                        || g.quantities.matchAt(tokens, from - 1) == 1) && !g.prepositionIn(tokens, from - 1, from, true)) {
                    from--;
                }
                // a partitive (thousands of protesters, الآلاف من المتظاهرين) counts the crowd, governs it not
                return from > 0 && g.prepositionIn(tokens, from - 1, from,
                        role -> !role.equals(PARTITIVE) && !role.equals(FROM));
            }
        }
        return false;
    }

    /** The length of the crowd word (protesters, المتظاهرون) at token i, or 0. */
    private static int crowdWordAt(List<Token> tokens, int i, EventGrammar g) {
        for (EventGrammar.Cue cue : g.pronouns) {
            int len = cue.value().startsWith(Participants.CROWD) ? cue.words().matchAt(tokens, i) : 0;
            if (len > 0) {
                return len;
            }
        }
        return 0;
    }

    private static boolean unnamedCivilians(List<Participant> ps) {
        return !ps.isEmpty() && ps.stream().allMatch(p -> p.mention() == null && CIVILIANS.equals(p.actor().sector()));
    }

    /**
     * An event with nobody named as its doer was done by unnamed people of the place where it happened:
     * a bombing or shooting (فجر انتحاري نفسه في بيشاور) by unidentified armed men (sector UAF), a protest
     * that broke out (اندلعت مظاهرات في القاهرة) by civilians (CVL); with no place named it is not coded.
     */
    private Arguments unnamedDoers(Arguments args, String sector, TriggerPattern.Match m, List<Token> tokens,
                                   String text, int[] clause, EventGrammar g, List<Participants.Group> groups) {
        Event.Place place = place(groups, placeRange(tokens, m, clause, g, groups), tokens, g);
        String country = place != null ? place.country() : null;
        if (country == null) {
            return args;
        }
        Span span = new Span(tokens.get(m.triggerStart()).span().start(), tokens.get(m.triggerEnd() - 1).span().end());
        // the place itself is where they acted, not on whom (an attack in Baghdad, protests swept Cairo);
        // a crowd may still protest against its own state's government, and gunmen may strike the place's
        // own people where a name tells who they were (Thai soldiers were killed in Bangkok)
        boolean crowd = sector.equals(CIVILIANS);
        List<Participant> target = args.target().stream().filter(p -> !p.actor().code().equals(country)
                || (crowd || p.mention() != null) && p.actor().sector() != null
                && !p.span().equals(place.span())).toList();
        return new Arguments(List.of(new Participant(new Actor(country, sector), span.of(text), span,
                null)), target);
    }

    /**
     * Violence a named doer did in another country's place, with nobody named as struck, struck the
     * people of the place (four children were killed in Israeli shelling in Gaza).
     */
    private static Arguments struckPeople(Arguments args, Event.Place place) {
        String country = place.country();
        if (args.source().stream().anyMatch(p -> p.actor().code().equals(country))) {
            return args;
        }
        return new Arguments(args.source(), List.of(new Participant(new Actor(country, null),
                place.text(), place.span(), null)));
    }

    /**
     * A verb form right after a determiner is an adjective (the detained journalists, a captured pilot),
     * and so is a participle that is no verb form (убитого журналиста, собравшуюся толпу) unless its
     * agent follows it (задержанных турецкой полицией).
     */
    private static boolean adjective(List<Token> tokens, TriggerPattern.Match m, EventGrammar g,
                                     List<Participants.Group> groups) {
        int t = m.triggerStart();
        if (m.pattern().noun) {
            return false;
        }
        return t > 0 && m.start() == t && g.determiners.matchAt(tokens, t - 1) == 1
                || Participants.tagged(tokens.get(t), g.participleTag) && !Participants.tagged(tokens.get(t), g.finiteTag)
                && !Arguments.agentCaseAfter(groups, m);
    }

    /**
     * A verb form that may be a past participle describes the noun after it when nothing before it can be
     * its subject: right after a preposition or right after a verb trigger (freed jailed opposition leaders,
     * the release of imprisoned journalists, beat arrested activists). A verb trigger that may be a plural
     * noun is no such verb (the attacks killed 20).
     */
    private static boolean modifier(List<Token> tokens, TriggerPattern.Match m, EventGrammar g,
                                    List<Participants.Group> groups, List<TriggerPattern.Match> before) {
        int t = m.triggerStart();
        if (m.pattern().noun || g.participleForm == null || m.start() != t || m.triggerEnd() != t + 1 || t == 0
                || t + 1 >= tokens.size() || !g.participleForm.matcher(tokens.get(t).norm()).matches()
                || !phraseWord(tokens, t + 1, g)) {
            return false;
        }
        if (g.prepositionIn(tokens, t - 1, t, true) || pastVerb(tokens, t - 1, g, groups)) {
            return true;
        }
        for (TriggerPattern.Match o : before) {
            if (!o.pattern().noun && o.triggerEnd() == t
                    && (g.nounForm == null || !g.nounForm.matcher(tokens.get(o.triggerStart()).norm()).matches())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A word in a past verb form that no participant's name holds (freed), not closing a relative clause
     * or a passive (protesters who gathered, who were deployed): a verb form after it is no second verb.
     */
    private static boolean pastVerb(List<Token> tokens, int i, EventGrammar g, List<Participants.Group> groups) {
        if (tokens.get(i).kind() != Token.Kind.WORD || !g.participleForm.matcher(tokens.get(i).norm()).matches()
                || groups.stream().anyMatch(grp -> grp.start() <= i && i < grp.end())) {
            return false;
        }
        return i == 0 || g.relatives.stream().noneMatch(c -> Arguments.oneWordCueAt(c, tokens, i - 1))
                && (g.passiveAuxiliaries == null || g.passiveAuxiliaries.matchAt(tokens, i - 1) == 0);
    }

    /**
     * A trigger that is the last word of a longer match already found is that match's word
     * (threatened ... with a strike, пригрозила ... ударом), as is one inside a trigger of several
     * words (held talks), not an event of its own. A verb ending a saying is kept: it is what is said
     * (asked Sweden to extradite), which makes the saying's code precise and is no event itself.
     */
    private static boolean endsAnother(List<TriggerPattern.Match> matches, TriggerPattern.Match m) {
        for (TriggerPattern.Match o : matches) {
            if (o.start() < m.triggerStart() && o.end() == m.triggerEnd() && o.triggerEnd() < o.end()
                    && !(o.pattern().speechAct && !m.pattern().noun)
                    || o.triggerStart() < m.triggerStart() && m.triggerEnd() <= o.triggerEnd()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A trigger word inside a listed name or a person's name is part of that name, not a verb or noun of
     * its own: طالبان is the Taliban, not "the two demanded"; إيد رينولد is a person, not "supported".
     */
    private static boolean inName(Token trigger, List<Mention> mentions) {
        for (Mention x : mentions) {
            if ((x.type() == EntityType.PER || x.entity() != null && x.type() != EntityType.MISC)
                    && x.span().contains(trigger.span())) {
                return true;
            }
        }
        return false;
    }

    /** A trigger marked inside a pattern (=word) may already have been found from an earlier word. */
    private static boolean startsAt(List<TriggerPattern.Match> matches, int trigger) {
        for (TriggerPattern.Match m : matches) {
            if (m.triggerStart() == trigger) {
                return true;
            }
        }
        return false;
    }

    private static boolean better(TriggerPattern.Match m, TriggerPattern.Match best) {
        if (best == null) {
            return true;
        }
        if (m.specificity() != best.specificity()) {
            return m.specificity() > best.specificity();
        }
        return (m.end() - m.start()) < (best.end() - best.start());
    }

    private Event event(String text, Sentence s, TriggerPattern.Match m, List<TriggerPattern.Match> matches,
                        TriggerPattern.Match object, List<Participants.Group> groups, Participant attribution, List<TimeExpression> times,
                        List<TimeExpression> previousTimes, EventGrammar g, Discourse discourse) {
        List<Token> tokens = s.tokens();
        int t = m.triggerStart();
        List<String> contexts = contexts(tokens, m.pattern(), g);
        TriggerPattern.Match content = m.pattern().speechAct ? content(m, object, matches, tokens, g, groups) : null;
        String said = content == null ? m.pattern().cameo : SAID.of(m.pattern().cameo,
                g.refine(content.pattern().cameo, contexts(tokens, content.pattern(), g)));
        if (said.equals(m.pattern().cameo)) {
            // what is said tells nothing of the saying's code (accused critics of plans to leave the EU)
            content = null;
        }
        String code = g.refine(said, contexts);
        if (g.notEvent(code, tokens)) {
            return null;
        }
        CameoCode cameo = codes.get(code).orElse(null);
        if (cameo == null) {
            return null;
        }
        int[] clause = clause(tokens, m, g, groups);
        if (m.pattern().clauseFirst && !firstInClause(tokens, m, clause, g)) {
            return null;
        }
        List<Span> timeSpans = times.stream().map(TimeExpression::span).toList();
        Arguments args = Arguments.find(groups, tokens, m, clause,
                attribution == null ? droppedPerson(tokens, m, clause, g, groups, discourse) : attribution, g, matches,
                timeSpans);
        if (crowdStruck(args, m, tokens) || crowdElsewhere(args, m, tokens, g)) {
            return null;
        }
        args = sharedWithEarlierVerb(args, m, groups, tokens, attribution, g, matches, timeSpans);
        // an event discussed is a topic, its doers no party to the talks (the Council discussed the Iranian attack)
        if (object != null && !m.pattern().topicObject && !args.source().isEmpty() && args.target().isEmpty()) {
            args = new Arguments(args.source(), objectAgents(args, Arguments.find(groups, tokens, object,
                    Clauses.around(tokens, object.triggerStart(), object.triggerEnd(), g, groups), attribution, g,
                    matches, timeSpans)));
        }
        if (content != null && content != object && !args.source().isEmpty() && args.target().isEmpty()) {
            // whom what is said concerns is whom the saying concerns: pledged to lift sanctions on Syria
            args = new Arguments(args.source(), others(args, Arguments.find(groups, tokens, content,
                    clause(tokens, content, g, groups), attribution, g, matches, timeSpans).target()));
        }
        if (cameo.quad() == MATERIAL_CONFLICT && unnamedCivilians(args.source())) {
            // unnamed people next to violence are its victims (قتل خمسة أشخاص في هجوم), not its doers
            args = new Arguments(List.of(), args.target());
        }
        if (args.source().isEmpty() && args.target().isEmpty()) {
            Arguments sides = storySides(tokens, m, text, g, discourse);
            args = sides != null ? sides : args;
        }
        if (args.source().isEmpty() && (m.pattern().unnamedSource || m.pattern().unnamedCrowd)) {
            args = unnamedDoers(args, m.pattern().unnamedSource ? "UAF" : CIVILIANS, m, tokens, text, clause, g, groups);
        }
        if (args.source().isEmpty() || (m.pattern().needsTarget && args.target().isEmpty())
                || m.pattern().heldOrAimed && args.target().isEmpty() && !held(tokens, m, g)) {
            // an event is who did what: without a "who" it is not coded
            return null;
        }
        if (code.startsWith(RALLY) && args.source().stream().allMatch(p -> GOVERNMENT.equals(p.actor().sector()))) {
            // a government does not take to the streets: a president's rally is a campaign event
            return null;
        }
        if (m.pattern().noun && args.target().isEmpty() && discourse.toldAsNoEvent(code)) {
            // the article told such events as none before: Trump's meeting tonight is one of the
            // campaign meetings it named, the crash one more word for the road accident
            return null;
        }
        Set<String> ploverContexts = new LinkedHashSet<>(cameo.ploverContext());
        ploverContexts.addAll(contexts);
        Modality modality = ModalityFinder.find(tokens, m, clause, g, groups,
                modalityReach(m, matches, tokens, g, timeSpans, clause));
        // the time in the event's own clause, else the nearest in its sentence
        TimeExpression time = nearest(inClause(times, tokens, clause), tokens.get(t).span());
        if (time == null) {
            time = nearest(notInLaterClause(times, tokens, clause, g), tokens.get(t).span());
        }
        if (time == null && !previousTimes.isEmpty() && anaphor(tokens, clause, g)) {
            // "then", "there" (именно там): the time the sentence before ended on
            time = previousTimes.get(previousTimes.size() - 1);
        }
        Event.Place place = m.pattern().placeIsTarget || placeTarget(groups, args) ? targetPlace(groups, args) : null;
        if (place == null) {
            place = place(groups, placeRange(tokens, m, clause, g, groups), tokens, g);
        }
        if (place != null && place.country() != null && args.target().isEmpty() && m.pattern().unnamedSource) {
            args = struckPeople(args, place);
        }
        Span triggerSpan = new Span(tokens.get(t).span().start(), tokens.get(m.triggerEnd() - 1).span().end());
        double confidence = 0.6 + (args.source().isEmpty() ? 0 : 0.1) + (args.target().isEmpty() ? 0 : 0.1)
                + (m.pattern().noun ? 0 : 0.1);
        return new Event(null, s.index(), s.span(), new Event.Trigger(triggerSpan.of(text), triggerSpan), code,
                new Event.Plover(cameo.ploverType(), cameo.ploverMode(), List.copyOf(ploverContexts)),
                cameo.quad(), cameo.goldstein(), args.source(), args.target(),
                time == null ? null : new Event.EventTime(time.value(), time.id()), place, modality, attribution,
                Math.round(confidence * 100) / 100.0,
                summary(code, args, time == null ? null : time.value()));
    }

    /**
     * The event, and the act its target did where its trigger row names one (CAMEO's paired codes:
     * police dispersed a protest in Cairo, and the people of Cairo protested against the police). That
     * act's doers are the event's targets other than its place, else the civilians of its place, who
     * are then the event's target too (with neither, it is not coded); it is aimed at the event's
     * doers, anchored on the pattern's last word (the protest) and shares the event's time, place and
     * modality. An act that did not happen tells nothing of its target's.
     */
    private List<Event> withReverse(Event e, TriggerPattern.Match m, List<Token> tokens, String text) {
        String code = m.pattern().reverse;
        CameoCode cameo = code == null || e.modality() == Modality.NEGATED ? null : codes.get(code).orElse(null);
        if (cameo == null) {
            return List.of(e);
        }
        Span noun = tokens.get(m.end() - 1).span();
        List<Participant> doers = e.target().stream()
                .filter(p -> e.place() == null || !p.span().equals(e.place().span())).toList();
        if (doers.isEmpty() && e.place() != null && e.place().country() != null) {
            doers = List.of(new Participant(new Actor(e.place().country(), CIVILIANS), noun.of(text), noun, null));
        }
        if (doers.isEmpty()) {
            return List.of(e);
        }
        String time = e.time() == null ? null : e.time().value();
        Event acted = new Event(e.id(), e.sentence(), e.evidence(), e.trigger(), e.cameo(), e.plover(), e.quad(),
                e.goldstein(), e.source(), doers, e.time(), e.place(), e.modality(), e.attribution(), e.confidence(),
                summary(e.cameo(), new Arguments(e.source(), doers), time));
        Event reverse = new Event(null, e.sentence(), e.evidence(), new Event.Trigger(noun.of(text), noun), code,
                new Event.Plover(cameo.ploverType(), cameo.ploverMode(), cameo.ploverContext()), cameo.quad(),
                cameo.goldstein(), doers, e.source(), e.time(), e.place(), e.modality(), e.attribution(),
                e.confidence(), summary(code, new Arguments(doers, e.source()), time));
        return List.of(acted, reverse);
    }

    /** The sayings the sentence's reported violence tells of its speaker ({@link Claims}), anchored on the speech verb. */
    private List<Event> claims(List<Event> sentenceEvents, Sentence s, String text, EventGrammar g) {
        List<Event> out = new ArrayList<>();
        for (Claims.Claim c : Claims.of(sentenceEvents, s.tokens(), g)) {
            CameoCode cameo = codes.get(c.code()).orElse(null);
            if (cameo == null) {
                continue;
            }
            Event told = c.told();
            out.add(new Event(null, told.sentence(), told.evidence(), new Event.Trigger(c.verb().of(text), c.verb()),
                    c.code(), new Event.Plover(cameo.ploverType(), cameo.ploverMode(), cameo.ploverContext()),
                    cameo.quad(), cameo.goldstein(), c.source(), c.target(), null, null, Modality.ASSERTED,
                    told.attribution(), told.confidence(), summary(c.code(), new Arguments(c.source(), c.target()), null)));
        }
        return out;
    }

    private Map<String, String> summary(String code, Arguments args, String time) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String lang : SUMMARY_LANGS) {
            out.put(lang, summaries.render(code, lang, names(args.source(), lang), names(args.target(), lang),
                    time == null ? null : TimeText.render(time, lang)));
        }
        return out;
    }

    /** Display names of participants' actors in a language, joined by its "and"; null for none. */
    private String names(List<Participant> ps, String lang) {
        List<String> names = new ArrayList<>();
        for (Participant p : ps) {
            Entity e = dictionary.forActor(p.actor().code());
            String name = e != null && e.name(lang) != null ? e.name(lang) : p.actor().code();
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        EventGrammar g = EventGrammar.of(lang);
        // a conjunction that is also a clitic is written onto the next name (الهند وباكستان)
        String and = g.conjunctionPrefixes.contains(g.and) ? " " + g.and : " " + g.and + " ";
        return names.isEmpty() ? null : String.join(and, names);
    }

    private static List<String> contexts(List<Token> tokens, TriggerPattern p, EventGrammar g) {
        Set<String> out = new LinkedHashSet<>();
        if (p.context != null) {
            out.add(p.context);
        }
        for (int i = 0; i < tokens.size(); i++) {
            for (EventGrammar.Cue c : g.contexts) {
                if (c.words().matchAt(tokens, i) > 0) {
                    out.add(c.value());
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * Where an event's place may be named: its own clause, and the clause before it when the event
     * opens its clause or that clause is a fronted adverbial opening the sentence with a preposition
     * (وفي قمة ... في أستانا، وقع ...; At the summit in Astana on 9 June, the leaders signed ...).
     */
    private static int[] placeRange(List<Token> tokens, TriggerPattern.Match m, int[] clause, EventGrammar g,
                                    List<Participants.Group> groups) {
        if (clause[0] == 0) {
            return clause;
        }
        int[] before = Clauses.around(tokens, clause[0] - 1, clause[0] - 1, g, groups);
        boolean fronted = before[0] == 0 && startsWithPreposition(tokens, g);
        if (m.triggerStart() - clause[0] > 1 && !fronted) {
            return clause;
        }
        return new int[] {before[0], clause[1]};
    }

    private static boolean startsWithPreposition(List<Token> tokens, EventGrammar g) {
        for (EventGrammar.Cue cue : g.prepositions) {
            if (cue.words().matchAt(tokens, 0) > 0) {
                return true;
            }
        }
        return false;
    }

    /** The first place named with a locative preposition (في أستانا، بالقاهرة) within a token range. */
    private Event.Place place(List<Participants.Group> groups, int[] range, List<Token> tokens, EventGrammar g) {
        for (Participants.Group grp : groups) {
            if (grp.start() < range[0] || grp.end() > range[1]) {
                continue;
            }
            Participants.Part part = grp.parts().get(0);
            if (grp.end() < tokens.size() && g.possessives.matchAt(tokens, grp.end()) > 0) {
                // in Iran's relations: a possessor, not a place
                continue;
            }
            boolean locative = "place".equals(grp.preposition())
                    || ((grp.genitive() || OTHER_PLACES.contains(String.valueOf(grp.preposition()))) && isCity(part));
            if (locative && part.type() == EntityType.LOC && part.entity() != null) {
                return place(part);
            }
        }
        return null;
    }

    /** True when the event took its target as a place (warships deployed around Taiwan, حول تايوان). */
    private static boolean placeTarget(List<Participants.Group> groups, Arguments args) {
        for (Participants.Group grp : groups) {
            if (!args.target().isEmpty() && grp.participants().contains(args.target().get(0))) {
                return "place".equals(grp.preposition()) || "place".equals(grp.undeclined());
            }
        }
        return false;
    }

    /** The event's target when it is a place (the country or city visited). */
    private Event.Place targetPlace(List<Participants.Group> groups, Arguments args) {
        for (Participants.Group grp : groups) {
            for (Participants.Part part : grp.parts()) {
                if (!args.target().isEmpty() && part.participant() == args.target().get(0)
                        && part.type() == EntityType.LOC && part.entity() != null) {
                    return place(part);
                }
            }
        }
        return null;
    }

    /** A place with coordinates (a city) is where things happen when a preposition leads to it. */
    private boolean isCity(Participants.Part part) {
        Entity e = part.entity() == null ? null : dictionary.get(part.entity());
        return e != null && e.lat() != null;
    }

    private Event.Place place(Participants.Part part) {
        Participant p = part.participant();
        Entity e = dictionary.get(part.entity());
        return new Event.Place(p.text(), p.span(), p.actor().code(), e == null ? null : e.lat(),
                e == null ? null : e.lon());
    }

    /**
     * A definite event noun with nobody named (المباحثات, "the talks") is the story's own: its two sides
     * are the two states the article has spoken of most.
     */
    private static Arguments storySides(List<Token> tokens, TriggerPattern.Match m, String text, EventGrammar g,
                                        Discourse discourse) {
        String prefix = m.pattern().elements.get(m.pattern().triggerIndex).prefixAt(tokens, m.triggerStart());
        List<String> pair = discourse.mainPair();
        boolean definite = g.definitePrefixes.contains(prefix)
                || (m.triggerStart() > 0 && g.definiteWords.matchAt(tokens, m.triggerStart() - 1) == 1);
        if (!m.pattern().storySides || !definite || pair.size() < 2) {
            return null;
        }
        Span span = new Span(tokens.get(m.triggerStart()).span().start(), tokens.get(m.triggerEnd() - 1).span().end());
        return new Arguments(List.of(new Participant(Actor.of(pair.get(0)), span.of(text), span, null)),
                List.of(new Participant(Actor.of(pair.get(1)), span.of(text), span, null)));
    }

    /**
     * The times of a sentence but those of a clause after the event's that a conjunction opens
     * (Moscow supplied helicopters, and in 2017 ...): they date what that clause tells.
     */
    private static List<TimeExpression> notInLaterClause(List<TimeExpression> times, List<Token> tokens, int[] clause,
                                                         EventGrammar g) {
        for (int i = clause[1]; i + 1 < tokens.size(); i++) {
            if (g.boundaries.matchAt(tokens, i) > 0 && g.conjunctions.matchAt(tokens, i + 1) > 0) {
                int from = tokens.get(i).span().end();
                return times.stream().filter(x -> x.span().start() < from).toList();
            }
        }
        return times;
    }

    /** The times within the clause's tokens. */
    private static List<TimeExpression> inClause(List<TimeExpression> times, List<Token> tokens, int[] clause) {
        if (clause[1] <= clause[0]) {
            return List.of();
        }
        Span span = new Span(tokens.get(clause[0]).span().start(), tokens.get(clause[1] - 1).span().end());
        return times.stream().filter(x -> span.contains(x.span())).toList();
    }

    private static boolean anaphor(List<Token> tokens, int[] clause, EventGrammar g) {
        for (int i = clause[0]; i < clause[1]; i++) {
            if (g.timeAnaphors.matchAt(tokens, i) > 0) {
                return true;
            }
        }
        return false;
    }

    private static TimeExpression nearest(List<TimeExpression> times, Span trigger) {
        TimeExpression best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (TimeExpression t : times) {
            if (t.type() == TimeExpression.Type.DURATION || t.type() == TimeExpression.Type.SET) {
                // "for two days", "every week" say how long or how often, not when
                continue;
            }
            int d = t.span().end() <= trigger.start() ? trigger.start() - t.span().end()
                    : Math.max(0, t.span().start() - trigger.end());
            if (d < bestDistance) {
                best = t;
                bestDistance = d;
            }
        }
        return best;
    }

    /**
     * Who a masculine singular verb opening its sentence, with no subject of its own and nobody speaking,
     * stands for (وحث إيران على ...: he urged Iran): the person an earlier sentence named, where the
     * language drops subjects. A participant must follow the verb, after a preposition at most: any other
     * word may be a subject the tables don't know (وشكر القضاب، وسيطر المقاتلون).
     */
    private static Participant droppedPerson(List<Token> tokens, TriggerPattern.Match m, int[] clause, EventGrammar g,
                                             List<Participants.Group> groups, Discourse discourse) {
        int t = m.triggerStart();
        boolean opens = clause[0] == 0 && (t == 0 || t == 1 && g.conjunctions.matchAt(tokens, 0) == 1);
        if (!g.speakerIsSubject || discourse.speaker() != null || !opens || m.pattern().noun || !m.masculine(tokens)
                || m.subjectMarked(tokens) || m.triggerEnd() >= tokens.size()) {
            return null;
        }
        int next = m.triggerEnd() + (g.prepositionIn(tokens, m.triggerEnd(), m.triggerEnd() + 1, true) ? 1 : 0);
        return groups.stream().anyMatch(grp -> grp.start() == next) ? discourse.antecedent().person() : null;
    }

    private static Participant attribution(Sentence s, List<Participants.Group> groups, List<Mention> mentions,
                                           EventGrammar g, Discourse discourse) {
        List<Token> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (g.speech.matchAt(tokens, i) == 0) {
                continue;
            }
            Participant speaker = null;
            int[] clause = Clauses.around(tokens, i, i + 1, g, groups);
            // a pronoun (أنه) names no new speaker: it points back to the one we have; where subjects
            // precede their verbs, one follows a speech verb only when the verb opens its clause ("...," said Khan)
            // ("Ukraine said Russian forces shelled": a name right before the verb is its subject, not the next one)
            int verb = i;
            boolean inverted = g.subjectOrder.contains("after") || i - clause[0] <= 1
                    && groups.stream().noneMatch(grp -> grp.end() == verb && grp.start() >= clause[0]);
            for (Participants.Group grp : groups) {
                if (inverted && grp.start() > i && grp.start() <= i + 3 && grp.end() <= clause[1]
                        && grp.preposition() == null && !grp.parts().get(0).pronoun() && grp.mayBe("subject")
                        // not a name under a preposition's noun: выступал на заседании Генассамблеи ООН
                        && !prepositionBetween(tokens, i + 1, grp.start(), g)) {
                    speaker = grp.parts().get(0).participant();
                    break;
                }
            }
            if (speaker == null) {
                // subject-first: الرئيس المصري أكد; not across "and": he praised Trump and said has
                // the subject of the verb before "and"
                for (Participants.Group grp : groups) {
                    if (grp.end() <= i && grp.end() >= i - 2 && grp.preposition() == null
                            && (grp.end() == i || g.conjunctions.matchAt(tokens, i - 1) == 0)
                            && !grp.parts().get(0).pronoun() && grp.mayBe("subject")
                            && !underPrepositionNoun(grp, groups, tokens, g)) {
                        speaker = grp.parts().get(0).participant();
                    }
                }
            }
            if (speaker == null) {
                // where case shows it: the nearest nominative before the verb (Путин на пресс-конференции заявил)
                for (Participants.Group grp : groups) {
                    if (grp.end() <= i && grp.start() >= clause[0] && grp.preposition() == null
                            && !grp.parts().get(0).pronoun() && grp.marked("subject")
                            && !underPrepositionNoun(grp, groups, tokens, g)) {
                        speaker = grp.parts().get(0).participant();
                    }
                }
            }
            if (speaker != null) {
                discourse.speaker(speaker);
            } else if (!g.subjectOrder.contains("after") && unknownSubject(tokens, clause[0], i, g)
                    || unknownPersonBefore(mentions, tokens.get(i).span().start())) {
                // "Environmental groups said", "John Smith testified, denying": someone the actor tables
                // don't know is speaking now
                discourse.speaker(null);
            }
            return discourse.speaker();
        }
        return discourse.quoteOpen() ? discourse.speaker() : null;
    }

    /** True when a person the actor tables don't know (a name only the tagger found) is named before the offset. */
    private static boolean unknownPersonBefore(List<Mention> mentions, int offset) {
        return mentions.stream().anyMatch(m -> m.type() == EntityType.PER && m.actor() == null
                && m.span().end() <= offset);
    }

    /** How many words a preposition's noun phrase may hold before a name that is its genitive. */
    private static final int PREPOSITION_NOUNS = 2;

    /**
     * True when the group is the genitive of a noun after a preposition (в кулуарах саммита
     * Генассамблеи ООН): a preposition stands a few words before it with no other group between.
     */
    private static boolean underPrepositionNoun(Participants.Group grp, List<Participants.Group> groups,
                                                List<Token> tokens, EventGrammar g) {
        for (int j = grp.start() - 2; j >= Math.max(0, grp.start() - 1 - PREPOSITION_NOUNS); j--) {
            int from = j + 1;
            if (g.prepositionIn(tokens, j, from, false)
                    && groups.stream().noneMatch(o -> o.end() > from && o.end() <= grp.start())) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when words stand before a speech verb in its clause and none is a pronoun or an agent noun
     * (he said, the diplomat said point back to the speaker we have).
     */
    private static boolean unknownSubject(List<Token> tokens, int from, int verb, EventGrammar g) {
        boolean words = false;
        for (int i = from; i < verb; i++) {
            if (tokens.get(i).kind() != Token.Kind.WORD) {
                continue;
            }
            words = true;
            for (EventGrammar.Cue c : g.pronouns) {
                if (c.words().matchAt(tokens, i) > 0) {
                    return false;
                }
            }
            for (EventGrammar.Cue c : g.agents) {
                if (c.words().matchAt(tokens, i) > 0) {
                    return false;
                }
            }
        }
        return words;
    }

    private static void updateQuotes(Sentence s, Discourse discourse) {
        boolean open = discourse.quoteOpen();
        for (Token t : s.tokens()) {
            if (t.norm().equals("\"")) {
                open = !open;
            }
        }
        discourse.quoteOpen(open);
    }
}
