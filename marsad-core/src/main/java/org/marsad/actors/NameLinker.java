package org.marsad.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.marsad.model.Analysis;
import org.marsad.model.EntityType;
import org.marsad.model.Token;
import org.marsad.text.LanguagePack;
import org.marsad.text.Segmenter;

/**
 * Links a name the dictionary did not match (a tagger's find) to a dictionary entity of the same
 * type whose name has the same {@link Skeleton}, word for word, in any language: فلاديمير زيلينسكي
 * meets فولوديمير زيلينسكي, Владимира Зеленского meets Владимир Зеленский through its lemmas. A
 * skeleton that several actors share links to none of them.
 */
public final class NameLinker {
    /** Shorter skeletons (two or three consonants) are too often someone else's. */
    private static final int MIN_SKELETON = 4;
    /** Ways of reading a name's words tried at most. */
    private static final int MAX_READINGS = 16;

    private final Skeleton skeleton;
    private final Map<String, List<Entity>> byKey;

    private NameLinker(Skeleton skeleton, Map<String, List<Entity>> byKey) {
        this.skeleton = skeleton;
        this.byKey = byKey;
    }

    public static NameLinker of(ActorDictionary dictionary) {
        Skeleton skeleton = Skeleton.bundled();
        Map<String, List<Entity>> byKey = new HashMap<>();
        for (Entity e : dictionary.entities()) {
            if (e.type() == EntityType.MISC) {
                continue;
            }
            for (Map.Entry<String, List<String>> names : e.names().entrySet()) {
                Segmenter segmenter = new Segmenter(LanguagePack.of(names.getKey()));
                for (String name : names.getValue()) {
                    StringBuilder key = new StringBuilder(e.type().name());
                    int letters = 0;
                    for (Token t : segmenter.tokens(name, 0, name.length())) {
                        if (t.kind() != Token.Kind.PUNCT) {
                            String word = skeleton.of(t.analyses().get(0).lemma());
                            key.append(' ').append(word);
                            letters += word.length();
                        }
                    }
                    if (letters >= MIN_SKELETON) {
                        List<Entity> list = byKey.computeIfAbsent(key.toString(), k -> new ArrayList<>(1));
                        if (!list.contains(e)) {
                            list.add(e);
                        }
                    }
                }
            }
        }
        return new NameLinker(skeleton, Map.copyOf(byKey));
    }

    /** The entity of this type the tokens name, or null when none or several actors fit. */
    public Entity link(List<Token> tokens, EntityType type) {
        List<Set<String>> words = new ArrayList<>();
        for (Token t : tokens) {
            if (t.kind() == Token.Kind.PUNCT) {
                continue;
            }
            Set<String> forms = new LinkedHashSet<>();
            for (Analysis a : t.analyses()) {
                forms.add(skeleton.of(a.lemma()));
            }
            words.add(forms);
        }
        Set<Entity> found = new LinkedHashSet<>();
        collect(words, 0, new StringBuilder(type.name()), new int[] {MAX_READINGS}, found);
        Entity first = null;
        for (Entity e : found) {
            if (first == null) {
                first = e;
            } else if (e.actor() == null || !e.actor().equals(first.actor())) {
                return null;
            }
        }
        return first;
    }

    private void collect(List<Set<String>> words, int i, StringBuilder key, int[] budget, Set<Entity> found) {
        if (i == words.size()) {
            budget[0]--;
            List<Entity> hit = byKey.get(key.toString());
            if (hit != null) {
                found.addAll(hit);
            }
            return;
        }
        for (String form : words.get(i)) {
            if (budget[0] <= 0) {
                return;
            }
            int length = key.length();
            key.append(' ').append(form);
            collect(words, i + 1, key, budget, found);
            key.setLength(length);
        }
    }
}
