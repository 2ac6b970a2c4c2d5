package org.marsad.actors;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.marsad.data.DataFile;
import org.marsad.model.Analysis;
import org.marsad.model.Token;
import org.marsad.text.LanguagePack;

/**
 * All known entities, indexed for matching by a trie over the normalised words of their names
 * in every language. Built once and shared; matching never loops over entries.
 */
public final class ActorDictionary {
    /** The bundled tables, in the order in which they take precedence. */
    static final String INDEX = "actors/index.tsv";
    /** Paths a name may take through the trie with its words' lemmas: a bound on rare long names. */
    private static final int MAX_PATHS = 16;

    private final Map<String, Entity> byId;
    private final List<Entity> entities;
    private final Map<String, Entity> byActor;
    private final Node root;

    private ActorDictionary(List<Entity> entities) {
        Map<String, Entity> ids = new HashMap<>();
        List<Entity> distinct = new ArrayList<>();
        Node trie = new Node();
        for (Entity e : entities) {
            if (ids.putIfAbsent(e.id(), e) == null) {
                distinct.add(e);
            }
            for (Map.Entry<String, List<String>> names : e.names().entrySet()) {
                LanguagePack pack = LanguagePack.of(names.getKey());
                for (String name : names.getValue()) {
                    insert(trie, pack, name, e);
                }
            }
        }
        this.byId = Map.copyOf(ids);
        this.entities = List.copyOf(distinct);
        this.byActor = Map.copyOf(representatives(entities, ids));
        this.root = trie;
    }

    private static ActorDictionary bundled;

    /** The dictionary bundled with Marsad. */
    public static synchronized ActorDictionary bundled() {
        if (bundled == null) {
            bundled = new ActorDictionary(load(List.of()));
        }
        return bundled;
    }

    /** The bundled dictionary with the user's tables added in front of it. */
    public static ActorDictionary withExtra(List<Path> tables) {
        return tables.isEmpty() ? bundled() : new ActorDictionary(load(tables));
    }

    static List<Entity> load(List<Path> extra) {
        List<Entity> all = new ArrayList<>();
        for (Path p : extra) {
            all.addAll(EntityFiles.parse(DataFile.file(p)));
        }
        for (DataFile.Row row : DataFile.resource(INDEX)) {
            all.addAll(EntityFiles.parse(DataFile.resource("actors/" + row.get(0))));
        }
        return all;
    }

    public Entity get(String id) {
        return byId.get(id);
    }

    /** The entity that names an actor code: the state or organisation itself, or null. */
    public Entity forActor(String code) {
        return byActor.get(code);
    }

    private static Map<String, Entity> representatives(List<Entity> entities, Map<String, Entity> ids) {
        Map<String, Entity> out = new HashMap<>();
        for (Entity e : entities) {
            boolean organisation = e.type() == org.marsad.model.EntityType.ORG;
            boolean state = e.type() == org.marsad.model.EntityType.LOC && e.sector() == null;
            if (e.actor() != null && e.roles().isEmpty() && (organisation || state)) {
                out.putIfAbsent(e.actor(), e);
            }
        }
        for (Entity e : entities) {
            if (e.actor() != null && e.id().equals(e.actor())) {
                out.put(e.actor(), e);
            }
        }
        return out;
    }

    /** Every entity, one per id, in the order of the tables. */
    public List<Entity> entities() {
        return entities;
    }

    public int size() {
        return byId.size();
    }

    /**
     * A name found in tokens [start, end). {@code exact} when no token had affixes taken off;
     * {@code prefix} is what was taken off the front of the first token (و in وباكستان).
     */
    public record Match(int start, int end, List<Entity> entities, boolean exact, String prefix) {
    }

