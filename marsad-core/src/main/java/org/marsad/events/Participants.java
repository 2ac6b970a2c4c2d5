package org.marsad.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.marsad.actors.MentionFinder;
import org.marsad.actors.OrganisationHeads;
import org.marsad.model.Actor;
import org.marsad.model.EntityType;
import org.marsad.model.Mention;
import org.marsad.model.Participant;
import org.marsad.model.Span;
import org.marsad.model.Token;
import org.marsad.write.ActorCodes;

/**
 * The actors a sentence names, as groups of coordinated participants ("روسيا وباكستان") with the
 * preposition that governs each group. A participant is a mention with an actor, widened by an
 * agent noun before it (سفير باكستان → PAK, GOV), or a pronoun the discourse resolves (نحن → the
 * speaker's state, البلدين → the article's two main states).
 */
final class Participants {
    /** The sector of a state's opposition. */
    private static final String OPPOSITION = "OPP";

    /** The most words one quantity cue holds (ما يزيد على، عدة مئات من). */
    private static final int MAX_QUANTITY_WORDS = 3;

    /**
     * One participant over tokens [start, end); {@code type} is its mention's type; {@code clitic}
     * is the normalised conjunction or preposition attached to its first word (و of وباكستان);
     * {@code roles} are the roles the grammatical case of its head allows (subject, object, agent,
     * possessor, other), or null when the language or the words show no case; {@code titled} says
     * whether an agent noun joined it (Pakistani officials, not Pakistani alone).
     */
    record Part(Participant participant, int start, int end, EntityType type, boolean pronoun, String clitic,
                String entity, Set<String> roles, boolean titled) {
    }

    /**
     * Coordinated participants over tokens [start, end), and the preposition before them, or null;
     * {@code undeclined} is the role the preposition would give had the words shown the case it asks
     * of a place (в Марокко, на Гаити: indeclinable, so where something happens, but also where one
     * goes; в НАТО is no place), or null; {@code genitive} says a preposition that leaves them bare
     * stands before them (English of). A preposition of two roles gives a place the second as its
     * {@code undeclined} (حول: about, or around a place).
     */
    record Group(List<Part> parts, int start, int end, String preposition, String undeclined, boolean genitive) {
        List<Participant> participants() {
            List<Participant> out = new ArrayList<>();
            for (Part p : parts) {
                out.add(p.participant());
            }
            return out;
        }

        /** True when every member is a town, not a state nor a capital standing for its government. */
        boolean towns() {
            for (Part p : parts) {
                Actor actor = p.participant().actor();
                if (p.type() != EntityType.LOC || p.entity() == null || p.titled() || actor.sector() != null
                        || p.entity().equals(actor.code())) {
                    return false;
                }
            }
            return true;
        }

        /** True unless the case of every member rules the role out. */
        boolean mayBe(String role) {
            for (Part p : parts) {
                if (p.roles() == null || p.roles().contains(role)) {
                    return true;
                }
            }
            return false;
        }

        /** True when every member is a nationality adjective no agent noun joined (Afghan soil). */
        boolean bareAdjectives() {
            for (Part p : parts) {
                if (p.type() != EntityType.MISC || p.titled() || p.pronoun()) {
                    return false;
                }
            }
            return true;
        }

