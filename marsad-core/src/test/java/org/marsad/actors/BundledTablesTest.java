package org.marsad.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.marsad.data.DataFile;
import org.marsad.model.EntityType;

/** The bundled actor tables are well formed, complete and consistent with one another. */
class BundledTablesTest {
    private static final Pattern STATE_ID = Pattern.compile("[A-Z]{3}");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern SECTOR = Pattern.compile("[A-Z]{3}");

    private static List<String> tables() {
        List<String> names = new ArrayList<>();
        for (DataFile.Row row : DataFile.resource(ActorDictionary.INDEX)) {
            names.add(row.get(0));
        }
        return names;
    }

    private static List<Entity> table(String name) {
        return EntityFiles.parse(DataFile.resource("actors/" + name));
    }

    @Test
    void everyRowOfEveryTableIsWellFormed() {
        List<String> problems = new ArrayList<>();
        for (String name : tables()) {
            List<DataFile.Row> rows = DataFile.resource("actors/" + name);
            assertEquals(EntityFiles.COLUMNS, rows.get(0).fields(), name + ": header");
            for (DataFile.Row row : rows.subList(1, rows.size())) {
                String where = row.file() + ":" + row.line() + ": ";
                if (row.size() != EntityFiles.COLUMNS.size()) {
                    problems.add(where + row.size() + " columns");
                    continue;
                }
                for (String field : row.fields()) {
                    if (field.isEmpty()) {
                        problems.add(where + "empty field (write - for none)");
                    }
                }
                boolean state = name.equals("states.tsv");
                if (!(state ? STATE_ID : ID).matcher(row.get(0)).matches()) {
                    problems.add(where + "bad id " + row.get(0));
                }
                if (!row.get(2).equals("-") && !CODE.matcher(row.get(2)).matches()) {
                    problems.add(where + "bad actor " + row.get(2));
                }
                if (!row.get(3).equals("-") && !SECTOR.matcher(row.get(3)).matches()) {
                    problems.add(where + "bad sector " + row.get(3));
                }
                if (row.get(2).equals("-") && row.get(3).equals("-") && row.get(1).equals("ORG")) {
                    problems.add(where + "an organisation needs an actor or a sector");
                }
                int languages = 0;
                for (int i = 4; i <= 6; i++) {
                    List<String> names = DataFile.values(row.get(i));
                    languages += names.isEmpty() ? 0 : 1;
                    if (new HashSet<>(names).size() != names.size()) {
                        problems.add(where + "repeated name in " + row.get(i));
                    }
                }
                if (languages == 0) {
                    problems.add(where + "no names");
                }
            }
            table(name);
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void idsAreUniqueAcrossTables() {
        Map<String, String> seen = new HashMap<>();
        List<String> repeats = new ArrayList<>();
        for (String name : tables()) {
            for (Entity e : table(name)) {
                String before = seen.putIfAbsent(e.id(), name);
                if (before != null) {
                    repeats.add(e.id() + " in " + before + " and " + name);
                }
            }
        }
        assertEquals(List.of(), repeats);
    }

    @Test
    void tablesCoverTheWorld() {
        List<Entity> states = table("states.tsv");
        assertTrue(states.size() >= 250, "states: " + states.size());
        for (Entity s : states) {
            assertEquals(EntityType.LOC, s.type());
            assertEquals(s.id(), s.actor());
            for (String lang : EntityFiles.LANGS) {
                assertTrue(s.name(lang) != null, s.id() + " has no " + lang + " name");
            }
        }
        assertTrue(table("capitals.tsv").size() >= 195);
        assertTrue(table("demonyms.tsv").size() >= 190);
        assertTrue(table("organisations.tsv").size() >= 100);
        assertTrue(ActorDictionary.bundled().size() >= 850, "bundled: " + ActorDictionary.bundled().size());
    }

    @Test
    void capitalsAndDemonymsBelongToKnownStates() {
        Set<String> codes = new HashSet<>();
        table("states.tsv").forEach(s -> codes.add(s.id()));
        Set<String> withCapital = new HashSet<>();
        for (Entity c : table("capitals.tsv")) {
            assertEquals(EntityType.LOC, c.type());
            assertTrue(c.lat() != null && Math.abs(c.lat()) <= 90 && Math.abs(c.lon()) <= 180, c.id() + " geo");
            if (c.actor() != null) {
                assertTrue(codes.contains(c.actor()), c.id() + ": unknown state " + c.actor());
                assertEquals("GOV", c.sector(), c.id());
                withCapital.add(c.actor());
            }
        }
        for (String state : List.of("RUS", "PAK", "KAZ", "USA", "CHN", "IND", "PSE", "TWN", "XKX", "UKR", "SAU", "NLD")) {
            assertTrue(withCapital.contains(state), state + " has no capital");
        }
        for (Entity d : table("demonyms.tsv")) {
            assertEquals(EntityType.MISC, d.type());
            assertTrue(codes.contains(d.actor()), d.id() + ": unknown state " + d.actor());
        }
    }

    @Test
    void aNameSharedWithTheStateIsNotRepeatedByItsCapitalOrDemonym() {
        Map<String, Entity> states = new HashMap<>();
        table("states.tsv").forEach(s -> states.put(s.id(), s));
        List<String> clashes = new ArrayList<>();
        for (String name : List.of("capitals.tsv", "demonyms.tsv")) {
            for (Entity e : table(name)) {
                Entity state = states.get(e.actor());
                if (state == null) {
                    continue;
                }
                for (String lang : EntityFiles.LANGS) {
                    for (String n : e.names().getOrDefault(lang, List.of())) {
                        if (state.names().getOrDefault(lang, List.of()).contains(n)) {
                            clashes.add(e.id() + " " + lang + " " + n);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), clashes);
    }

    @Test
    void generatedStateTableSaysHowToRegenerateIt() throws IOException {
        try (InputStream in = DataFile.class.getClassLoader().getResourceAsStream(DataFile.ROOT + "actors/states.tsv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(text.startsWith("# GENERATED FILE"), "states.tsv must say it is generated");
            assertTrue(text.contains("java tools/GenerateStates.java"), "states.tsv must name its command");
        }
    }
}
