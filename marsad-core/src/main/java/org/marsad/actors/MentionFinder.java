package org.marsad.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.marsad.model.Actor;
import org.marsad.model.Analysis;
import org.marsad.model.EntityType;
import org.marsad.model.Mention;
import org.marsad.model.Sentence;
import org.marsad.model.Span;
import org.marsad.model.Token;
import org.marsad.text.LanguagePack;
import org.marsad.text.NormalisedText;
import org.marsad.text.Segmenter;

/**
 * Finds mentions of dictionary entities, linking each to the actor it stands for on the article's
 * date. A lone word that is the last name of a person the article names in full somewhere (خان
 * for شوكت علي خان, السيسي in a headline) is taken for that person; where the article names two
 * such people (Imran Khan, Shafqat Ali Khan), for the one named last before it. A mention's names
 * fill the languages its entity has no name in with transliterations ({@link NameVariants}).
 */
public final class MentionFinder {
    private static final double EXACT = 0.95;
    private static final double AFFIXED = 0.85;
    private static final double SURNAME = 0.7;

    private final ActorDictionary dictionary;
    private final NameVariants variants = new NameVariants(Transliteration.bundled());
    /** Words that mostly stand inside people's names, before their last word: no surnames alone. */
    private final Set<String> innerNameWords;
    /** People whose family name comes first (Kim Jong-un): their first word is their surname. */
    private final Set<String> familyFirst;
    private final OfficeHolders officeHolders;

    public MentionFinder(ActorDictionary dictionary) {
        this.dictionary = dictionary;
        this.innerNameWords = innerNameWords(dictionary);
        this.familyFirst = familyFirst(dictionary);
        this.officeHolders = OfficeHolders.of(dictionary, innerNameWords);
    }

    /**
     * The people a listed name of which ends in a given name of two syllables written with a hyphen,
     * the second in lower case (Kim Jong-un, Moon Jae-in): Korean names, family name first, so that
     * Kim, Ким and كيم alone are Kim Jong Un in every language, whatever the last word's length.
     */
    private static Set<String> familyFirst(ActorDictionary dictionary) {
        Set<String> ids = new HashSet<>();
        for (Entity e : dictionary.entities()) {
            if (e.type() != EntityType.PER) {
                continue;
            }
            for (List<String> names : e.names().values()) {
                for (String name : names) {
                    String last = name.substring(name.lastIndexOf(' ') + 1);
                    int hyphen = last.indexOf('-');
                    if (name.indexOf(' ') > 0 && hyphen > 0 && hyphen + 1 < last.length()
                            && Character.isLowerCase(last.charAt(hyphen + 1))) {
                        ids.add(e.id());
                    }
                }
            }
        }
        return Set.copyOf(ids);
    }

    /**
     * The words, as lemmas, that the listed people's names have before their last word more than
     * twice as often as they end one: given names and the first halves of compound names (محمد,
     * حسين, the الله of عبد الله). Such a word closing a name (صدام حسين, رامي الحمد الله) is no
     * surname of its own: alone it most often names someone else or nobody (إن شاء الله). Surnames
     * that are also given names now and then (خان, عباس) stay surnames.
     */
    private static Set<String> innerNameWords(ActorDictionary dictionary) {
        Map<String, Integer> inside = new HashMap<>();
        Map<String, Integer> last = new HashMap<>();
        for (Entity e : dictionary.entities()) {
            if (e.type() != EntityType.PER) {
                continue;
            }
            for (Map.Entry<String, List<String>> names : e.names().entrySet()) {
                Segmenter segmenter = new Segmenter(LanguagePack.of(names.getKey()));
                for (String name : names.getValue()) {
                    List<Token> tokens = segmenter.tokens(name, 0, name.length());
                    for (int i = 0; i < tokens.size(); i++) {
                        String word = tokens.get(i).analyses().get(0).lemma();
                        (i == tokens.size() - 1 ? last : inside).merge(word, 1, Integer::sum);
                    }
                }
            }
        }
        Set<String> words = new HashSet<>();
        inside.forEach((word, n) -> {
            if (n > 2 * last.getOrDefault(word, 0)) {
                words.add(word);
            }
        });
        return Set.copyOf(words);
    }

