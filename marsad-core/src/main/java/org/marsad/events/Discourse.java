package org.marsad.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.marsad.model.EntityType;
import org.marsad.model.Mention;
import org.marsad.model.Participant;

/**
 * What the article has established so far while it is read sentence by sentence: who is
 * speaking, whether a quotation is open, and which states it talks about most.
 */
final class Discourse {
    private Participant speaker;
    private boolean quoteOpen;
    private final Map<String, Integer> stateCounts = new LinkedHashMap<>();

    Participant speaker() {
        return speaker;
    }

    void speaker(Participant p) {
        speaker = p;
    }

    boolean quoteOpen() {
        return quoteOpen;
    }

    void quoteOpen(boolean open) {
        quoteOpen = open;
    }

    /** How much more a state named in the headline counts towards the article's main pair. */
    private static final int HEADLINE_WEIGHT = 3;

    /** Counts the states named in a sentence (by their own names, not capitals or adjectives). */
    void count(List<Mention> mentions, boolean headline) {
        for (Mention m : mentions) {
            if (m.actor() != null && m.type() == EntityType.LOC && m.actor().code().equals(m.entity())) {
                stateCounts.merge(m.actor().code(), headline ? HEADLINE_WEIGHT : 1, Integer::sum);
            }
        }
    }

    /** The two states named most so far (earlier first on ties), or fewer if there aren't two. */
    List<String> mainPair() {
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(stateCounts.entrySet());
        entries.sort((a, b) -> Integer.compare(b.getValue(), a.getValue()));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.min(2, entries.size()); i++) {
            out.add(entries.get(i).getKey());
        }
        return out;
    }
}
