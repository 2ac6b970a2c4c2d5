package org.marsad.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;

import org.marsad.actors.OrganisationHeads;
import org.marsad.model.Analysis;
import org.marsad.model.EntityType;
import org.marsad.model.Participant;
import org.marsad.model.Span;
import org.marsad.model.Token;

/**
 * Source and target of a trigger from the participant groups around it. The source is a group
 * just before the trigger (subject-first), else a group right after it (verb-first, or a noun's
 * genitive or nationality adjective), else the nearest group before it in the clause (for a noun,
 * only the subject of a verb governing it), else — in reported speech — the speaker. The target is
 * the next group after that: bare after a verb, or after a partner preposition (مع، بين), or after
 * "to" where the trigger takes it (زيارة إلى). In a mutual event (meeting, signing) a coordinated
 * group with nobody on the other side is split: its first member acts on the others. Each
 * language's cues say where subjects and a noun's agent may stand, which case a subject or an object
 * takes, and how a passive verb looks: its subject is then the target and its agent (by X, a
 * Russian instrumental) the source.
 */
record Arguments(List<Participant> source, List<Participant> target) {
    /** How far from the trigger a subject may stand (an adverb or a particle may come between). */
    private static final int SUBJECT_WINDOW = 2;
    /** The most words a copula cue holds (أن تكون قد). */
    private static final int MAX_COPULA = 3;

    /** Words at most between the comma closing a relative clause and the verb after it (will, has already). */
    private static final int AUXILIARY_WINDOW = 2;
    /**
     * How near its clause's start a verb stands when its subject is left out (заявил, что готов
     * встретиться); further in, the words before it hold a subject the tables don't know.
     */
    private static final int DROPPED_SUBJECT_WINDOW = 3;
    /**
     * How far before a participle with no auxiliary its subject ends: a noun the tables don't know, or a
     * comma, may come between (Iraqi journalists detained by, журналистов, задержанных).
     */
    private static final int REDUCED_SUBJECT_WINDOW = 2;
    /** Words at most between a verb and the agent phrase that shows it passive (its subject, a place). */
    private static final int AGENT_WINDOW = 8;
    /** How far after a verb the "of" of its object may stand (seize the funds of, deport hundreds of). */
    private static final int GENITIVE_WINDOW = 3;
    /** How far after a governing verb its object noun may stand (провели в четверг во Владивостоке встречу). */
    private static final int GOVERNED_WINDOW = 6;

    /** {@code times}: the spans of the sentence's time expressions, which are no participants' words. */
    static Arguments find(List<Participants.Group> groups, List<Token> tokens, TriggerPattern.Match m,
                          int[] clause, Participant speaker, EventGrammar grammar,
                          List<TriggerPattern.Match> others, List<Span> times) {
        Arguments args = byOrder(groups, tokens, m, clause, speaker, grammar, others, times);
        return m.pattern().received ? received(args, groups, m, clause) : args;
    }

    /**
     * What a verb's subject received came from the giver after "from" or "by" in its clause (received
     * weapons from the US, получила оружие от США, تلقت أسلحة من الولايات المتحدة): the giver acts, the
     * subject is acted on; with no giver named there is no doer.
     */
    private static Arguments received(Arguments args, List<Participants.Group> groups, TriggerPattern.Match m,
                                      int[] clause) {
        for (Participants.Group g : groups) {
            if (g.start() >= m.triggerEnd() && g.end() <= clause[1]
                    && ("from".equals(g.preposition()) || "agent".equals(g.preposition()))) {
                return new Arguments(g.participants(), args.source());
            }
        }
        return new Arguments(List.of(), args.source());
    }