    /** Mentions in document order, with ids left empty for the pipeline to number. */
    public List<Mention> find(List<Sentence> sentences, String text, LocalDate date, LanguagePack pack) {
        List<List<ActorDictionary.Match>> matched = new ArrayList<>(sentences.size());
        Map<String, List<Named>> surnames = new HashMap<>();
        OrganisationHeads heads = OrganisationHeads.of(pack);
        WordNames wordNames = WordNames.of(pack);
        for (Sentence s : sentences) {
            List<ActorDictionary.Match> matches = wordNames.addTo(dictionary.match(s.tokens()), s.tokens(), dictionary,
                    heads, pack);
            matched.add(matches);
            for (ActorDictionary.Match m : matches) {
                Entity e = m.entities().get(0);
                if (e.type() == EntityType.PER && m.end() - m.start() > 1) {
                    int at = s.tokens().get(m.start()).span().start();
                    Token last = s.tokens().get(m.end() - 1);
                    List<String> keys = familyFirst.contains(e.id()) ? familyNameKeys(s.tokens().get(m.start()), m.prefix())
                            : joinedToPrevious(last, text) ? List.of() : surnameKeys(last);
                    for (String key : keys) {
                        surnames.computeIfAbsent(key, k -> new ArrayList<>(1)).add(new Named(at, e));
                    }
                }
            }
        }
        List<Mention> out = new ArrayList<>();
        Map<List<Entity>, Entity> shared = new HashMap<>();
        for (int si = 0; si < sentences.size(); si++) {
            List<Token> tokens = sentences.get(si).tokens();
            List<ActorDictionary.Match> matches = matched.get(si);
            int next = 0;
            for (int k = 0; k < matches.size(); k++) {
                ActorDictionary.Match m = matches.get(k);
                findSurnames(tokens, next, m.start(), surnames, text, date, pack, out);
                Entity e = chosen(m, matches, date, shared);
                int limit = k + 1 < matches.size() ? matches.get(k + 1).start() : tokens.size();
                OrganisationHeads.Found head = standsForState(e) ? heads.around(tokens, m.start(), m.end(), next, limit,
                        e.type() == EntityType.MISC)
                        : null;
                if (head != null) {
                    Span span = new Span(nameStart(tokens.get(head.start()), head.clitic(), text, pack),
                            tokens.get(head.end() - 1).span().end());
                    // a place of a state (المدن المصرية) keeps the nationality's entity: somewhere in the
                    // state, not the state named, which the article's main pair counts
                    boolean place = OrganisationHeads.PLACE.equals(head.sector());
                    out.add(new Mention(null, place ? EntityType.LOC : EntityType.ORG, span, span.of(text),
                            new Actor(e.actor(), place ? null : head.sector()), place ? e.id() : null, Map.of(),
                            AFFIXED, Mention.LISTED));
                    next = head.end();
                    continue;
                }
                Span span = new Span(nameStart(tokens.get(m.start()), m.prefix(), text, pack),
                        tokens.get(m.end() - 1).span().end());
                out.add(mention(e, span, text, date, m.exact() ? EXACT : AFFIXED, Mention.LISTED));
                next = m.end();
            }
            findSurnames(tokens, next, tokens.size(), surnames, text, date, pack, out);
        }
        return out;
    }

    /**
     * The entity a name stands for. Where entities of different actors share it (عمان: Oman, and Amman,
     * Jordan's capital), the first whose actor another name in the sentence names (العاصمة الأردنية عمان,
     * الملك عبد الله الثاني في عمان); without one, what an earlier sentence of the article chose; else
     * the entity of the table that comes first.
     */
    private static Entity chosen(ActorDictionary.Match m, List<ActorDictionary.Match> sentence, LocalDate date,
                                 Map<List<Entity>, Entity> shared) {
        List<Entity> es = m.entities();
        Set<String> actors = new HashSet<>();
        for (Entity e : es) {
            actors.add(e.actor());
        }
        if (actors.size() < 2) {
            return es.get(0);
        }
        Set<String> named = new HashSet<>();
        for (ActorDictionary.Match o : sentence) {
            Actor a = o == m || o.entities().size() > 1 ? null : o.entities().get(0).actorOn(date);
            if (a != null) {
                named.add(a.code());
            }
        }
        for (Entity e : es) {
            if (e.actor() != null && named.contains(e.actor())) {
                shared.put(es, e);
                return e;
            }
        }
        return shared.getOrDefault(es, es.get(0));
    }

