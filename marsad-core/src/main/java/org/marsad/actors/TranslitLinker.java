package org.marsad.actors;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.marsad.model.EntityType;

/**
 * Links a name no listed name matched to a dictionary entity of the same type across scripts:
 * both are put into Latin letters ({@link Transliteration}) and compared word by word by their
 * {@link LatinKey}s, so that Шехбаз Шариф (shekhbaz sharif) meets Shehbaz Sharif and Shafqat Ali
 * Khan meets شفقت علي خان. Every word must be near its counterpart; another entity about as near
 * makes the name ambiguous, and it links to none. Only people and organisations are linked so:
 * places are many and short, and a place name near a listed one is too often another place or
 * a word of a longer name (قمة شنغهاي, the SCO's summit, is no event with China).
 */
public final class TranslitLinker {
    /** A word may differ by this much, or by a tenth of its length when that is more. */
    private static final double WORD_SLACK = 0.5;
    /**
     * Between names in one script, a letter added or left out costs this many times more: the
     * script writes its vowels the same way each time (محمد and محمود are two names).
     */
    private static final double SAME_SCRIPT = 2;
    /** Names with fewer key letters than this are too often someone else's. */
    private static final int MIN_LETTERS = 5;
    /** A second entity within this distance of the best makes the name ambiguous. */
    private static final double MARGIN = 0.25;

    private static final int MEMORY = 50_000;
    private static final Set<EntityType> TYPES = EnumSet.of(EntityType.PER, EntityType.ORG);

    /** A found entity and the average distance of the name's words to its name's. */
    public record Link(Entity entity, double distance) {
    }

    private record Candidate(Entity entity, String lang, List<String> words) {
    }

    private final Transliteration transliteration;
    private final LatinKey keys;
    /** Candidates by block, then by their last word, which is compared once for them all. */
    private final Map<String, Map<String, List<Candidate>>> byBlock;
    /** Links already looked up (the same names recur across a day's news), cleared when full. */
    private final Map<String, Optional<Link>> memory = new ConcurrentHashMap<>();

    private TranslitLinker(Transliteration transliteration, LatinKey keys,
                           Map<String, Map<String, List<Candidate>>> byBlock) {
        this.transliteration = transliteration;
        this.keys = keys;
        this.byBlock = byBlock;
    }

    /** A linker to these entities (a dictionary's). */
    public static TranslitLinker of(List<Entity> entities) {
        Transliteration transliteration = Transliteration.bundled();
        LatinKey keys = LatinKey.bundled();
        Map<String, Map<String, List<Candidate>>> byBlock = new HashMap<>();
        for (Entity e : entities) {
            if (!TYPES.contains(e.type())) {
                continue;
            }
            // Kept apart per language: a language's own names are what a name in it is compared by.
            Set<String> seen = new HashSet<>();
            for (Map.Entry<String, List<String>> names : e.names().entrySet()) {
                for (String name : names.getValue()) {
                    List<String> words = keys.words(transliteration.toLatin(name.replace("^", ""), names.getKey()));
                    if (letters(words) >= MIN_LETTERS && seen.add(names.getKey() + ' ' + words)) {
                        byBlock.computeIfAbsent(block(keys, e.type(), words), k -> new HashMap<>())
                                .computeIfAbsent(names.getKey() + ' ' + words.get(words.size() - 1),
                                        k -> new ArrayList<>(1))
                                .add(new Candidate(e, names.getKey(), words));
                    }
                }
            }
        }
        return new TranslitLinker(transliteration, keys, Map.copyOf(byBlock));
    }

    /** The Latin key words of a name written in a language's script. */
    public List<String> keyWords(String name, String lang) {
        return keys.words(transliteration.toLatin(name, lang));
    }

    /**
     * The entity of this type whose name the key words (of a name written in a language) are near,
     * or null when none or several fit. An entity that has names in the language is compared by
     * those only.
     */
    public Link link(List<String> words, EntityType type, String lang) {
        if (!TYPES.contains(type) || words.isEmpty() || letters(words) < MIN_LETTERS) {
            return null;
        }
        String key = type.name() + ' ' + lang + ' ' + String.join(" ", words);
        Optional<Link> known = memory.get(key);
        if (known == null) {
            known = Optional.ofNullable(search(words, type, lang));
            if (memory.size() >= MEMORY) {
                memory.clear();
            }
            memory.put(key, known);
        }
        return known.orElse(null);
    }

    private Link search(List<String> words, EntityType type, String lang) {
        Map<String, List<Candidate>> byLast = byBlock.get(block(keys, type, words));
        if (byLast == null) {
            return null;
        }
        int last = words.size() - 1;
        Candidate best = null;
        double bestDistance = Double.MAX_VALUE;
        double rival = Double.MAX_VALUE;
        for (Map.Entry<String, List<Candidate>> group : byLast.entrySet()) {
            List<Candidate> list = group.getValue();
            double scale = list.get(0).lang().equals(lang) ? SAME_SCRIPT : 1;
            double lastDistance = distance(words.get(last), list.get(0).words().get(last), scale);
            if (lastDistance < 0) {
                continue;
            }
            for (Candidate c : list) {
                if (scale == 1 && c.entity().names().containsKey(lang)) {
                    continue;
                }
                double d = lastDistance;
                for (int i = 0; i < last && d >= 0; i++) {
                    double w = distance(words.get(i), c.words().get(i), scale);
                    d = w < 0 ? -1 : d + w;
                }
                if (d < 0) {
                    continue;
                }
                if (d < bestDistance) {
                    if (best != null && best.entity() != c.entity()) {
                        rival = bestDistance;
                    }
                    best = c;
                    bestDistance = d;
                } else if (best.entity() != c.entity()) {
                    rival = Math.min(rival, d);
                }
            }
        }
        if (best == null || rival - bestDistance <= MARGIN) {
            return null;
        }
        return new Link(best.entity(), bestDistance / words.size());
    }

    /** The distance of two words, added and dropped letters costing {@code scale} times more; -1 when too far. */
    private double distance(String x, String y, double scale) {
        double slack = Math.max(WORD_SLACK, Math.max(x.length(), y.length()) / 10.0);
        if (Math.abs(x.length() - y.length()) > 4 * slack) {
            return -1;
        }
        double d = keys.distance(x, y, scale);
        return d > slack ? -1 : d;
    }

    /** Candidates share the type, the number of words and the letter groups that start the first and last. */
    private static String block(LatinKey keys, EntityType type, List<String> words) {
        return type.name() + ' ' + words.size() + ' ' + keys.group(words.get(0).charAt(0))
                + keys.group(words.get(words.size() - 1).charAt(0));
    }

    private static int letters(List<String> words) {
        int n = 0;
        for (String w : words) {
            n += w.length();
        }
        return n;
    }
}
