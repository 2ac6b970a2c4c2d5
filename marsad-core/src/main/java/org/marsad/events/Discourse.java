package org.marsad.events;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.marsad.model.EntityType;
import org.marsad.model.Mention;
import org.marsad.model.Participant;

/**
 * What the article has established so far while it is read sentence by sentence: who is
 * speaking, whether a quotation is open, which states it talks about most, and which kinds of
 * event it has told as no event (campaign meetings, a road accident).
 */
final class Discourse {
    private Participant speaker;
    private boolean quoteOpen;
    private final Antecedent antecedent = new Antecedent();
    private final Map<String, Integer> stateCounts = new LinkedHashMap<>();
    /** Mentions of people by the actor they stand for: they count for a state once it is named. */
    private final Map<String, Integer> personCounts = new LinkedHashMap<>();
    /** The organisations the article has named, in order: a short name (the alliance) may stand for one. */
    private final List<Mention> organisations = new ArrayList<>();
    /** Where a short name stood for something else (Egypt's central bank), by its cue's value. */
    private final Map<String, Set<Integer>> otherUses = new LinkedHashMap<>();

    /** CAMEO codes (and their sub-codes) an earlier sentence's not-event words covered. */
    private final Set<String> noEventCodes = new HashSet<>();

    /** Events of these codes (and sub-codes) are told as none from now on in the article. */
    void tellsNoEvents(Collection<String> codes) {
        noEventCodes.addAll(codes);
    }

    /** True when an earlier sentence told events of this code as no event. */
    boolean toldAsNoEvent(String cameo) {
        return noEventCodes.stream().anyMatch(cameo::startsWith);
    }

    Participant speaker() {
        return speaker;
    }

    void speaker(Participant p) {
        speaker = p;
    }

    /** The person an earlier sentence named, for pronouns with no speaker to stand for. */
    Antecedent antecedent() {
        return antecedent;
    }

    boolean quoteOpen() {
        return quoteOpen;
    }

    void quoteOpen(boolean open) {
        quoteOpen = open;
    }

    /** How much more a state named in the headline counts towards the article's main pair. */
    private static final int HEADLINE_WEIGHT = 3;

    /**
     * Counts the states named in a sentence: by their own names, or by the people who lead or speak
     * for them (Putin and Imran Khan), not by capitals or adjectives.
     */
    void count(List<Mention> mentions, boolean headline) {
        for (Mention m : mentions) {
            int weight = headline ? HEADLINE_WEIGHT : 1;
            if (m.type() == EntityType.LOC && m.actor() != null && m.actor().code().equals(m.entity())) {
                stateCounts.merge(m.actor().code(), weight, Integer::sum);
            } else if (m.type() == EntityType.PER && m.actor() != null) {
                personCounts.merge(m.actor().code(), weight, Integer::sum);
            } else if (m.type() == EntityType.ORG && m.actor() != null) {
                organisations.add(m);
            }
        }
    }

    /**
     * The organisation a short name (الحلف, the Bank, альянс) at this offset stands for: the one of
     * these actors the article named before it, when it named exactly one of them; else null, as two
     * alliances named leave "the alliance" open, and so does the short name used before for another
     * (the central bank, then the World Bank: "the bank" is either).
     */
    Mention organisation(String cue, Set<String> kind, int before) {
        if (otherUses.getOrDefault(cue, Set.of()).stream().anyMatch(at -> at < before)) {
            return null;
        }
        List<Mention> named = organisations.stream()
                .filter(m -> m.span().end() <= before && kind.contains(m.actor().code())).toList();
        boolean one = named.stream().map(m -> m.actor().code()).distinct().count() == 1;
        return one ? named.get(named.size() - 1) : null;
    }

    /** Notes a short name at this offset that stands for no organisation of its kind. */
    void otherUse(String cue, int at) {
        otherUses.computeIfAbsent(cue, c -> new HashSet<>()).add(at);
    }

    /**
     * The two states named most so far, their people counting for them (earlier first on ties), or
     * fewer if there aren't two.
     */
    List<String> mainPair() {
        Map<String, Integer> counts = new LinkedHashMap<>(stateCounts);
        counts.replaceAll((code, n) -> n + personCounts.getOrDefault(code, 0));
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        entries.sort((a, b) -> Integer.compare(b.getValue(), a.getValue()));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.min(2, entries.size()); i++) {
            out.add(entries.get(i).getKey());
        }
        return out;
    }
}