    /**
     * Lone last names of people the article names in full somewhere (السيسي, خان); in a script with
     * case, a word written small is no name. Its readings count as {@link #nameForm} says. Failing
     * that, the last name of the one head of state or government of that name in office on the
     * date ({@link OfficeHolders}), with no clitic (الخميس is no Khamis), in a form {@link #nameForm} allows
     * (Путину), and standing alone: no capitalised word next to it that could make it part of a longer
     * name (Melania Trump, Trump Tower), save a title before it (President Trump).
     */
    private void findSurnames(List<Token> tokens, int from, int to, Map<String, List<Named>> surnames, String text,
                              LocalDate date, LanguagePack pack, List<Mention> out) {
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.kind() != Token.Kind.WORD || startsLowerCase(t.text())) {
                continue;
            }
            for (Analysis a : t.analyses()) {
                List<Named> named = nameForm(t, a) && !a.verbOnly() ? surnames.get(a.lemma()) : null;
                Entity e = named == null ? null : nearestBefore(named, t.span().start());
                if (e == null && a.prefix().isEmpty() && nameForm(t, a) && !a.verbOnly() && standsAlone(tokens, i, pack.code())) {
                    e = officeHolders.holder(a.lemma(), date);
                }
                if (e != null) {
                    Span span = new Span(nameStart(t, a.prefix(), text, pack), t.span().end());
                    out.add(mention(e, span, text, date, SURNAME, Mention.SURNAME));
                    break;
                }
            }
        }
    }

    /**
     * Whether a reading can be a name's form: one with no ending taken off, or, in a script with
     * case, a capitalised word's guessed ending (Эрдогану). Without case an ending may be a pronoun
     * written onto an ordinary word.
     */
    private static boolean nameForm(Token t, Analysis a) {
        return a.suffix().isEmpty() || Character.isUpperCase(t.text().codePointAt(0));
    }

    /**
     * No capitalised word right before or after this one but an office's title before it: in a script
     * with case, no longer name around it.
     */
    private boolean standsAlone(List<Token> tokens, int i, String lang) {
        return (!capitalisedWord(tokens, i - 1) || OfficeHolders.titleWord(tokens.get(i - 1), lang))
                && !capitalisedWord(tokens, i + 1);
    }

    private static boolean capitalisedWord(List<Token> tokens, int i) {
        if (i < 0 || i >= tokens.size()) {
            return false;
        }
        Token t = tokens.get(i);
        return t.kind() == Token.Kind.WORD && Character.isUpperCase(t.text().codePointAt(0));
    }

    /** A person named in full in the article, and where. */
    private record Named(int offset, Entity entity) {
    }

    /** The person named last before a lone surname at this offset; in a headline before any, the first. */
    private static Entity nearestBefore(List<Named> named, int offset) {
        Entity found = named.get(0).entity();
        for (Named n : named) {
            if (n.offset() < offset) {
                found = n.entity();
            }
        }
        return found;
    }

    /** The last part of a hyphenated name (Moon Jae-in) is no surname of its own. */
    private static boolean joinedToPrevious(Token t, String text) {
        int start = t.span().start();
        return start > 0 && text.charAt(start - 1) == '-';
    }

    /** A state's name or nationality, which an organisation's head word can take (وزارة الخارجية المصرية). */
    private static boolean standsForState(Entity e) {
        return e.actor() != null && (e.type() == EntityType.MISC || (e.type() == EntityType.LOC && e.id().equals(e.actor())));
    }

    /**
     * The whole word and the dictionary lemmas of a surname's token, so that Путина and Путину meet
     * Путин, and a capitalised word's guessed stem (Дэвида Кэмерона: Кэмерон; {@link #nameForm}).
     * Other readings with an affix taken off are left out: stripped of a clitic or ending, too many
     * words would look like a surname. A last word of fewer than three letters or in lower case
     * (Moon Jae-in, مون جاي إن) is a given name's syllable or a particle, and as a lone word most
     * often a preposition or conjunction (in, إن): it gives no key. Nor does a word that stands
     * inside other people's names ({@link #innerNameWords}).
     */
    private List<String> surnameKeys(Token t) {
        if (t.text().codePointCount(0, t.text().length()) < 3 || startsLowerCase(t.text())) {
            return List.of();
        }
        List<String> keys = new ArrayList<>(t.analyses().size());
        for (Analysis a : t.analyses()) {
            if (a.prefix().isEmpty() && nameForm(t, a) && !innerNameWords.contains(a.lemma())) {
                keys.add(a.lemma());
            }
        }
        return keys;
    }

    /**
     * The first word of a family-name-first name as its surname: the readings with the clitic the
     * match took off (وكيم: كيم), in any case for a script with case; no word inside other names is
     * ruled out, since a family name (Kim) mostly opens names.
     */
    private static List<String> familyNameKeys(Token t, String prefix) {
        List<String> keys = new ArrayList<>(t.analyses().size());
        for (Analysis a : t.analyses()) {
            if (a.prefix().equals(prefix) && nameForm(t, a) && a.lemma().codePointCount(0, a.lemma().length()) >= 3) {
                keys.add(a.lemma());
            }
        }
        return keys;
    }

    /** A word in a script with letter case that begins in lower case: no name's start. */
    private static boolean startsLowerCase(String word) {
        return !word.isEmpty() && Character.isLowerCase(word.codePointAt(0));
    }

    /**
     * Where a name (or a title before one) starts in its first token: after a conjunction or
     * preposition clitic, given the prefix its reading took off.
     */
    public static int nameStart(Token first, String prefix, String text, LanguagePack pack) {
        String clitic = prefix.isEmpty() ? "" : pack.morphology().detachable(prefix);
        if (clitic.isEmpty()) {
            return first.span().start();
        }
        NormalisedText norm = pack.normaliser().normalise(text, first.span().start(), first.span().end());
        int n = clitic.length();
        return n < norm.length() ? norm.toOriginal(n, n + 1).start() : first.span().start();
    }

    private Mention mention(Entity e, Span span, String text, LocalDate date, double confidence, String link) {
        return new Mention(null, e.type(), span, span.of(text), e.actorOn(date), e.id(), variants.of(e), confidence,
                link);
    }
}