    /**
     * Longest dictionary names in the tokens, left to right, never overlapping. At equal length
     * a match on whole words beats one that needed affixes taken off.
     */
    public List<Match> match(List<Token> tokens) {
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Match best = longestAt(tokens, i);
            if (best == null) {
                i++;
            } else {
                out.add(best);
                i = best.end();
            }
        }
        return out;
    }

    private Match longestAt(List<Token> tokens, int start) {
        Match[] best = new Match[1];
        walk(tokens, start, start, root, true, "", best);
        return best[0];
    }

    private static void walk(List<Token> tokens, int start, int i, Node node, boolean exact, String prefix,
                             Match[] best) {
        if (i > start && node.entities != null) {
            Match candidate = new Match(start, i, node.entities, exact, prefix);
            Match current = best[0];
            if (current == null || candidate.end() > current.end()
                    || (candidate.end() == current.end() && exact && !current.exact())) {
                best[0] = candidate;
            }
        }
        if (i >= tokens.size() || node.children == null) {
            return;
        }
        Node asWritten = node.exactCaseChildren ? node.children.get(EXACT_CASE + tokens.get(i).norm()) : null;
        if (asWritten != null) {
            walk(tokens, start, i + 1, asWritten, exact, i == start ? "" : prefix, best);
        }
        List<Analysis> analyses = tokens.get(i).analyses();
        for (int k = 0; k < analyses.size(); k++) {
            if (analyses.get(k).verbOnly()) {
                continue;
            }
            Node next = node.children.get(analyses.get(k).lemma());
            if (next != null) {
                walk(tokens, start, i + 1, next, exact && k == 0, i == start ? analyses.get(k).prefix() : prefix,
                        best);
            }
        }
    }

    /**
     * Indexes a name under the whole words it is written with and, where the language's morphology
     * gives them, under the lemmas of those words (Шанхайская организация сотрудничества also as
     * шанхайский организация сотрудничество), so that inflected text, whose tokens reach their
     * lemmas, finds it: Шанхайской организации сотрудничества.
     */
    /** Marks a name matched only as written, capitals and all (^US, which lower-cased is "us"). */
    static final String EXACT_CASE = "^";

    private static void insert(Node root, LanguagePack pack, String name, Entity e) {
        if (name.startsWith(EXACT_CASE)) {
            String written = name.substring(EXACT_CASE.length());
            List<List<String>> keys = new ArrayList<>();
            for (Token w : new org.marsad.text.Segmenter(pack).tokens(written, 0, written.length())) {
                keys.add(List.of(EXACT_CASE + w.norm()));
            }
            if (!keys.isEmpty()) {
                insert(root, keys, 0, e, new int[] {MAX_PATHS});
            }
            return;
        }
        List<List<String>> keys = new ArrayList<>();
        for (Token w : new org.marsad.text.Segmenter(pack).tokens(name, 0, name.length())) {
            List<String> alternatives = new ArrayList<>();
            alternatives.add(w.analyses().get(0).lemma());
            if (w.kind() == Token.Kind.WORD) {
                for (String lemma : pack.morphology().citationLemmas(w.norm())) {
                    if (!alternatives.contains(lemma)) {
                        alternatives.add(lemma);
                    }
                }
            }
            keys.add(alternatives);
        }
        if (!keys.isEmpty()) {
            insert(root, keys, 0, e, new int[] {MAX_PATHS});
        }
    }

    /** Adds e at the end of each path through the alternatives, whole words first, up to budget[0] paths. */
    private static void insert(Node node, List<List<String>> keys, int i, Entity e, int[] budget) {
        if (i == keys.size()) {
            budget[0]--;
            if (node.entities == null) {
                node.entities = new ArrayList<>(1);
            }
            if (!node.entities.contains(e)) {
                node.entities.add(e);
            }
            return;
        }
        for (String key : keys.get(i)) {
            if (budget[0] == 0) {
                return;
            }
            if (node.children == null) {
                node.children = new HashMap<>();
            }
            node.exactCaseChildren |= key.startsWith(EXACT_CASE);
            insert(node.children.computeIfAbsent(key, k -> new Node()), keys, i + 1, e, budget);
        }
    }

    private static final class Node {
        Map<String, Node> children;
        /** Whether a child's key starts with {@link #EXACT_CASE}: most nodes have none, and a look-up would build a string. */
        boolean exactCaseChildren;
        List<Entity> entities;
    }
}