        /** True when some member's case shows it can play the role (not merely that nothing rules it out). */
        boolean marked(String role) {
            for (Part p : parts) {
                if (p.roles() != null && p.roles().contains(role)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The most words a preposition has (على مقربة من). */
    private static final int MAX_PREPOSITION = 3;

    /** The value prefix of a pronoun cue that names an unnamed crowd and its sector (crowd:CVL). */
    static final String CROWD = "crowd:";

    /** The value prefix of a pronoun cue for an organ of the actor named before it (its troops: owner:MIL). */
    private static final String OWNER = "owner:";

    /** The value prefix of a pronoun cue for the organisation of these actors named before (the alliance: named:NATO,CSTO). */
    private static final String NAMED = "named:";

    /** The value prefix of a pronoun cue for a like name that is none of those actors (the central bank: unnamed:WB). */
    private static final String UNNAMED = "unnamed:";

    private Participants() {
    }

    /**
     * The participant groups of a sentence; {@code reported} says whether it reports speech, where
     * pronouns that only there point to the speaker (they said they ...) count.
     */
    static List<Group> find(List<Token> tokens, List<Mention> mentions, String text, EventGrammar g,
                            Discourse discourse, boolean reported) {
        List<Part> parts = new ArrayList<>();
        boolean[] used = new boolean[tokens.size()];
        // a title takes in no other name (الأمين العام للأمم المتحدة before القاهرة is the UN's, not Cairo's)
        boolean[] named = new boolean[tokens.size()];
        for (Mention m : mentions) {
            for (int i = firstToken(tokens, m.span()); m.actor() != null && i >= 0 && i <= lastToken(tokens, m.span()); i++) {
                named[i] = true;
            }
        }
        for (Mention m : mentions) {
            if (m.actor() == null) {
                continue;
            }
            int a = firstToken(tokens, m.span());
            int b = lastToken(tokens, m.span()) + 1;
            if (a < 0 || b <= a || (b < tokens.size() && g.notParticipants.matchAt(tokens, b) > 0)) {
                // Pakistan-based, Iran-backed: the name describes someone else
                continue;
            }
            Participant p = new Participant(m.actor(), m.text(), m.span(), m.id());
            String clitic = "";
            int tokenStart = tokens.get(a).span().start();
            if (m.span().start() > tokenStart) {
                clitic = g.pack.normaliser().normalise(text, tokenStart, m.span().start()).text();
            }
            Set<String> roles = headRoles(tokens, a, b, g, m.type() == EntityType.PER);
            parts.add(widen(new Part(p, a, b, m.type(), false, clitic, m.entity(), roles, false), tokens, text, g, named));
        }
        for (Part p : parts) {
            mark(used, p);
        }
        parts.replaceAll(p -> counted(p, tokens, used, g));
        List<Part> pronouns = pronouns(tokens, used, text, g, discourse, reported,
                placeCountry(mentions, parts, discourse), mentions, parts);
        parts.addAll(pronouns);
        // a pronoun right before a name is an apposition (زعيمي البلدين عمران خان): the name wins,
        // and whatever governed the pronoun governs the name
        Map<Integer, Integer> appositions = new HashMap<>();
        for (Part p : pronouns) {
            if (followedByName(p, parts, tokens, g)) {
                appositions.merge(p.end(), p.start(), Math::min);
            }
        }
        parts.removeIf(p -> p.pronoun() && appositions.containsKey(p.end()));
        parts.sort(Comparator.comparingInt(Part::start));
        return group(joinAppositions(parts, text, tokens, g), tokens, g, appositions);
    }

    /**
     * The roles the case of a phrase's head allows: the first two words with a case, which agree
     * (Шанхайской организации, российской авиации: not nominative), or the first alone when they don't
     * (Совет Безопасности); null where no word shows its case.
     */
    private static Set<String> headRoles(List<Token> tokens, int from, int to, EventGrammar g) {
        return headRoles(tokens, from, to, g, false);
    }

    private static Set<String> headRoles(List<Token> tokens, int from, int to, EventGrammar g, boolean name) {
        Set<String> first = null;
        boolean adjective = false;
        for (int i = from; i < to; i++) {
            Set<String> r = g.caseRoles(tokens.get(i), name);
            if (r == null || hyphenatedToNext(tokens, i)) {
                // the case of премьер-министром is министром's
                continue;
            }
            if (first == null) {
                first = r;
                adjective = g.titleAfterTag == null || tagged(tokens.get(i), g.titleAfterTag);
                continue;
            }
            return agreeing(first, r, adjective);
        }
        return first;
    }

    private static boolean hyphenatedToNext(List<Token> tokens, int i) {
        if (i + 2 >= tokens.size() || !tokens.get(i + 1).norm().equals("-")) {
            return false;
        }
        return tokens.get(i).span().end() == tokens.get(i + 1).span().start()
                && tokens.get(i + 1).span().end() == tokens.get(i + 2).span().start();
    }

    /**
     * The roles two agreeing words share, or the first word's when they share none (or one is unknown)
     * or when the second may be a genitive the first can't be or the first is no adjective (Правительство
     * Грузии, МИД России: a head and its complement, not an adjective and its noun).
     */
    private static Set<String> agreeing(Set<String> a, Set<String> b, boolean adjective) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        if (b.contains("possessor") && (!a.contains("possessor") || !adjective)) {
            return a;
        }
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return both.isEmpty() ? a : both;
    }

    /**
     * Takes agent nouns next to a participant into it, with their sector for states and people: before
     * it (سفير باكستان, President Putin), and in languages that put them there, after it (Pakistani
     * officials, Pakistan's ambassador, пакистанской стороне).
     */
    private static Part widen(Part part, List<Token> tokens, String text, EventGrammar g, boolean[] named) {
        Part p = g.titleOrder.contains("before") ? widenBefore(part, tokens, text, g, named) : part;
        boolean after = g.titleOrder.contains("after")
                && (g.titleAfterTag == null || tagged(tokens.get(part.end() - 1), g.titleAfterTag));
        return after ? widenAfter(p, tokens, text, g) : p;
    }

    private static Part widenAfter(Part part, List<Token> tokens, String text, EventGrammar g) {
        Part p = part;
        for (int round = 0; round < 3; round++) {
            int from = p.end() < tokens.size() ? p.end() + g.possessives.matchAt(tokens, p.end()) : p.end();
            int bestLen = 0;
            String sector = null;
            for (EventGrammar.Cue agent : g.agents) {
                int len = from < tokens.size() ? agent.words().matchAt(tokens, from) : 0;
                if (len > bestLen) {
                    bestLen = len;
                    sector = agent.value();
                }
            }
            if (bestLen == 0) {
                return p;
            }
            int end = from + bestLen;
            Span span = new Span(p.participant().span().start(), tokens.get(end - 1).span().end());
            // an adjective agrees with the title after it: пакистанской стороне
            Set<String> roles = agreeing(headRoles(tokens, from, end, g), p.roles(), true);
            p = new Part(new Participant(sectorOf(p, sector), span.of(text), span, p.participant().mention()),
                    p.start(), end, p.type(), p.pronoun(), p.clitic(), p.entity(), roles, true);
        }
        return p;
    }

    /** The participant's actor with the agent noun's sector, unless it is an organisation's own. */
    private static Actor sectorOf(Part p, String sector) {
        Actor actor = p.participant().actor();
        if (sector != null && !sector.equals("-") && p.type() != EntityType.ORG) {
            return new Actor(actor.code(), sector);
        }
        return actor;
    }

    /**
     * A title joined to its state by a place preposition, itself after a preposition of place, names the
     * building where something happens, not who takes part (rally outside the parliament in Tbilisi, تجمع أمام
     * البرلمان في تبليسي).
     */
    private static boolean placeTitle(List<Token> tokens, int start, int end, EventGrammar g) {
        int before = start > 0 && g.determiners.matchAt(tokens, start - 1) == 1 ? start - 1 : start;
        return before > 0 && g.prepositionIn(tokens, end - 1, end, "place")
                && (g.prepositionIn(tokens, before - 1, before, "place") || g.prepositionIn(tokens, before - 1, before, "other"));
    }

    private static Part widenBefore(Part part, List<Token> tokens, String text, EventGrammar g, boolean[] named) {
        Part p = part;
        for (int round = 0; round < 3; round++) {
            int bestLen = 0;
            String sector = null;
            String clitic = "";
            if (!p.titled() && definiteBeforeName(p, tokens, g)) {
                return p;
            }
            // a title ends right before the name, however a longer one runs on (الأمين العام | للأمم المتحدة)
            List<Token> before = tokens.subList(0, p.start());
            for (EventGrammar.Cue agent : g.agents) {
                for (int len = 1; len <= 5 && len <= p.start() && !named[p.start() - len]; len++) {
                    if (len > bestLen && agent.words().matchAt(before, p.start() - len) == len) {
                        bestLen = len;
                        sector = agent.value();
                        clitic = agent.words().prefixAt(before, p.start() - len);
                    }
                }
            }
            if (bestLen == 0 || placeTitle(tokens, p.start() - bestLen, p.start(), g)) {
                return p;
            }
            int start = p.start() - bestLen;
            // the title's text leaves its clitic out: بالرئيس المصري is الرئيس المصري
            Span span = new Span(MentionFinder.nameStart(tokens.get(start), clitic, text, g.pack),
                    p.participant().span().end());
            // the title is the head: посол Пакистана is as nominative as посол
            Set<String> roles = headRoles(tokens, start, start + bestLen, g);
            p = new Part(new Participant(sectorOf(p, sector), span.of(text), span, p.participant().mention()),
                    start, p.end(), p.type(), p.pronoun(), clitic, p.entity(), roles == null ? p.roles() : roles, true);
        }
        return p;
    }

    /**
     * A definite noun right before a state's name has no genitive in it (a construct's head has no
     * article): انتقدت الحكومة إسرائيل is the government criticising Israel, not Israel's government, which
     * is حكومة إسرائيل or الحكومة الإسرائيلية; a definite word after it agrees as its adjective (الجيش
     * البوروندي), and so does a name spelt like its adjective (السلطات السورية).
     */
    private static boolean definiteBeforeName(Part p, List<Token> tokens, EventGrammar g) {
        // a clitic on the name (لنيويورك) says what joins it; a bare one is what the rule is about
        return p.start() > 0 && p.type() == EntityType.LOC && !p.pronoun() && p.clitic().isEmpty()
                && g.definite(tokens.get(p.start() - 1))
                && !g.definite(tokens.get(p.start())) && !OrganisationHeads.of(g.pack).adjectiveName(tokens, p.start(), p.end());
    }

    /**
     * Whose people an unnamed crowd is (المتظاهرون، protesters): the state of the first place the
     * sentence names, else of the first organ or opposition of a state it names (Iranian police dispersed
     * the protesters; الشرطة الجورجية; the Kenyan opposition threatened the government), else the state the
     * article speaks of most; null when there is none. A bare nationality adjective tells nothing of a crowd
     * (قالت الإذاعة الإسرائيلية إن المتظاهرين, Danish flags).
     */
    private static String placeCountry(List<Mention> mentions, List<Part> parts, Discourse discourse) {
        for (Mention m : mentions) {
            if (m.type() == EntityType.LOC && m.actor() != null) {
                return m.actor().code();
            }
        }
        for (Part p : parts) {
            Actor a = p.participant().actor();
            if (p.type() != EntityType.PER && a.sector() != null && ActorCodes.isState(a)
                    && (Arguments.STATE_ORGANS.contains(a.sector()) || OPPOSITION.equals(a.sector()))) {
                return a.code();
            }
        }
        List<String> pair = discourse.mainPair();
        return pair.isEmpty() ? null : pair.get(0);
    }

    /**
     * The roles a counted crowd may take: its noun's or its counting words' (тысячи демонстрантов is as
     * nominative as тысячи); only the counting words' when they show a case of their own, no genitive
     * (649 миллионам человек is dative); null where either shows no case, or where a number or an
     * approximation governs counting words in the genitive (80 процентов граждан, около пяти тысяч человек:
     * the phrase has a case it does not show).
     */
    private static Set<String> crowdRoles(List<Token> tokens, int from, int crowd, int end, EventGrammar g) {
        Set<String> own = headRoles(tokens, crowd, end, g);
        Set<String> counting = from < crowd ? headRoles(tokens, from, crowd, g) : own;
        boolean number = false;
        for (int i = from; i < crowd; i++) {
            number |= tokens.get(i).kind() == Token.Kind.NUMBER;
        }
        if (own == null || counting == null || number && counting.equals(Set.of("possessor"))) {
            return null;
        }
        if (!counting.contains("possessor")) {
            return counting;
        }
        Set<String> both = new HashSet<>(own);
        both.addAll(counting);
        return both;
    }

    /**
     * People a title names (граждан Турции) that a quantity counts take it in: the quantity's case is
     * theirs too (80 процентов граждан Турции поддерживают is as much a subject as 80 процентов).
     */
    private static Part counted(Part p, List<Token> tokens, boolean[] used, EventGrammar g) {
        int from = p.titled() && !p.pronoun() ? counted(tokens, used, p.start(), g) : p.start();
        if (from == p.start()) {
            return p;
        }
        return new Part(p.participant(), from, p.end(), p.type(), p.pronoun(), p.clitic(), p.entity(),
                crowdRoles(tokens, from, p.start(), p.end(), g), p.titled());
    }

    /**
     * Where a crowd starts: before the numbers and words that count it (about five thousand people),
     * a quantity of several words ending right before it included (الآلاف من المتظاهرين).
     */
    static int counted(List<Token> tokens, boolean[] used, int crowd, EventGrammar g) {
        int from = crowd;
        while (from > 0 && !used[from - 1]) {
            int len = tokens.get(from - 1).kind() == Token.Kind.NUMBER ? 1 : 0;
            for (int k = 1; len == 0 && k <= MAX_QUANTITY_WORDS && k <= from; k++) {
                len = g.quantities.matchAt(tokens, from - k) == k && !used[from - k] ? k : 0;
            }
            if (len == 0) {
                return from;
            }
            from -= len;
        }
        return from;
    }

    private static List<Part> pronouns(List<Token> tokens, boolean[] used, String text, EventGrammar g,
                                       Discourse discourse, boolean reported, String crowdCountry,
                                       List<Mention> mentions, List<Part> named) {
        List<Part> out = new ArrayList<>();
        otherNames(tokens, used, mentions, g, discourse);
        for (int i = 0; i < tokens.size(); i++) {
            if (used[i]) {
                continue;
            }
            for (EventGrammar.Cue cue : g.pronouns) {
                int len = cue.words().matchAt(tokens, i);
                if (len == 0 || (cue.tags() != null && !tagged(tokens.get(i), cue.tags()))) {
                    continue;
                }
                Span span = new Span(tokens.get(i).span().start(), tokens.get(i + len - 1).span().end());
                String clitic = cue.words().prefixAt(tokens, i);
                if (cue.value().startsWith(CROWD)) {
                    // a crowd word before a not-participant word is an adjective: рабочие должности
                    boolean adjective = i + len < tokens.size() && g.notParticipants.matchAt(tokens, i + len) > 0;
                    if (crowdCountry != null && !adjective) {
                        Actor crowd = new Actor(crowdCountry, cue.value().substring(CROWD.length()));
                        int from = counted(tokens, used, i, g);
                        if (!out.isEmpty() && from < out.get(out.size() - 1).end()) {
                            // a crowd that counts the next one is part of it: الآلاف من المتظاهرين
                            out.remove(out.size() - 1);
                        }
                        out.add(new Part(new Participant(crowd, span.of(text), span, null), from, i + len,
                                EntityType.PER, true, clitic, null, crowdRoles(tokens, from, i, i + len, g), false));
                    }
                } else if (cue.value().startsWith(OWNER)) {
                    Part owner = owner(named, i, tokens, g);
                    if (owner != null) {
                        Actor organ = new Actor(owner.participant().actor().code(), cue.value().substring(OWNER.length()));
                        out.add(new Part(new Participant(organ, span.of(text), span, owner.participant().mention()), i,
                                i + len, EntityType.PER, true, clitic, null, organRoles(tokens, i + len - 1, g), false));
                    }
                } else if (cue.value().startsWith(NAMED)) {
                    Mention org = discourse.organisation(cue.value(), kind(cue), span.start());
                    if (org == null) {
                        discourse.otherUse(cue.value(), span.start());
                    } else {
                        out.add(new Part(new Participant(org.actor(), span.of(text), span, org.id()), i, i + len,
                                EntityType.ORG, true, clitic, null, headRoles(tokens, i, i + len, g), false));
                    }
                } else if (cue.value().startsWith(UNNAMED)) {
                    // noted by otherNames; it stands for nobody here
                } else if (cue.value().equals("pair")) {
                    for (String code : discourse.mainPair()) {
                        out.add(widen(new Part(new Participant(Actor.of(code), span.of(text), span, null), i, i + len,
                                EntityType.LOC, true, clitic, null, headRoles(tokens, i, i + len, g), false), tokens,
                                text, g, used));
                    }
                } else {
                    Participant s = standsFor(cue, tokens, i, len, span, g, discourse, reported, mentions);
                    if (s != null) {
                        out.add(new Part(new Participant(s.actor(), span.of(text), span, s.mention()), i, i + len,
                                EntityType.PER, true, clitic, null, headRoles(tokens, i, i + len, g), false));
                    }
                }
                i += len - 1;
                break;
            }
        }
        return out;
    }

    /** The actors a short name (the alliance) may stand for: the codes after {@code named:}. */
    private static Set<String> kind(EventGrammar.Cue cue) {
        return Set.of(cue.value().substring(NAMED.length()).split(","));
    }

    /**
     * Notes a short name inside a longer one that is not of its kind (Egypt's central bank, البنك
     * المركزي), and the like names the cues list as none of those actors: after one, "the bank" may be
     * that one, and stands for no organisation.
     */
    private static void otherNames(List<Token> tokens, boolean[] used, List<Mention> mentions, EventGrammar g,
                                   Discourse discourse) {
        for (int i = 0; i < tokens.size(); i++) {
            for (EventGrammar.Cue cue : g.pronouns) {
                if (cue.value().startsWith(UNNAMED) && cue.words().matchAt(tokens, i) > 0) {
                    discourse.otherUse(NAMED + cue.value().substring(UNNAMED.length()), tokens.get(i).span().start());
                }
                if (!used[i] || !cue.value().startsWith(NAMED) || cue.words().matchAt(tokens, i) == 0) {
                    continue;
                }
                int at = tokens.get(i).span().start();
                Set<String> kind = kind(cue);
                boolean ofKind = mentions.stream().anyMatch(m -> m.actor() != null && kind.contains(m.actor().code())
                        && m.span().start() <= at && at < m.span().end());
                if (!ofKind) {
                    discourse.otherUse(cue.value(), at);
                }
            }
        }
    }

    /**
     * Whose organ a possessive stands before (Israel said its jets struck, قالت روسيا إن قواتها قصفت): the
     * nearest actor named before it in the sentence, unless a preposition governs that one (talks with
     * China), which is then a third party; null when there is none.
     */
    private static Part owner(List<Part> named, int at, List<Token> tokens, EventGrammar g) {
        Part owner = null;
        for (Part p : named) {
            if (p.end() <= at && (owner == null || p.start() > owner.start())) {
                owner = p;
            }
        }
        boolean governed = owner != null && owner.start() > 0 && g.prepositionIn(tokens, owner.start() - 1, owner.start(), true);
        return governed ? null : owner;
    }

    /**
     * An organ after a possessive is a doer: a subject, or where its noun shows case the agent of a
     * passive too, never an object, which is the doer's own means (Russia withdrew its troops, سحب
     * النظام قواته).
     */
    private static Set<String> organRoles(List<Token> tokens, int noun, EventGrammar g) {
        Set<String> byCase = headRoles(tokens, noun, noun + 1, g);
        if (byCase == null) {
            return Set.of("subject");
        }
        Set<String> roles = new HashSet<>(Set.of("subject", "agent"));
        roles.retainAll(byCase);
        return roles;
    }

    /**
     * Whom a speaker pronoun stands for: the speaker ("they", "it" only as the subject of what is said:
     * said they were ...), else for he, он with nobody speaking the one person an earlier sentence named
     * (He urged Iran); null when a person the tables don't know stands between.
     */
    private static Participant standsFor(EventGrammar.Cue cue, List<Token> tokens, int i, int len, Span span,
                                         EventGrammar g, Discourse discourse, boolean reported, List<Mention> mentions) {
        int sentenceStart = tokens.get(0).span().start();
        Participant speaker = discourse.speaker();
        if (speaker != null) {
            boolean inSpeech = !cue.value().equals("speaker-in-speech")
                    || reported && i > 0 && (g.speech.matchAt(tokens, i - 1) > 0 || g.boundaries.matchAt(tokens, i - 1) > 0);
            return inSpeech && !unknownPersonBetween(speaker, sentenceStart, span, mentions) ? speaker : null;
        }
        Participant person = discourse.antecedent().person();
        return person != null && g.masculinePronouns.matchAt(tokens, i) == len
                && !unknownPersonBetween(person, sentenceStart, span, mentions) ? person : null;
    }

    /**
     * True when the speaker was named before this sentence and, in it, a person the tables don't know
     * (Kavanaugh, a name only the tagger found) is named before the pronoun: the pronoun most likely
     * stands for them (an allegation that he assaulted her), so it does not jump back to the speaker.
     * A name in the speaker's own sentence may be theirs (السفير الباكستاني عمران أحمد).
     */
    private static boolean unknownPersonBetween(Participant speaker, int sentenceStart, Span pronoun,
                                                List<Mention> mentions) {
        if (speaker.span().start() >= sentenceStart) {
            return false;
        }
        for (Mention m : mentions) {
            if (m.type() == EntityType.PER && m.actor() == null && m.span().end() <= pronoun.start()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Adjacent participants of the same actor without a conjunction are one: a title and a name
     * (الرئيس المصري عبد الفتاح السيسي), also when each took the title in (Russian President | President
     * Vladimir Putin). The name's mention and actor (with its dated role) win.
     */
    private static List<Part> joinAppositions(List<Part> parts, String text, List<Token> tokens, EventGrammar g) {
        List<Part> out = new ArrayList<>();
        for (Part p : parts) {
            Part last = out.isEmpty() ? null : out.get(out.size() - 1);
            boolean touching = last != null && p.start() <= last.end() && p.start() > last.start()
                    && p.end() > last.end() && !(p.type() == EntityType.PER && last.type() != EntityType.PER
                    && afterPreposition(last, tokens, g) && !last.titled());
            if (touching && p.clitic().isEmpty() && !p.pronoun() && !last.pronoun()
                    && p.participant().actor().code().equals(last.participant().actor().code())) {
                Part name = p.type() == EntityType.PER || last.type() != EntityType.PER ? p : last;
                Span span = last.participant().span().union(p.participant().span());
                Participant other = name == p ? last.participant() : p.participant();
                Actor actor = name.participant().actor().sector() != null ? name.participant().actor()
                        : other.actor();
                Participant joined = new Participant(actor, span.of(text), span, name.participant().mention());
                out.set(out.size() - 1, new Part(joined, last.start(), p.end(), name.type(), false, last.clitic(),
                        name.entity(), last.roles() != null ? last.roles() : p.roles(), last.titled() || p.titled()));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /** A place right after a preposition word is no title of the person after it (из Владивостока Путин). */
    private static boolean afterPreposition(Part p, List<Token> tokens, EventGrammar g) {
        if (p.start() == 0) {
            return false;
        }
        for (EventGrammar.Cue cue : g.prepositions) {
            if (cue.words().matchAt(tokens, p.start() - 1) == 1) {
                return true;
            }
        }
        return false;
    }

    private static boolean followedByName(Part pronoun, List<Part> parts, List<Token> tokens, EventGrammar g) {
        for (Part p : parts) {
            // a crowd word is no apposition of a state's name after it (انتقدت الحكومة إسرائيل)
            if (!p.pronoun() && p.start() == pronoun.end()
                    && !(pronoun.type() == EntityType.PER && definiteBeforeName(p, tokens, g))) {
                return true;
            }
        }
        return false;
    }

    private static List<Group> group(List<Part> parts, List<Token> tokens, EventGrammar g,
                                     Map<Integer, Integer> appositions) {
        List<Group> groups = new ArrayList<>();
        List<List<Part>> runs = new ArrayList<>();
        List<Part> current = new ArrayList<>();
        for (Part p : parts) {
            if (!current.isEmpty()) {
                Part last = current.get(current.size() - 1);
                boolean samePair = p.pronoun() && last.pronoun() && p.start() == last.start();
                if (!samePair && (p.start() < last.end() || !joined(last, p, tokens, g))) {
                    closeList(runs, current, tokens, g);
                    current = new ArrayList<>();
                }
            }
            current.add(p);
        }
        if (!current.isEmpty()) {
            closeList(runs, current, tokens, g);
        }
        for (List<Part> run : runs) {
            groups.add(close(run, tokens, g, appositions));
        }
        return groups;
    }

    /**
     * A list of places joined by commas is one group only when a conjunction closes it (China, Russia
     * and Iran); without one the commas part clauses (... attacks Ukraine, the US will impose).
     */
    private static void closeList(List<List<Part>> runs, List<Part> parts, List<Token> tokens, EventGrammar g) {
        int n = parts.size();
        boolean closed = n < 2 || !commaOnly(parts.get(n - 2), parts.get(n - 1), tokens);
        if (closed) {
            runs.add(parts);
            return;
        }
        List<Part> run = new ArrayList<>();
        for (Part p : parts) {
            if (!run.isEmpty() && commaOnly(run.get(run.size() - 1), p, tokens)) {
                runs.add(run);
                run = new ArrayList<>();
            }
            run.add(p);
        }
        runs.add(run);
    }

    /** Two places or organisations with only a comma between them (people so joined are appositions). */
    private static boolean commaOnly(Part a, Part b, List<Token> tokens) {
        return b.start() == a.end() + 1 && isComma(tokens.get(a.end())) && a.type() != EntityType.PER
                && !(a.pronoun() && b.pronoun() && a.start() == b.start());
    }

    /**
     * Two participants are coordinated by a conjunction clitic, by conjunction words (and, and the),
     * by a comma and conjunction words, or by a comma alone between participants of one kind: a
     * comma before a person's name after a state is an apposition (Pakistan's envoy to Russia, Shafqat Ali Khan).
     */
    private static boolean joined(Part a, Part b, List<Token> tokens, EventGrammar g) {
        if (b.start() == a.end()) {
            return startsWithAny(b.clitic(), g.conjunctionPrefixes);
        }
        if (b.start() <= a.end()) {
            return false;
        }
        int at = a.end();
        boolean comma = isComma(tokens.get(at));
        if (comma) {
            at++;
        }
        if (at < b.start() && g.conjunctions.matchAt(tokens, at) == b.start() - at) {
            return true;
        }
        return comma && at == b.start() && a.type() == b.type() && !a.pronoun() && !b.pronoun();
    }

    static boolean isComma(Token t) {
        return t.norm().equals(",") || t.norm().equals("،");
    }

    private static Group close(List<Part> parts, List<Token> tokens, EventGrammar g,
                               Map<Integer, Integer> appositions) {
        int start = parts.get(0).start();
        int end = parts.get(parts.size() - 1).end();
        int before = appositions.getOrDefault(start, start) - 1;
        if (before > 0 && g.definiteWords.matchAt(tokens, before) == 1) {
            // an article stands between a preposition and its noun: with the Russian side
            before--;
        } else if (before > 0 && g.determiners.matchAt(tokens, before) == 1 && genitive(tokens, before - 1, g)) {
            // any determiner after of (the arrest of a French aid worker)
            before--;
        }
        String preposition = null;
        String undeclined = null;
        boolean genitive = false;
        // the longest preposition ending right before the participant wins (قريبة من, вместе с, со стороны)
        for (int len = MAX_PREPOSITION; len >= 1 && preposition == null && !genitive; len--) {
            int at = before - len + 1;
            for (EventGrammar.Cue cue : at >= 0 ? g.prepositions : List.<EventGrammar.Cue>of()) {
                if (cue.words().matchAt(tokens, at) != len) {
                    continue;
                }
                if (cue.tags() == null || tagged(parts.get(0), tokens, cue.tags())) {
                    // a "-" preposition (English of) leaves the participant bare, as a genitive is
                    genitive = cue.value().equals("-");
                    // a second role is one a trigger taking it may give (حول: about, and around a place)
                    String[] roles = cue.value().split("\\|", 2);
                    preposition = genitive ? null : roles[0];
                    undeclined = roles.length > 1 && parts.get(0).type() == EntityType.LOC ? roles[1] : undeclined;
                    break;
                }
                // a person is no place: a foreign name the dictionary lacks (у Байдена) takes the case's role too
                if (undeclined == null && parts.get(0).roles() == null
                        && (parts.get(0).type() == EntityType.LOC || parts.get(0).type() == EntityType.PER)) {
                    undeclined = cue.value();
                }
            }
        }
        String clitic = parts.get(0).clitic();
        if (preposition == null && !clitic.isEmpty() && g.prepositionPrefixes.containsKey(clitic)) {
            preposition = g.prepositionPrefixes.get(clitic);
        }
        return new Group(List.copyOf(parts), start, end, preposition, undeclined, genitive);
    }

    /** A preposition that leaves its participant bare (English of) stands at i. */
    private static boolean genitive(List<Token> tokens, int i, EventGrammar g) {
        for (EventGrammar.Cue cue : g.prepositions) {
            if (cue.value().equals("-") && cue.words().matchAt(tokens, i) == 1) {
                return true;
            }
        }
        return false;
    }

    /** True when a word of the participant has a reading with a tag the pattern matches (its case). */
    private static boolean tagged(Part p, List<Token> tokens, Pattern tags) {
        for (int i = p.start(); i < p.end(); i++) {
            if (tagged(tokens.get(i), tags)) {
                return true;
            }
        }
        return false;
    }

    /** True when some reading of the token has one of the tags the pattern matches. */
    /** True when a reading of the token has these tags; false when the language tags none (null). */
    static boolean tagged(Token token, Pattern tags) {
        return tags != null && token.analyses().stream().anyMatch(a -> a.hasTag(tags));
    }

    static boolean startsWithAny(String clitic, Set<String> prefixes) {
        for (String p : prefixes) {
            if (clitic.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    private static void mark(boolean[] used, Part p) {
        for (int i = p.start(); i < p.end(); i++) {
            used[i] = true;
        }
    }

    static int firstToken(List<Token> tokens, Span span) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).span().overlaps(span)) {
                return i;
            }
        }
        return -1;
    }

    static int lastToken(List<Token> tokens, Span span) {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (tokens.get(i).span().overlaps(span)) {
                return i;
            }
        }
        return -1;
    }
}
