package org.marsad.ner;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.marsad.actors.ActorDictionary;
import org.marsad.actors.Entity;
import org.marsad.actors.NameLinks;
import org.marsad.actors.OfficeHolders;
import org.marsad.model.EntityType;
import org.marsad.model.Mention;
import org.marsad.model.Sentence;
import org.marsad.model.Span;
import org.marsad.model.Token;
import org.marsad.text.LanguagePack;
import org.marsad.text.NormalisedText;

/**
 * The stage after the dictionary's {@code MentionFinder}: mentions are the dictionary's plus the
 * names the language's {@link NameTagger} finds where no dictionary mention is. The dictionary
 * wins: a found name that overlaps a dictionary mention is dropped whole, but for a person's name
 * strictly around a lone surname, which replaces it unless all its words are that person's own. A found name is linked
 * to a dictionary entity of its type by {@link NameLinks}: a listed name near it in Latin letters,
 * else one with its spelling skeleton; otherwise its actor is null, so that events, which only
 * take mentions with actors, never rest on it. Thread-safe.
 */
public final class ModelMentions {
    private final ActorDictionary dictionary;
    private final NameLinks linker;
    private final Map<String, Optional<NameTagger>> taggers = new ConcurrentHashMap<>();

    public ModelMentions(ActorDictionary dictionary) {
        this.dictionary = dictionary;
        this.linker = NameLinks.of(dictionary);
    }

    /** The dictionary's mentions and the tagger's further names, in document order. */
    public List<Mention> add(List<Sentence> sentences, String text, LocalDate date, LanguagePack pack,
                             List<Mention> dictionaryMentions) {
        Optional<NameTagger> tagger = taggers.computeIfAbsent(pack.code(), l -> NameTagger.bundled(l, dictionary));
        if (tagger.isEmpty()) {
            return dictionaryMentions;
        }
        List<Mention> kept = new ArrayList<>(dictionaryMentions);
        List<Mention> out = new ArrayList<>(dictionaryMentions);
        List<List<Token>> document = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            document.add(s.tokens());
        }
        List<List<Chunk>> names = tagger.get().names(document);
        for (int k = 0; k < document.size(); k++) {
            List<Token> tokens = document.get(k);
            for (Chunk c : names.get(k)) {
                Span span = new Span(nameStart(tokens.get(c.start()), text, pack), tokens.get(c.end() - 1).span().end());
                List<Token> words = tokens.subList(c.start(), c.end());
                Mention surname = c.type().equals(EntityType.PER.name()) ? loneSurnameInside(span, kept) : null;
                if (surname != null && !ownWords(words, surname, pack)) {
                    // a longer person's name around a lone surname is someone else's, or the same person
                    // in a spelling the table lacks (فرنسوا هولاند, هاربر لي): the whole name is linked anew
                    kept.remove(surname);
                    out.remove(surname);
                } else if (overlapsAny(span, kept)) {
                    continue;
                }
                out.add(linker.mention(words, EntityType.valueOf(c.type()), span, text,
                        date, pack.code()));
            }
        }
        out.sort(Comparator.comparing(Mention::span));
        return out;
    }

    /** The one mention overlapping the span, when it is a lone surname strictly inside it; else null. */
    private static Mention loneSurnameInside(Span span, List<Mention> mentions) {
        Mention found = null;
        for (Mention m : mentions) {
            if (m.span().overlaps(span)) {
                if (found != null || !Mention.SURNAME.equals(m.link()) || !span.contains(m.span()) || span.equals(m.span())) {
                    return null;
                }
                found = m;
            }
        }
        return found;
    }

    /**
     * Every word of the found name is a word of the surname's person's own names or of a government title:
     * that person named longer (Lopez Obrador, Президент Лопес Обрадор).
     */
    private boolean ownWords(List<Token> words, Mention surname, LanguagePack pack) {
        Entity person = surname.entity() == null ? null : dictionary.get(surname.entity());
        if (person == null) {
            return false;
        }
        Set<String> own = new HashSet<>();
        for (String name : person.names().getOrDefault(pack.code(), List.of())) {
            String norm = pack.normaliser().normalise(name, 0, name.length()).text().toLowerCase(Locale.ROOT);
            own.addAll(List.of(norm.split(" ")));
        }
        return words.stream().allMatch(t -> t.kind() != Token.Kind.WORD || own.contains(t.norm().toLowerCase(Locale.ROOT))
                || OfficeHolders.titleWord(t, pack.code()));
    }

    private static boolean overlapsAny(Span span, List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.span().overlaps(span)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a name starts in its first token: after a conjunction or preposition written onto it,
     * when the article follows (والجيش: الجيش); a lone clitic letter is left on, since many names
     * begin with the same letter (وليد, بوتين).
     */
    private static int nameStart(Token first, String text, LanguagePack pack) {
        for (var a : first.analyses()) {
            String clitic = a.prefix().isEmpty() ? "" : pack.morphology().detachable(a.prefix());
            if (!clitic.isEmpty() && clitic.length() < a.prefix().length()) {
                NormalisedText norm = pack.normaliser().normalise(text, first.span().start(), first.span().end());
                int n = clitic.length();
                return n < norm.length() ? norm.toOriginal(n, n + 1).start() : first.span().start();
            }
        }
        return first.span().start();
    }
}