    /** Source and target by word order, case and prepositions, as the class comment tells. */
    private static Arguments byOrder(List<Participants.Group> groups, List<Token> tokens, TriggerPattern.Match m,
                                     int[] clause, Participant speaker, EventGrammar grammar,
                                     List<TriggerPattern.Match> others, List<Span> times) {
        TriggerPattern p = m.pattern();
        boolean reduced = !p.noun && !p.suffered && reducedPassive(groups, tokens, m, grammar, others);
        if (!p.noun && (p.suffered || reduced || passive(groups, tokens, m, grammar)
                || agentMarksPassive(groups, tokens, m, clause, grammar, others)
                || indefinitePatient(groups, tokens, m, clause, grammar, others, times))) {
            return passiveArguments(groups, m, clause, grammar.subjectOrder.contains("after"), reduced);
        }
        Participants.Group source = p.noun ? leadingNationality(groups, m) : null;
        if (source == null) {
            source = p.noun ? nounAgent(groups, m, clause, others) : antecedent(groups, tokens, m, clause, grammar);
        }
        if (source == null) {
            source = pastRelative(groups, tokens, m, clause, grammar);
        }
        if (source == null && p.noun) {
            source = caseAgent(groups, m, clause);
        }
        if (source == null && p.noun) {
            source = pronounBefore(groups, m, clause);
        }
        if (source == null && !p.noun && grammar.subjectOrder.contains("before")) {
            for (Participants.Group g : groups) {
                if (g.end() <= m.triggerStart() && g.end() >= m.triggerStart() - SUBJECT_WINDOW
                        && g.start() >= clause[0] - 1 && g.preposition() == null && g.mayBe("subject")
                        && !possessor(g, tokens, grammar) && !ownedByNoun(g, tokens, grammar)
                        && !(modifier(g, grammar) && g.end() < m.triggerStart())
                        && !(coordinated(g, m, tokens, grammar)
                        && objectOfEarlierVerb(g, m, clause, others, grammar))) {
                    source = g;
                }
            }
        }
        if (source == null && !p.noun) {
            source = obligedOn(groups, tokens, m, clause, grammar);
        }
        if (source == null && p.noun && grammar.nounAgentOrder.contains("before")) {
            source = agentBefore(groups, tokens, m, grammar, others);
        }
        if (source == null && !p.noun) {
            // a group its case marks as the subject, earlier in the clause, beats one after the verb
            // (Египет на следующей неделе примет переговоры Израиля)
            for (Participants.Group g : groups) {
                if (g.end() <= m.triggerStart() && g.start() >= clause[0] && g.preposition() == null
                        && g.marked("subject") && !possessor(g, tokens, grammar)
                        && !objectOfEarlierVerb(g, m, clause, others, grammar)) {
                    source = g;
                }
            }
        }
        // an agent noun no state joined is the subject (Министерство раскритиковало Израиль): nobody named acts
        boolean agentSubject = source == null && !p.noun && grammar.subjectOrder.contains("before")
                && unnamedAgentBetween(groups, tokens, Math.max(clause[0], m.triggerStart() - SUBJECT_WINDOW),
                m.triggerStart(), grammar);
        boolean after = p.noun ? grammar.nounAgentOrder.contains("after") : grammar.subjectOrder.contains("after");
        if (source == null && !agentSubject && after && !m.subjectMarked(tokens) && !(!p.noun && (pronounRightBefore(tokens, m, grammar)
                || copulaRightBefore(tokens, m, grammar) || unnamedSubjectBefore(groups, tokens, m, clause, grammar)))) {
            for (Participants.Group g : groups) {
                // a light verb may open a relative clause (التحقيق الذي أجراه): its subject is still the agent
                boolean light = p.noun && lightVerbBetween(tokens, m.triggerEnd(), g.start(), grammar);
                if (!p.noun && g.start() > m.triggerEnd() && (grammar.definite(tokens.get(g.start() - 1))
                        && unnamedAgentBetween(groups, tokens, g.start() - 1, g.start(), grammar)
                        || unnamedNounSubject(g, groups, tokens, m, times, grammar))) {
                    // the subject after the verb is a definite agent noun right before the name, which it does
                    // not govern: انتقدت الوزارة إسرائيل (a construct's head has no article: وزير الدفاع الأمريكي)
                    agentSubject = true;
                    break;
                }
                if (g.start() >= m.triggerEnd() && g.preposition() == null && (g.start() < clause[1] || light)
                        && (g.start() - m.triggerEnd() - (g.genitive() ? 1 : 0)
                        <= (p.noun && !nationality(g) ? 0 : SUBJECT_WINDOW) || light)
                        // a preposition between governs the name: демонстрация в поддержку испанской полиции
                        && !(p.noun && grammar.prepositionIn(tokens, m.triggerEnd(), g.start(), false))
                        && !(insidePattern(g, m) && !g.parts().get(0).titled())
                        && g.mayBe(p.noun ? "possessor" : "subject") && !(!p.noun && ownedByNoun(g, tokens, grammar))
                        && !destination(g, p) && !(!p.noun && feminineAfterMasculine(g, tokens, m, grammar))
                        && !(!p.noun && grammar.disagree(tokens.get(m.triggerStart()), tokens.get(g.start())))) {
                    source = g;
                    break;
                }
            }
        }
        // the noun's own target stands between it and the verb whose subject is its doer
        Participants.Group governorSubject = source == null && p.noun
                ? subjectOfGovernorAfter(groups, tokens, m, clause, grammar) : null;
        if (governorSubject != null) {
            source = governorSubject;
        }
        if (source == null && !agentSubject) {
            for (Participants.Group g : groups) {
                if (g.end() <= m.triggerStart() && g.start() >= clause[0] - 1 && g.preposition() == null
                        && (p.noun ? governed(g, groups, tokens, m, grammar, others)
                        : g.mayBe("subject") && !possessor(g, tokens, grammar) && !modifier(g, grammar)
                        && !objectOfEarlierVerb(g, m, clause, others, grammar))) {
                    source = g;
                }
            }
        }
        // case, not place, tells the doer: a group before the verb that may be its object yields to one after
        // it that can only be its subject (Пакистан атаковала армия Афганистана)
        Participants.Group objectFirst = null;
        if (source != null && !p.noun && source.end() <= m.triggerStart() && source.marked("object")) {
            Participants.Group subject = caseSubjectAfter(groups, tokens, m.triggerEnd(), clause, grammar, true);
            if (subject != null) {
                objectFirst = source;
                source = subject;
            }
        }
        if (source != null && source.towns()) {
            // a town is where things happen, not who does them: Liverpool will meet Napoli is football
            source = null;
        }
        // a doer after the trigger comes before its target, except a by-phrase (the arrest of X by Iran)
        int from = source != null && source.start() >= m.triggerEnd() && !"agent".equals(source.preposition())
                && source != governorSubject ? source.end() : m.triggerEnd();
        // a verb joined on by a conjunction has the names after it (arrived in Islamabad and held talks with Sharif)
        int to = Math.min(clause[1], nextJoinedVerb(m, tokens, grammar, others, times));
        Participants.Group target = objectFirst;
        for (Participants.Group g : objectFirst != null ? List.<Participants.Group>of() : groups) {
            if (g.start() >= from && g.start() < to && g != source
                    && (takesTarget(g, p) || insidePattern(g, m) || placeRightAfterVisit(g, m))
                    && !(sameActor(source, g, p.cameo.startsWith(PROTEST_ROOT)) && !statelessCrowd(source, g, groups))
                    && !farGenitive(g, m, tokens, grammar)
                    && (target == null || better(g, target))) {
                target = g;
            }
        }
        if (target == null && !p.noun) {
            target = objectBefore(groups, tokens, m, clause, source, grammar);
        }
        if (target == null) {
            target = placeOfTarget(groups, tokens, m, clause, from, source, grammar, others);
        }
        // the subject is an unnamed government or crowd of no known state: nobody named acts on the object
        boolean stateless = source != null && target != null && statelessCrowd(source, target, groups);
        List<Participant> src = source == null || stateless ? new ArrayList<>() : new ArrayList<>(source.participants());
        List<Participant> tgt = target == null ? new ArrayList<>() : new ArrayList<>(target.participants());
        if (tgt.isEmpty() && src.size() > 1 && grammar.mutual(p.cameo)) {
            tgt.addAll(src.subList(1, src.size()));
            src = new ArrayList<>(src.subList(0, 1));
        } else if (src.isEmpty() && tgt.size() > 1 && !target.towns() && grammar.mutual(p.cameo)) {
            // talks between Iran and Iraq; but seizing parts of Iraq and Syria leaves both struck
            src.add(tgt.remove(0));
        }
        if (src.isEmpty() && !stateless && !agentSubject && speaker != null && !p.noun && grammar.speakerIsSubject
                && m.triggerStart() - clause[0] <= DROPPED_SUBJECT_WINDOW && !ownSubject(tokens, m, clause, grammar)
                && !(clause[0] > 0 && grammar.adverbialBoundaries.matchAt(tokens, clause[0] - 1) == 1)) {
            src.add(speaker);
            if (tgt.stream().allMatch(t -> t.actor().code().equals(speaker.actor().code()))) {
                // the speaker's own "us" is no target of what the speaker does
                tgt.clear();
            }
        }
        return new Arguments(List.copyOf(src), List.copyOf(tgt));
    }

    /** How many words a target phrase may run from its preposition to the place that names its state. */
    private static final int PLACE_PHRASE_WINDOW = 6;

    /**
     * A target phrase that names no actor is the state of the place inside it: delivered medicines to
     * hospitals in northern Gaza, withdrew from villages in southern Lebanon (Palestine, Lebanon). The
     * trigger's own target preposition opens the phrase; the place follows it within the clause, after
     * a place preposition or as its genitive (больницы Газы), with no other participant, agent noun or
     * trigger between.
     */
    private static Participants.Group placeOfTarget(List<Participants.Group> groups, List<Token> tokens,
                                                    TriggerPattern.Match m, int[] clause, int from,
                                                    Participants.Group source, EventGrammar grammar,
                                                    List<TriggerPattern.Match> others) {
        for (int i = from; i < clause[1]; i++) {
            int len = grammar.prepositionAt(tokens, i, role -> targetRole(role, m.pattern()));
            int open = i;
            if (len == 0 || inGroup(groups, i + len)) {
                continue;
            }
            for (Participants.Group g : groups) {
                if (g.start() < i + len) {
                    continue;
                }
                boolean place = "place".equals(g.preposition()) || "place".equals(g.undeclined())
                        || g.genitive() || g.preposition() == null && (g.marked("possessor")
                        || grammar.placeEnd(tokens, i + len, g.start()) >= 0);
                boolean ok = place && g.start() < clause[1] && g.start() - (i + len) <= PLACE_PHRASE_WINDOW
                        && g.parts().stream().allMatch(pt -> pt.type() == EntityType.LOC
                        && (pt.participant().actor().sector() == null || pt.participant().actor().sector().isEmpty()))
                        && !sameActor(source, g, false) && others.stream().noneMatch(o -> o != m
                        && o.triggerStart() > open && o.triggerStart() < g.start())
                        && !unnamedAgentBetween(groups, tokens, i + len, g.start(), grammar);
                return ok ? g : null;
            }
            return null;
        }
        return null;
    }

    /** Crowds that are the people of the place they act in: civilians and unidentified armed men. */
    private static final Set<String> PEOPLE_OF_PLACE = Set.of("CVL", "UAF");

    /**
     * A crowd word of a state's organ (the government, the army) takes the state of the first place its
     * sentence names (Participants); when that place is the event's other side, the crowd's own state is
     * unknown: the government criticised Israel is no Israeli government criticising itself. Civilians and
     * gunmen are the place's own people (insurgents bombarded part of Syria).
     */
    private static boolean statelessCrowd(Participants.Group source, Participants.Group other,
                                          List<Participants.Group> groups) {
        for (Participants.Part sp : source.parts()) {
            if (!sp.pronoun() || sp.participant().mention() != null || sp.type() != EntityType.PER
                    || PEOPLE_OF_PLACE.contains(sp.participant().actor().sector())) {
                return false;
            }
        }
        for (Participants.Group g : groups) {
            for (Participants.Part part : g.parts()) {
                if (!part.pronoun() && part.type() == EntityType.LOC) {
                    // the first place, whose state the crowd took: a place after a preposition is where the crowd
                    // is (protesters in Peshawar), a town where it is from (rebels shelled a district of Aleppo);
                    // a state that is the bare object is not
                    String state = part.participant().actor().code();
                    return g == other && g.preposition() == null && state.equals(part.entity())
                            && source.parts().stream().allMatch(sp -> sp.participant().actor().code().equals(state));
                }
            }
        }
        return false;
    }

