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

    void count(List<Mention> mentions) {
        for (Mention m : mentions) {
            if (m.actor() != null && m.type() != EntityType.ORG && m.actor().code().length() == 3) {
                stateCounts.merge(m.actor().code(), 1, Integer::sum);
            }
        }
    }

    /** The two states mentioned most so far (earlier first on ties), or fewer if there aren't two. */
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