    /**
     * A noun right before the verb in its clause is the verb's own subject though no actor is known in
     * it (قال إن الإعصار يهدد; заявил, что ураган угрожает): the speaker is then no doer. A noun is
     * told by the article on it (not after a preposition written onto it: بالفعل) or by its case.
     */
    private static boolean ownSubject(List<Token> tokens, TriggerPattern.Match m, int[] clause, EventGrammar grammar) {
        int i = m.triggerStart() - 1;
        if (i < clause[0] || tokens.get(i).kind() != Token.Kind.WORD
                || i > clause[0] && grammar.prepositionIn(tokens, i - 1, i, true)) {
            return false;
        }
        Token t = tokens.get(i);
        return definiteNoun(t, grammar) || Participants.tagged(t, grammar.subjectNounTag)
                || quantityBefore(tokens, m, clause, grammar);
    }

    /** The article is on the word, no preposition written onto it (الإعصار, not بالفعل). */
    private static boolean definiteNoun(Token t, EventGrammar grammar) {
        return t.kind() == Token.Kind.WORD && t.analyses().stream().anyMatch(a -> grammar.definitePrefixes.contains(a.prefix())
                && !grammar.prepositionPrefixes.containsKey(a.prefix()));
    }

    /**
     * Where subjects follow verbs, a definite noun no actor is known in right after the verb is its subject
     * when a group follows it that cannot belong to it: a definite noun's next word is no genitive of it, so it
     * is an adjective (nationality: الطائرات الإسرائيلية) or the object, led by a noun (حذرت المستشارية السلطات الإيرانية,
     * انتقدت الصحيفة الصين). A time word is no subject (التقى الأحد الرئيس), and a person after the noun is
     * its apposition (الكاتب توماس فريدمان).
     */
    private static boolean unnamedNounSubject(Participants.Group g, List<Participants.Group> groups, List<Token> tokens,
                                              TriggerPattern.Match m, List<Span> times, EventGrammar grammar) {
        int noun = m.triggerEnd();
        if (g.start() != noun + 1 || noun < m.end() || inGroup(groups, noun) || !definiteNoun(tokens.get(noun), grammar)
                || g.preposition() != null || g.parts().get(0).type() == EntityType.PER
                || nationality(g) && !grammar.sectorAgentAt(tokens, g.start())) {
            return false;
        }
        return !inTime(tokens.get(noun), times)
                && !OrganisationHeads.of(grammar.pack).adjectiveName(tokens, g.parts().get(0).start(), g.parts().get(0).end());
    }

    /**
     * Words no actor is known in stand before the verb as its subject, so a name after the verb is its
     * object: a word declined only as a subject (Канцлер осудил Эрдогана), or a quantity with its noun
     * (80 процентов граждан поддерживают ЕС). A participant between ends the search: it is the subject.
     */
    private static boolean unnamedSubjectBefore(List<Participants.Group> groups, List<Token> tokens,
                                                TriggerPattern.Match m, int[] clause, EventGrammar grammar) {
        for (int i = m.triggerStart() - 1; i >= Math.max(clause[0], m.triggerStart() - 1 - SUBJECT_WINDOW); i--) {
            if (inGroup(groups, i)) {
                return false;
            }
            Set<String> roles = grammar.declinedRoles(tokens.get(i));
            if (roles != null) {
                return roles.equals(Set.of("subject")) || quantityBefore(tokens, m, clause, grammar);
            }
        }
        return quantityBefore(tokens, m, clause, grammar);
    }

    /**
     * An agent noun no participant took in stands in tokens [from, to), in a case a subject may take
     * (انتقدت الوزارة إسرائيل, Министерство раскритиковало).
     */
    private static boolean unnamedAgentBetween(List<Participants.Group> groups, List<Token> tokens, int from, int to,
                                               EventGrammar grammar) {
        for (int i = from; i < to; i++) {
            Set<String> cases = grammar.caseRoles(tokens.get(i), false);
            if (!inGroup(groups, i) && grammar.sectorAgentAt(tokens, i) && (cases == null || cases.contains("subject"))) {
                return true;
            }
        }
        return false;
    }

    /** How far before its verb a quantity may count the verb's subject (более 80 процентов наших граждан). */
    private static final int QUANTITY_REACH = 4;

    /**
     * A number or quantity word counts the verb's subject: it stands a few words before the verb in its
     * clause, the words it counts between (a year stands alone: العام 2017 أبدى), with no preposition
     * governing it (в 2018 году is a time), nor a date (21 марта). A verb form right after a preposition
     * is a noun (أربعة أطفال في قصف).
     */
    private static boolean quantityBefore(List<Token> tokens, TriggerPattern.Match m, int[] clause,
                                          EventGrammar grammar) {
        if (m.triggerStart() == 0 || grammar.prepositionIn(tokens, m.triggerStart() - 1, m.triggerStart(), true)) {
            return false;
        }
        for (int i = m.triggerStart() - 2; i >= Math.max(clause[0], m.triggerStart() - QUANTITY_REACH); i--) {
            // a number counts with a quantity word next to it (80 процентов, أكثر من 80); alone it may be a date
            boolean number = tokens.get(i).kind() == Token.Kind.NUMBER && (grammar.quantities.matchAt(tokens, i + 1) > 0
                    || Participants.counted(tokens, new boolean[tokens.size()], i, grammar) < i);
            if (number || grammar.quantities.matchAt(tokens, i) > 0) {
                // the whole quantity (أكثر من 80, более 80) and the word before it
                int q = Participants.counted(tokens, new boolean[tokens.size()], i + 1, grammar);
                return q == 0 || !grammar.prepositionIn(tokens, q - 1, q, true);
            }
        }
        return false;
    }

    private static boolean inGroup(List<Participants.Group> groups, int i) {
        for (Participants.Group g : groups) {
            if (g.start() <= i && i < g.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A group right after a declined word that is no subject (осудил политику Эрдогана) depends on that
     * word: it is its owner, not the verb's subject, unless its own case shows it to be no owner.
     */
    private static boolean ownedByNoun(Participants.Group g, List<Token> tokens, EventGrammar grammar) {
        if (g.start() == 0 || !g.mayBe("possessor")) {
            return false;
        }
        Set<String> roles = grammar.declinedRoles(tokens.get(g.start() - 1));
        return roles != null && !roles.contains("subject");
    }

    /** A group owned by the declined word before it, a word that may be an object and no subject (политику). */
    private static boolean ownerOfObject(Participants.Group g, List<Token> tokens, EventGrammar grammar) {
        return ownedByNoun(g, tokens, grammar) && grammar.declinedRoles(tokens.get(g.start() - 1)).contains("object");
    }

    /**
     * The subject of a verb after an event noun that governs it, where case marks it (удар по Пакистану
     * мог нанести Афганистан): the noun is the verb's object, and the verb's subject the noun's doer.
     */
    private static Participants.Group subjectOfGovernorAfter(List<Participants.Group> groups, List<Token> tokens,
                                                             TriggerPattern.Match m, int[] clause,
                                                             EventGrammar grammar) {
        for (int i = m.triggerEnd(); i < clause[1] && i - m.triggerEnd() <= GOVERNED_WINDOW; i++) {
            int len = grammar.governors.matchAt(tokens, i);
            if (len > 0) {
                return caseSubjectAfter(groups, tokens, i + len, clause, grammar, false);
            }
        }
        return null;
    }

    /**
     * A bare group right after a verb ending at {@code end} whose case marks it as a subject; with
     * {@code only}, as no object either (армия, not Афганистан, which may be both).
     */
    private static Participants.Group caseSubjectAfter(List<Participants.Group> groups, List<Token> tokens, int end,
                                                       int[] clause, EventGrammar grammar, boolean only) {
        for (Participants.Group g : groups) {
            if (g.start() >= end && g.start() - end <= SUBJECT_WINDOW && g.start() < clause[1]
                    && g.preposition() == null && g.marked("subject") && !(only && g.mayBe("object"))
                    && !ownedByNoun(g, tokens, grammar)
                    && !grammar.disagree(tokens.get(end - 1), tokens.get(g.start()))) {
                return g;
            }
        }
        return null;
    }

    /**
     * A passive verb: an auxiliary just before it (was signed, has been signed, was formally signed)
     * and a form that can be a participle, a form whose every reading is tagged passive (подписан), or
     * a written form its vowel marks show passive (سُلّم).
     * A participant's name spelt like an auxiliary is none (IS fighters attacked).
     */
    private static boolean passive(List<Participants.Group> groups, List<Token> tokens, TriggerPattern.Match m,
                                   EventGrammar grammar) {
        if (m.pattern().notPassive) {
            return false;
        }
        Token verb = tokens.get(m.triggerStart());
        // the word as written: normalising takes off the vowel marks that show it passive (سُلّم)
        if (grammar.passiveMark != null && grammar.passiveMark.matcher(verb.text()).matches()) {
            return true;
        }
        if (grammar.passiveTag != null) {
            // every tagged reading must be passive: поддерживаем is also a first-person verb
            boolean tagged = false;
            boolean all = true;
            for (Analysis a : verb.analyses()) {
                for (String tag : a.tags().split("\\|")) {
                    if (!tag.isEmpty()) {
                        tagged = true;
                        all &= grammar.passiveTag.matcher(tag).matches();
                    }
                }
            }
            if (tagged && all) {
                return true;
            }
        }
        if (grammar.passiveAuxiliaries == null || grammar.passiveForm == null
                || !grammar.passiveForm.matcher(verb.analyses().get(0).lemma()).matches()) {
            return false;
        }
        for (int k = 1; k <= 2 && m.triggerStart() - k >= 0; k++) {
            int at = m.triggerStart() - k;
            int len = grammar.passiveAuxiliaries.matchAt(tokens, at);
            // a preposition between makes the auxiliary a plan's, not a passive's: is to impose
            if (len > 0 && len <= k && groups.stream().noneMatch(g -> g.start() <= at && at < g.end())
                    && !grammar.prepositionIn(tokens, m.triggerStart() - k + len, m.triggerStart(), true)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A participle right before its agent is passive with no auxiliary, its subject the noun it follows
     * (victims killed by the crash, журналисты, задержанные полицией, صحفيان اعتقلا من قبل الشرطة).
     */
    private static boolean reducedPassive(List<Participants.Group> groups, List<Token> tokens,
                                          TriggerPattern.Match m, EventGrammar grammar,
                                          List<TriggerPattern.Match> others) {
        if (m.pattern().notPassive || m.triggerEnd() >= tokens.size()) {
            return false;
        }
        Token verb = tokens.get(m.triggerStart());
        if (Participants.tagged(verb, grammar.participleTag) && agentCaseAfter(groups, m)) {
            return true;
        }
        return grammar.passiveForm != null && grammar.passiveForm.matcher(verb.analyses().get(0).lemma()).matches()
                && (grammar.prepositionIn(tokens, m.triggerEnd(), m.triggerEnd() + 1, "agent")
                || describesNoun(groups, tokens, m, grammar, others));
    }

    /** Where the conjunction that opens a verb stands (the verb itself when it is a prefix), or -1. */
    static int conjunctionOf(TriggerPattern.Match m, List<Token> tokens, EventGrammar g, List<Span> times) {
        if (Participants.startsWithAny(m.prefix(tokens), g.conjunctionPrefixes)) {
            return m.triggerStart();
        }
        int before = m.triggerStart();
        if (before > 0 && personalPronoun(tokens, before - 1, g)) {
            before--;
        }
        while (before > 0 && inTime(tokens.get(before - 1), times)) {
            before--;
            if (before > 0 && g.prepositionIn(tokens, before - 1, before, true)) {
                before--;
            }
        }
        for (int i = Math.max(0, before - 2); i < before; i++) {
            if (i + g.conjunctions.matchAt(tokens, i) == before && g.conjunctions.matchAt(tokens, i) > 0) {
                return i;
            }
        }
        return -1;
    }

    /** Where the first verb trigger after m that a conjunction joins on begins (its conjunction), else no limit. */
    private static int nextJoinedVerb(TriggerPattern.Match m, List<Token> tokens, EventGrammar g,
                                      List<TriggerPattern.Match> others, List<Span> times) {
        int limit = Integer.MAX_VALUE;
        for (TriggerPattern.Match o : others) {
            if (!o.pattern().noun && o.triggerStart() >= m.triggerEnd()) {
                int conjunction = conjunctionOf(o, tokens, g, times);
                if (conjunction >= m.triggerEnd()) {
                    limit = Math.min(limit, conjunction);
                }
            }
        }
        return limit;
    }

    /** The word stands inside one of the sentence's time expressions. */
    static boolean inTime(Token t, List<Span> times) {
        return times.stream().anyMatch(x -> x.contains(t.span()));
    }

    /**
     * Where subjects may follow verbs and a passive is not written apart from its active (Arabic without
     * vowels), an agent phrase after the verb and its subject in its clause, no other trigger between, shows
     * the passive:
     * اعتقل مواطنان فرنسيان على يد الشرطة الجزائرية (two French citizens were arrested by the police).
     */
    private static boolean agentMarksPassive(List<Participants.Group> groups, List<Token> tokens,
                                             TriggerPattern.Match m, int[] clause, EventGrammar grammar,
                                             List<TriggerPattern.Match> others) {
        if (m.pattern().notPassive || !grammar.subjectOrder.contains("after") || grammar.passiveForm == null
                || !grammar.passiveForm.matcher(tokens.get(m.triggerStart()).analyses().get(0).lemma()).matches()) {
            return false;
        }
        Participants.Group agent = byAgent(groups, m, clause);
        // the passive's subject stands right after it; an agent further on may be a noun's (اعترف بالمنافسات
        // السابقة من قبل الحكومة: he acknowledged the competitions held by the government)
        return agent != null && agent.start() - m.triggerEnd() <= AGENT_WINDOW
                && groups.stream().anyMatch(g -> g.preposition() == null && g.start() >= m.triggerEnd()
                && g.start() - m.triggerEnd() <= SUBJECT_WINDOW && g.end() <= agent.start())
                && others.stream().noneMatch(o -> o != m && o.triggerStart() >= m.triggerEnd()
                && o.triggerStart() < agent.start());
    }

    /**
     * A verb whose passive is spelt as its active (grammar.barePassive), first in its clause, is passive
     * when right after it (a number or quantity may come between) stands a bare indefinite noun of people,
     * a nationality or a crowd, and nothing after that can be an object: no other bare participant in the
     * clause before another verb, and the word after it a preposition, a boundary, a time or the end (اعتقل صحفيون أتراك في
     * إسطنبول، قتل ثلاثة جنود سوريين بالرصاص). With a subject before the verb, a definite noun after it or
     * an object after the noun it is active: اعتقلت الشرطة صحفيين، اختطف مسلحون صحفيا فرنسيا.
     */
    private static boolean indefinitePatient(List<Participants.Group> groups, List<Token> tokens,
                                             TriggerPattern.Match m, int[] clause, EventGrammar grammar,
                                             List<TriggerPattern.Match> others, List<Span> times) {
        if (m.pattern().notPassive || m.pattern().noun || !grammar.barePassive(m.pattern().cameo)) {
            return false;
        }
        // a subject before the verb, also a pronoun right before its clause (قالت إنها اعتقلت)
        if (groups.stream().anyMatch(g -> g.preposition() == null && g.end() <= m.triggerStart()
                && g.start() >= clause[0] - 1)) {
            return false;
        }
        if (countedNoun(tokens, m.triggerEnd(), grammar)) {
            // a count right after the verb counts whom it was done to (قتل أربعة أطفال في هجوم، قتل 14 جنديا أفغانيا)
            return true;
        }
        Participants.Group patient = null;
        for (Participants.Group g : groups) {
            if (patient == null && g.start() >= m.triggerEnd() && g.end() <= clause[1]) {
                patient = g;
            } else if (patient != null && g.start() >= patient.end() && g.end() <= clause[1]
                    && g.preposition() == null && !g.bareAdjectives() && !verbBetween(others, m, patient.end(), g.start())) {
                // an object, unless it only describes a noun (السجون الإسرائيلية) or another verb stands between
                return false;
            }
        }
        if (patient == null || patient.preposition() != null
                || IntStream.range(patient.start(), patient.end())
                .anyMatch(i -> grammar.definite(tokens.get(i)))
                || patient.parts().stream().anyMatch(p -> p.type() != EntityType.MISC && !p.pronoun())) {
            return false;
        }
        for (int i = m.triggerEnd(); i < patient.start(); i++) {
            if (tokens.get(i).kind() != Token.Kind.NUMBER && grammar.quantities.matchAt(tokens, i) == 0) {
                return false;
            }
        }
        int next = patient.end();
        return next >= tokens.size() || tokens.get(next).kind() != Token.Kind.WORD
                || grammar.boundaries.matchAt(tokens, next) > 0 || grammar.prepositionIn(tokens, next, next + 1, true)
                || tokens.get(next).analyses().stream().anyMatch(r -> grammar.prepositionPrefixes.containsKey(r.prefix()))
                || inTime(tokens.get(next), times);
    }

    /**
     * A number or quantity starts at token i, followed by a word: what it counts (أربعة أطفال, 14 جنديا
     * أفغانيا). Right after a verb with no subject before it, it counts those the verb was done to.
     */
    private static boolean countedNoun(List<Token> tokens, int i, EventGrammar grammar) {
        int noun = i;
        while (noun < tokens.size() && (tokens.get(noun).kind() == Token.Kind.NUMBER
                || grammar.quantities.matchAt(tokens, noun) > 0)) {
            noun += Math.max(1, grammar.quantities.matchAt(tokens, noun));
        }
        return noun > i && noun < tokens.size() && tokens.get(noun).kind() == Token.Kind.WORD;
    }

    /** A verb trigger other than m starts in tokens [from, to). */
    private static boolean verbBetween(List<TriggerPattern.Match> others, TriggerPattern.Match m, int from, int to) {
        return others.stream().anyMatch(o -> o != m && !o.pattern().noun && o.triggerStart() >= from
                && o.triggerStart() < to);
    }

    /**
     * Where word order alone tells the subject (it stands only before its verb), a participle with no
     * object, right after a noun, describes that noun when the noun is some other verb's: the subject of
     * a verb later in its clause (protesters arrested on Monday were released) or what follows a "be"
     * (there were ten soldiers killed in Ukraine).
     */
    private static boolean describesNoun(List<Participants.Group> groups, List<Token> tokens, TriggerPattern.Match m,
                                         EventGrammar grammar, List<TriggerPattern.Match> others) {
        if (grammar.subjectOrder.contains("after") || grammar.passiveAuxiliaries == null
                || !grammar.prepositionIn(tokens, m.triggerEnd(), m.triggerEnd() + 1, true)) {
            return false;
        }
        Participants.Group noun = null;
        for (Participants.Group g : groups) {
            // a noun the tables don't know may end the noun's phrase (Turkish police officers detained)
            if (g.end() <= m.triggerStart() && g.end() >= m.triggerStart() - REDUCED_SUBJECT_WINDOW
                    && g.preposition() == null && !grammar.prepositionIn(tokens, g.end(), m.triggerStart(), true)
                    && IntStream.range(g.end(), m.triggerStart())
                    .noneMatch(i -> grammar.boundaries.matchAt(tokens, i) > 0)) {
                noun = g;
            }
        }
        if (noun == null) {
            return false;
        }
        int before = noun.start() - 1;
        while (before >= 0 && (grammar.quantities.matchAt(tokens, before) > 0
                || tokens.get(before).kind() == Token.Kind.NUMBER)) {
            before--;
        }
        return before >= 0 && grammar.passiveAuxiliaries.matchAt(tokens, before) == 1
                || verbLater(groups, tokens, m.triggerEnd(), m, grammar, others);
    }

    /**
     * A verb follows in the clause from token {@code from} on, with no conjunction, pronoun, participant
     * or boundary between that would make it a verb of its own: an auxiliary (was, were) or a verb
     * trigger other than m, not after a preposition, which makes it an infinitive (agreed on Friday to
     * reopen, to be bound).
     */
    static boolean verbLater(List<Participants.Group> groups, List<Token> tokens, int from, TriggerPattern.Match m,
                             EventGrammar grammar, List<TriggerPattern.Match> others) {
        for (int i = from; i < tokens.size(); i++) {
            int at = i;
            if (grammar.boundaries.matchAt(tokens, i) > 0 || grammar.conjunctions.matchAt(tokens, i) > 0
                    || personalPronoun(tokens, at, grammar)
                    || groups.stream().anyMatch(g -> g.start() == at && g.preposition() == null)) {
                return false;
            }
            if (grammar.passiveAuxiliaries != null && grammar.passiveAuxiliaries.matchAt(tokens, i) > 0
                    || others.stream().anyMatch(o -> o != m && !o.pattern().noun && o.triggerStart() == at)) {
                return !grammar.prepositionIn(tokens, i - 1, i, true);
            }
        }
        return false;
    }

    /** A bare group the agent's case marks right after the trigger (задержанные турецкой полицией). */
    static boolean agentCaseAfter(List<Participants.Group> groups, TriggerPattern.Match m) {
        for (Participants.Group g : groups) {
            if (g.start() == m.triggerEnd() && g.preposition() == null && g.marked("agent")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The passive's agent (by X, or a noun in the agent's case) acts on its subject; after the verb, a
     * subject its case marks, or a bare group where subjects follow verbs: any when the verb tells what
     * was suffered (استشهد فلسطيني), else one right after it (تم اعتقال صحفي فلسطيني); with no subject
     * named, a participant after a preposition the trigger takes its target by (سُلّم مشتبهون إلى فرنسا).
     */
    private static Arguments passiveArguments(List<Participants.Group> groups, TriggerPattern.Match m,
                                              int[] clause, boolean subjectAfter, boolean reduced) {
        boolean suffered = m.pattern().suffered;
        Participants.Group agent = byAgent(groups, m, clause);
        if (agent == null) {
            for (Participants.Group g : groups) {
                if (agent == null && g.start() >= m.triggerEnd() && g.end() <= clause[1] && g.preposition() == null
                        && g.marked("agent")) {
                    agent = g;
                }
            }
        }
        Participants.Group subject = null;
        for (Participants.Group g : groups) {
            boolean inReach = reduced ? g.end() >= m.triggerStart() - REDUCED_SUBJECT_WINDOW
                    : g.start() >= clause[0] - 1;
            // the participle describes its noun whatever the noun's case (двух журналистов, задержанных)
            if (g.end() <= m.triggerStart() && inReach && g.preposition() == null && g != agent
                    && (reduced || g.mayBe("subject"))) {
                subject = g;
            }
        }
        for (Participants.Group g : groups) {
            if (subject == null && g.start() >= m.triggerEnd() && g.end() <= clause[1] && g.preposition() == null
                    && g != agent && (g.marked("subject") || subjectAfter && g.mayBe("subject")
                    && (suffered || g.start() - m.triggerEnd() <= SUBJECT_WINDOW))) {
                subject = g;
            }
        }
        for (Participants.Group g : groups) {
            // what was given, not named as a participant, went to the one its case marks as the object
            // (Украине была предоставлена помощь Соединенными Штатами); one suffers in one's own person
            if (subject == null && !suffered && g != agent && g.start() >= clause[0] && g.end() <= clause[1]
                    && g.preposition() == null && g.marked("object") && !g.mayBe("subject")) {
                subject = g;
            }
        }
        for (Participants.Group g : groups) {
            // with no subject named, the one it went to is acted on (three suspects were handed over to France)
            if (subject == null && !suffered && g != agent && g.start() >= m.triggerEnd() && g.end() <= clause[1]
                    && g.preposition() != null && m.pattern().targetPrepositions.contains(g.preposition())) {
                subject = g;
            }
        }
        return new Arguments(agent == null ? List.of() : agent.participants(),
                subject == null ? List.of() : subject.participants());
    }

    /**
     * The group after "on" right before a "that" inside the verb's clause: the clause reached past
     * that "that" only for a frame of obligation (على إيران أن تفرج، يتعين على إيران أن تفرج).
     */
    private static Participants.Group obligedOn(List<Participants.Group> groups, List<Token> tokens,
                                                TriggerPattern.Match m, int[] clause, EventGrammar grammar) {
        for (Participants.Group g : groups) {
            if (g.start() >= clause[0] && g.end() < m.triggerStart() && m.triggerStart() - g.end() <= SUBJECT_WINDOW
                    && "on".equals(g.preposition()) && grammar.boundaries.matchAt(tokens, g.end()) > 0
                    && tokens.get(g.end()).kind() == Token.Kind.WORD) {
                return g;
            }
        }
        return null;
    }

    /** The first group after the trigger in its clause with the agent's preposition (by, от имени). */
    /** A nationality that stood for a noun row's leading word is the noun's doer (an Israeli attack). */
    private static Participants.Group leadingNationality(List<Participants.Group> groups, TriggerPattern.Match m) {
        for (Participants.Group g : groups) {
            if (g.start() == m.start() && g.end() <= m.triggerStart() && g.bareAdjectives()) {
                return g;
            }
        }
        return null;
    }

    /**
     * A noun's by-phrase, unless a verb trigger stands between: the phrase is then that verb's agent (the
     * rocket attacks on Sderot were condemned by Egypt), told as its own event.
     */
    private static Participants.Group nounAgent(List<Participants.Group> groups, TriggerPattern.Match m, int[] clause,
                                                List<TriggerPattern.Match> others) {
        Participants.Group g = byAgent(groups, m, clause);
        for (TriggerPattern.Match o : others) {
            if (g != null && !o.pattern().noun && o.triggerStart() >= m.triggerEnd() && o.triggerEnd() <= g.start()) {
                return null;
            }
        }
        return g;
    }

    private static Participants.Group byAgent(List<Participants.Group> groups, TriggerPattern.Match m,
                                              int[] clause) {
        for (Participants.Group g : groups) {
            if (g.start() >= m.triggerEnd() && g.end() <= clause[1] && "agent".equals(g.preposition())) {
                return g;
            }
        }
        return null;
    }

    /**
     * A bare place right after a visit noun is the place visited (لزيارة بيونغيانغ, the visit to
     * Pyongyang), where case marks no object.
     */
    private static boolean placeRightAfterVisit(Participants.Group g, TriggerPattern.Match m) {
        return m.pattern().noun && g.preposition() == null && g.start() == m.triggerEnd() && destination(g, m.pattern());
    }

    /**
     * The person a relative clause hangs on, when the verb is that clause's and the relative pronoun
     * its subject (Trump, who threatened; ترامب، الذي هدد; Трамп, который угрожал).
     */
    private static Participants.Group antecedent(List<Participants.Group> groups, List<Token> tokens,
                                                 TriggerPattern.Match m, int[] clause, EventGrammar grammar) {
        return pronounSubject(groups, tokens, m, clause, grammar)
                ? personBefore(groups, tokens, clause[0] - 1, grammar, false) : null;
    }

    /**
     * The relative pronoun opening the verb's clause is its subject: nobody stands between the pronoun
     * and the verb, no object clitic is on the verb (التي زارها بوتين) and no name after it is marked
     * as a subject (который посетил Путин).
     */
    private static boolean pronounSubject(List<Participants.Group> groups, List<Token> tokens,
                                          TriggerPattern.Match m, int[] clause, EventGrammar grammar) {
        int r = clause[0] - 1;
        EventGrammar.Cue relative = r < 1 ? null
                : grammar.relatives.stream().filter(c -> oneWordCueAt(c, tokens, r)).findFirst().orElse(null);
        if (relative == null || !noBareGroup(groups, clause[0], m.triggerStart())) {
            return false;
        }
        // where the pronoun's case may also be the object's, a word of its case after the verb is the subject
        for (int i = m.triggerEnd(); relative.tags() != null && i < clause[1]; i++) {
            if (Participants.tagged(tokens.get(i), relative.tags())) {
                return false;
            }
        }
        for (Analysis a : tokens.get(m.triggerStart()).analyses()) {
            if (!a.suffix().isEmpty()) {
                return false;
            }
        }
        for (Participants.Group g : groups) {
            if (g.start() >= m.triggerEnd() && g.start() <= m.triggerEnd() + SUBJECT_WINDOW && g.start() < clause[1]
                    && g.preposition() == null && g.marked("subject")) {
                return false;
            }
        }
        return true;
    }

    /**
     * The subject a relative clause interrupted, for the verb after that clause (Трамп, который угрожал
     * КНДР, похвалил; Unions, which oppose the cuts, will strike; النقابات التي تعارض التخفيضات ستضرب).
     * Where a comma closes the relative clause, it must reach that comma with no other boundary in it,
     * and the verb's clause must open with the verb, at most AUXILIARY_WINDOW words before it (will,
     * have) and no conjunction (not "и обсудил", وأدان: a second verb of someone else's), as may an
     * event noun and the verb holding it (проведут забастовку, will go on strike). Where subjects may
     * follow verbs no comma need close it (Arabic): a verb two words or more into the relative clause,
     * no participant and no conjunction before it there, follows the clause's own verb, so it is the
     * main one (a noun there is the clause's own: في معارك). The subject is a person or title named
     * right before the pronoun, else any participant opening its own clause there.
     */
    private static Participants.Group pastRelative(List<Participants.Group> groups, List<Token> tokens,
                                                   TriggerPattern.Match m, int[] clause, EventGrammar grammar) {
        int before = clause[0] - 1;
        if (before < 1 || !opensClause(groups, tokens, m, clause, grammar)) {
            return null;
        }
        if (Participants.isComma(tokens.get(before))) {
            if (m.triggerStart() - clause[0] > AUXILIARY_WINDOW) {
                return null;
            }
            for (int r = before - 1; r >= 1; r--) {
                int at = r;
                if (grammar.relatives.stream().anyMatch(c -> c.words().matchAt(tokens, at) == 1)) {
                    // a title may stand here: a verb after the whole clause is rarely misread as its own
                    return subjectBefore(groups, tokens, r, grammar);
                }
                if (grammar.boundaries.matchAt(tokens, r) > 0) {
                    return null;
                }
            }
            return null;
        }
        boolean main = !m.pattern().noun && grammar.subjectOrder.contains("after")
                && m.triggerStart() >= clause[0] + 2 && grammar.relatives.stream().anyMatch(c -> oneWordCueAt(c, tokens, before));
        return main ? subjectBefore(groups, tokens, before, grammar) : null;
    }

    /** No participant and no conjunction word or clitic stands between the clause's start and the trigger. */
    private static boolean opensClause(List<Participants.Group> groups, List<Token> tokens, TriggerPattern.Match m,
                                       int[] clause, EventGrammar grammar) {
        if (!noBareGroup(groups, clause[0], m.triggerStart())
                || Participants.startsWithAny(m.prefix(tokens), grammar.conjunctionPrefixes)) {
            return false;
        }
        for (int i = clause[0]; i < m.triggerStart(); i++) {
            if (grammar.conjunctions.matchAt(tokens, i) > 0) {
                return false;
            }
        }
        if (clause[0] < m.triggerStart()) {
            for (Analysis a : tokens.get(clause[0]).analyses()) {
                if (Participants.startsWithAny(a.prefix(), grammar.conjunctionPrefixes)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The subject named right before the relative pronoun at token r: a person or title, else a
     * participant that opens its own clause, only definite words before it (French unions, which ...;
     * not "the charter of the OIC, which": the OIC owns a noun).
     */
    private static Participants.Group subjectBefore(List<Participants.Group> groups, List<Token> tokens, int r,
                                                    EventGrammar grammar) {
        Participants.Group person = personBefore(groups, tokens, r, grammar, true);
        if (person != null) {
            return person;
        }
        int end = grammar.boundaries.matchAt(tokens, r - 1) == 1 ? r - 1 : r;
        for (Participants.Group g : groups) {
            if (g.end() == end && g.preposition() == null && !g.genitive() && !ownedByNoun(g, tokens, grammar)) {
                int from = Clauses.around(tokens, g.start(), g.end(), grammar, groups)[0];
                for (int i = from; i < g.start(); i++) {
                    if (grammar.definiteWords.matchAt(tokens, i) == 0) {
                        return null;
                    }
                }
                return g;
            }
        }
        return null;
    }

    /**
     * The person named right before the relative pronoun at token r (or before the comma before it);
     * where {@code titled} allows, also a title (президент Турции, министр иностранных дел Японии).
     */
    private static Participants.Group personBefore(List<Participants.Group> groups, List<Token> tokens, int r,
                                                   EventGrammar grammar, boolean titled) {
        int end = grammar.boundaries.matchAt(tokens, r - 1) == 1 ? r - 1 : r;
        for (Participants.Group g : groups) {
            // only a person named: a body's or state's name is often the genitive of the noun the
            // clause is about (ميثاق منظمة التعاون الإسلامي الذي يدعو: the charter calls), and a
            // title may be an adjective misread (المداخل الرئيسة لمكة المكرمة التي تستقبل)
            if (g.end() == end && g.preposition() == null
                    && (g.parts().get(0).type() == EntityType.PER && !g.parts().get(0).titled()
                    || titled && g.parts().get(0).titled())) {
                return g;
            }
        }
        return null;
    }

    /** A bare group right after an event noun in the agent's case (Арест Ираном журналиста). */
    private static Participants.Group caseAgent(List<Participants.Group> groups, TriggerPattern.Match m,
                                                int[] clause) {
        for (Participants.Group g : groups) {
            if (g.start() >= m.triggerEnd() && g.start() - m.triggerEnd() <= SUBJECT_WINDOW && g.end() <= clause[1]
                    && g.preposition() == null && g.marked("agent") && !g.mayBe("possessor")) {
                return g;
            }
        }
        return null;
    }

    /** The cue is the one word at token i, in a reading with the cue's tags where it names some. */
    static boolean oneWordCueAt(EventGrammar.Cue c, List<Token> tokens, int i) {
        return c.words().matchAt(tokens, i) == 1 && (c.tags() == null || Participants.tagged(tokens.get(i), c.tags()));
    }

    /**
     * A copula right before the verb holds its subject, told before it or dropped, so a name after the
     * verb is its object: نفت بكين أن تكون قد هددت مانيلا (Beijing denied it had threatened Manila).
     */
    private static boolean copulaRightBefore(List<Token> tokens, TriggerPattern.Match m, EventGrammar grammar) {
        for (int i = Math.max(0, m.triggerStart() - MAX_COPULA); i < m.triggerStart(); i++) {
            if (grammar.copulas.matchAt(tokens, i) == m.triggerStart() - i) {
                return true;
            }
        }
        return false;
    }

    /**
     * A personal pronoun right before a verb is its subject even when the article has no speaker
     * for it to stand for (Он призвал Соединенные Штаты): the name after the verb is then its object.
     */
    private static boolean pronounRightBefore(List<Token> tokens, TriggerPattern.Match m, EventGrammar grammar) {
        return m.triggerStart() > 0 && personalPronoun(tokens, m.triggerStart() - 1, grammar);
    }

    /** A personal pronoun (he, they, он) is the word at token i; not a crowd word (police, protesters). */
    static boolean personalPronoun(List<Token> tokens, int i, EventGrammar grammar) {
        return grammar.pronouns.stream().anyMatch(c -> c.value().startsWith("speaker") && oneWordCueAt(c, tokens, i));
    }

    /**
     * A place the language makes feminine right after a masculine verb form is its object, not its subject
     * (دعا الولايات المتحدة: he called on the United States); the data lists the masculine places.
     */
    private static boolean feminineAfterMasculine(Participants.Group g, List<Token> tokens, TriggerPattern.Match m,
                                                  EventGrammar grammar) {
        Participants.Part first = g.parts().get(0);
        // with a word between (طالب وزير خارجية النمسا) the place is that word's genitive, and its owner the doer
        return m.masculine(tokens) && g.start() == m.triggerEnd() && !afterPreposition(tokens, m, grammar)
                && first.type() == EntityType.LOC && !first.titled()
                && !first.pronoun() && grammar.masculinePlaces.matchAt(tokens, first.start()) == 0;
    }

    /**
     * A preposition before the trigger, as a word or a clitic, makes its form a verbal noun whose
     * genitive is the doer (مع رفض جنوب أفريقيا، برفض طهران), not a verb.
     */
    private static boolean afterPreposition(List<Token> tokens, TriggerPattern.Match m, EventGrammar grammar) {
        int t = m.triggerStart();
        return grammar.prepositionPrefixes.containsKey(m.prefix(tokens))
                || t > 0 && grammar.prepositions.stream().anyMatch(c -> c.words().matchAt(tokens, t - 1) == 1);
    }

    /** A place right after a visit is where the visit goes (يزور بيروت), not who visits. */
    private static boolean destination(Participants.Group g, TriggerPattern p) {
        Participants.Part first = g.parts().get(0);
        // a titled place is a person or body (президент Турции), not where one goes
        return p.placeIsTarget && first.type() == EntityType.LOC && !first.titled();
    }

    /** A pronoun just before an event noun is its subject (نحن على اتصال، we are in contact). */
    private static Participants.Group pronounBefore(List<Participants.Group> groups, TriggerPattern.Match m,
                                                    int[] clause) {
        for (Participants.Group g : groups) {
            if (g.end() <= m.triggerStart() && g.end() >= m.triggerStart() - SUBJECT_WINDOW
                    && g.start() >= clause[0] - 1 && g.preposition() == null && g.parts().get(0).pronoun()) {
                return g;
            }
        }
        return null;
    }

    /**
     * An event noun's agent before it, in languages that put it there: a possessor or a nationality
     * adjective, with at most one more word between (Iran's drone attack, российские удары).
     */
    private static Participants.Group agentBefore(List<Participants.Group> groups, List<Token> tokens,
                                                  TriggerPattern.Match m, EventGrammar grammar,
                                                  List<TriggerPattern.Match> others) {
        for (Participants.Group g : groups) {
            // a preposition before a nationality adjective governs its noun (killed in Israeli shelling)
            if (g.end() > m.triggerStart() || g.preposition() != null && !g.bareAdjectives()) {
                continue;
            }
            if (others.stream().anyMatch(o -> o != m && o.pattern().noun && o.triggerEnd() == g.start())) {
                // the genitive of the event noun before it (Расследование ФБР обвинений): that noun's agent
                continue;
            }
            int at = g.end();
            at += at < tokens.size() ? grammar.possessives.matchAt(tokens, at) : 0;
            if (m.triggerStart() - at >= 0 && m.triggerStart() - at <= 1) {
                return g;
            }
        }
        return null;
    }

    /**
     * A noun's subject may stand far before it only as the subject of a verb that governs it: the verb
     * before the subject (أعلنت القاهرة وأنقرة ... رفع التمثيل; عقد قادة مجموعة السبع اجتماعا) or between the
     * subject and the noun (the leaders are expected to hold talks; лидеры могут провести встречу).
     */
    private static boolean governed(Participants.Group g, List<Participants.Group> groups, List<Token> tokens,
                                    TriggerPattern.Match m, EventGrammar grammar,
                                    List<TriggerPattern.Match> others) {
        for (int i = Math.max(0, g.start() - SUBJECT_WINDOW); i < g.start(); i++) {
            if (grammar.governors.matchAt(tokens, i) > 0) {
                return true;
            }
        }
        for (int i = g.end(); i < m.triggerStart(); i++) {
            int len = grammar.governors.matchAt(tokens, i);
            if (len > 0 && m.triggerStart() - (i + len) >= 0 && m.triggerStart() - (i + len) <= GOVERNED_WINDOW
                    && g.mayBe("subject") && noBareGroup(groups, i + len, m.triggerStart())
                    && noTrigger(others, m, i + len)) {
                return true;
            }
        }
        return false;
    }

    /** No other trigger stands between a governing verb and the noun: it would be the verb's object. */
    private static boolean noTrigger(List<TriggerPattern.Match> others, TriggerPattern.Match m, int from) {
        for (TriggerPattern.Match o : others) {
            if (o != m && o.triggerStart() >= from && o.triggerEnd() <= m.triggerStart()) {
                return false;
            }
        }
        return true;
    }

    /** No participant without a preposition stands in [from, to): nobody else is the verb's object. */
    private static boolean noBareGroup(List<Participants.Group> groups, int from, int to) {
        for (Participants.Group g : groups) {
            if (g.start() >= from && g.end() <= to && g.preposition() == null) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where case shows it, the object may stand before the verb (Москву посетил президент Турции): a
     * bare group in the clause whose case allows an object but not a subject, or the owner of a noun
     * that can only be an object (Политику НАТО осудил Китай), as after the verb.
     */
    private static Participants.Group objectBefore(List<Participants.Group> groups, List<Token> tokens,
                                                   TriggerPattern.Match m, int[] clause, Participants.Group source,
                                                   EventGrammar grammar) {
        Participants.Group out = null;
        for (Participants.Group g : groups) {
            if (g != source && g.end() <= m.triggerStart() && g.start() >= clause[0] && g.preposition() == null
                    && (g.marked("object") && !g.mayBe("subject") || ownerOfObject(g, tokens, grammar))) {
                out = g;
            }
        }
        return out;
    }

    /**
     * Where a nationality adjective stands before its noun, one without an agent noun modifies some
     * other noun (use Afghan soil to threaten): it is no verb's subject.
     */
    /**
     * A nationality adjective that modifies a noun (Afghan soil) is no one; right before the verb it
     * has no noun to modify and names the people (Armenians protested).
     */
    private static boolean modifier(Participants.Group g, EventGrammar grammar) {
        return grammar.titleOrder.contains("after") && g.bareAdjectives();
    }

    /** A group that owns the noun after it (Russia's decision) is not a verb's subject. */
    private static boolean possessor(Participants.Group g, List<Token> tokens, EventGrammar grammar) {
        return g.end() < tokens.size() && grammar.possessives.matchAt(tokens, g.end()) > 0;
    }

    /**
     * Where subjects only precede their verbs, a group after another verb trigger in the clause is that
     * verb's object (shelling Kharkiv and besieging Mariupol), not the next verb's subject.
     */
    private static boolean objectOfEarlierVerb(Participants.Group g, TriggerPattern.Match m, int[] clause,
                                               List<TriggerPattern.Match> others, EventGrammar grammar) {
        if (grammar.subjectOrder.contains("after")) {
            return false;
        }
        for (TriggerPattern.Match o : others) {
            if (o != m && !o.pattern().noun && o.triggerStart() >= clause[0] && o.triggerEnd() <= g.start()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first target wins, unless case marks a later bare one as the object and the first as
     * something else (рассказать о позиции КНДР руководству США).
     */
    private static boolean better(Participants.Group later, Participants.Group first) {
        // a place is the target only when nobody else is (protested in Yerevan against Azerbaijan)
        if ("place".equals(first.preposition()) != "place".equals(later.preposition())) {
            return "place".equals(first.preposition());
        }
        return first.preposition() == null && later.preposition() == null && later.marked("object")
                && !first.mayBe("object");
    }

    /** A conjunction between a group and the verb after it: the verb is coordinated with an earlier one. */
    private static boolean coordinated(Participants.Group g, TriggerPattern.Match m, List<Token> tokens,
                                       EventGrammar grammar) {
        for (int i = g.end(); i < m.triggerStart(); i++) {
            if (grammar.conjunctions.matchAt(tokens, i) > 0) {
                return true;
            }
        }
        return false;
    }

    /** CAMEO's root of protests. */
    static final String PROTEST_ROOT = "14";

    /** A target made only of the source's own actors (Khan welcomed ... Pakistan would) is no target. */
    private static boolean sameActor(Participants.Group source, Participants.Group target, boolean protest) {
        if (source == null) {
            return false;
        }
        // a protest's place is its target only when the protesters come from elsewhere (US activists
        // protested in Beijing); a town's own people protest at home
        boolean home = protest && target.parts().stream()
                .allMatch(tp -> tp.type() == EntityType.LOC && !tp.titled());
        for (Participants.Part tp : target.parts()) {
            Participant t = tp.participant();
            boolean same = false;
            for (Participants.Part sp : source.parts()) {
                Participant p = sp.participant();
                // a state and its own government are one; its students and its government are two, and
                // so are its people protesting (Georgians rallied against the government) and its government
                boolean people = protest && people(sp) && t.actor().sector() != null;
                same |= p.actor().code().equals(t.actor().code())
                        && (home || !people && oneActor(p.actor().sector(), t.actor().sector()));
            }
            if (!same) {
                return false;
            }
        }
        return true;
    }

    /**
     * A genitive (of X) is the target only as the owner of the verb's object, right after it (seize the
     * funds of the Palestinian Authority), not after some other phrase (met Ri on the sidelines of the UN);
     * nor is a genitive its case shows after a place.
     */
    private static boolean farGenitive(Participants.Group g, TriggerPattern.Match m, List<Token> tokens,
                                       EventGrammar grammar) {
        if (!g.genitive()) {
            // where case, not of, shows the owner, one after a place and its genitives belongs to that
            // place (встретился с Ри в кулуарах саммита Генассамблеи ООН)
            return g.preposition() == null && g.marked("possessor")
                    && placeChain(tokens, grammar.placeEnd(tokens, m.triggerEnd(), g.start()), g.start(), grammar);
        }
        int of = g.start() - 1;
        if (of - m.triggerEnd() > GENITIVE_WINDOW) {
            return true;
        }
        return grammar.prepositionIn(tokens, m.triggerEnd(), of, false);
    }

    /**
     * Words [from, to) a place preposition governs, a genitive chain: each declined as a place or an
     * owner, one only as an owner (кулуарах саммита; not в отношении, a preposition of its own).
     */
    private static boolean placeChain(List<Token> tokens, int from, int to, EventGrammar grammar) {
        if (from < 0) {
            return false;
        }
        boolean owner = false;
        for (int i = from; i < to; i++) {
            Set<String> roles = grammar.declinedRoles(tokens.get(i));
            if (roles == null || !Set.of("possessor", "other").containsAll(roles)) {
                return false;
            }
            owner |= roles.equals(Set.of("possessor"));
        }
        return owner;
    }

    /** A nationality adjective no agent noun joined names a people, not its state (Georgians rallied). */
    /** The organs a state acts through: a state named bare is one actor with them, not with its opposition or rebels. */
    static final Set<String> STATE_ORGANS = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "SPY", "PRM");

    /**
     * Whether a source and a target of one state are one actor, by their sectors: the same sector, a target
     * named as the bare state or a place of it (insurgents bombarded a district of Aleppo), or a source named
     * as the bare state and a target that is one of its organs (Pakistan and its government); Venezuela and
     * its opposition, Syria and its civilians are two.
     */
    private static boolean oneActor(String source, String target) {
        return Objects.equals(source, target) || target == null || source == null && STATE_ORGANS.contains(target);
    }

    private static boolean people(Participants.Part p) {
        return p.type() == EntityType.MISC && !p.titled() && p.participant().actor().sector() == null;
    }

    /** Only a light verb stands between an event noun and its agent (زيارة يقوم بها أردوغان). */
    private static boolean lightVerbBetween(List<Token> tokens, int from, int to, EventGrammar grammar) {
        return to > from && grammar.lightVerbs.matchAt(tokens, from) == to - from;
    }

    /** A group that is a nationality adjective (هجوم عسكري إسرائيلي): after a noun, its agent. */
    private static boolean nationality(Participants.Group g) {
        return g.parts().get(0).type() == EntityType.MISC;
    }

    /**
     * A verb takes a bare object (not one whose case makes it a subject or an agent); any trigger takes
     * a partner (مع، بين), some take "to" (إلى).
     */
    private static boolean takesTarget(Participants.Group g, TriggerPattern p) {
        String prep = g.preposition();
        if (prep == null) {
            if (p.topicObject) {
                return false;
            }
            // a noun takes a bare target only where case marks it (поставки Пакистану) or after of (the
            // arrest of a French aid worker)
            return p.noun ? g.marked("object") || g.genitive()
                    : g.mayBe("object") || g.mayBe("possessor") || g.mayBe("other");
        }
        // an indeclinable name takes the role its preposition would give had it shown the case (с США)
        return targetRole(prep, p) || g.undeclined() != null && targetRole(g.undeclined(), p);
    }

    /** A preposition's role that makes its participant the target of a trigger. */
    private static boolean targetRole(String prep, TriggerPattern p) {
        return prep.equals("partner") || prep.equals("between") || prep.equals("against")
                || p.targetPrepositions.contains(prep);
    }

    /**
     * A group that begins inside the pattern (a named object: اعترفت ... بدولة فلسطين) is not the
     * subject, and is the target whatever its preposition; unless a title joined it: the pattern's word
     * names the doers (نشر القوات الهندية, the Indian forces' deployment; حشدت القوات الروسية).
     */
    private static boolean insidePattern(Participants.Group g, TriggerPattern.Match m) {
        return g.start() < m.end() && g.end() > m.end();
    }
}
