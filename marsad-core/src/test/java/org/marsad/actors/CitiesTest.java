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
import org.marsad.model.Token;
import org.marsad.text.LanguagePack;
import org.marsad.text.Segmenter;

/** The generated city gazetteer (actors/cities.tsv): well formed, apart from the other tables, and found in text. */
class CitiesTest {
    private static final String TABLE = "cities.tsv";
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern GEO = Pattern.compile("-?\\d{1,2}\\.\\d{2},-?\\d{1,3}\\.\\d{2}");

    private static List<Entity> table(String name) {
        return EntityFiles.parse(DataFile.resource("actors/" + name));
    }

    private static List<String> otherTables() {
        List<String> names = new ArrayList<>();
        for (DataFile.Row row : DataFile.resource(ActorDictionary.INDEX)) {
            if (!row.get(0).equals(TABLE)) {
                names.add(row.get(0));
            }
        }
        return names;
    }

    /** The cities among the dictionary's matches in a text, as "id:ACTOR". */
    private static List<String> cities(String lang, String text) {
        Set<String> ids = new HashSet<>();
        table(TABLE).forEach(c -> ids.add(c.id()));
        List<Token> tokens = new Segmenter(LanguagePack.of(lang)).tokens(text, 0, text.length());
        List<String> out = new ArrayList<>();
        for (ActorDictionary.Match m : ActorDictionary.bundled().match(tokens)) {
            Entity e = m.entities().get(0);
            if (ids.contains(e.id())) {
                out.add(e.id() + ":" + e.actor());
            }
        }
        return out;
    }

    @Test
    void rowsAreWellFormed() {
        Set<String> states = new HashSet<>();
        table("states.tsv").forEach(s -> states.add(s.id()));
        List<DataFile.Row> rows = DataFile.resource("actors/" + TABLE);
        assertEquals(EntityFiles.COLUMNS, rows.get(0).fields());
        List<String> problems = new ArrayList<>();
        for (DataFile.Row row : rows.subList(1, rows.size())) {
            String where = row.file() + ":" + row.line() + ": ";
            if (row.size() != EntityFiles.COLUMNS.size() || row.fields().contains("")) {
                problems.add(where + "needs 9 non-empty columns");
                continue;
            }
            if (!ID.matcher(row.get(0)).matches()) {
                problems.add(where + "bad id " + row.get(0));
            }
            if (!row.get(1).equals("LOC") || !states.contains(row.get(2)) || !row.get(3).equals("-")
                    || !row.get(7).equals("-")) {
                problems.add(where + "must be LOC, a state's code, sector - and roles -");
            }
            if (!GEO.matcher(row.get(8)).matches()) {
                problems.add(where + "geo must be lat,lon with two decimals: " + row.get(8));
            }
            boolean named = false;
            for (int i = 4; i <= 6; i++) {
                List<String> names = DataFile.values(row.get(i));
                named |= !names.isEmpty();
                if (new HashSet<>(names).size() != names.size()) {
                    problems.add(where + "repeated name " + row.get(i));
                }
            }
            if (!named) {
                problems.add(where + "no names");
            }
        }
        assertEquals(List.of(), problems);
        List<Entity> cities = table(TABLE);
        assertTrue(cities.size() > 4000, "cities: " + cities.size());
        for (Entity c : cities) {
            assertTrue(Math.abs(c.lat()) <= 90 && Math.abs(c.lon()) <= 180, c.id());
            assertEquals(EntityType.LOC, c.type());
            assertEquals(null, c.sector(), c.id() + ": only capitals stand for a government");
        }
    }

    @Test
    void idsAndNamesStayApartFromTheOtherTables() {
        Set<String> ids = new HashSet<>();
        Map<String, String> names = new HashMap<>();
        for (String other : otherTables()) {
            for (Entity e : table(other)) {
                ids.add(e.id());
                e.names().forEach((lang, list) -> list.forEach(n -> names.put(lang + " " + n.toLowerCase(), e.id())));
            }
        }
        List<String> clashes = new ArrayList<>();
        Map<String, String> own = new HashMap<>();
        for (Entity c : table(TABLE)) {
            if (ids.contains(c.id())) {
                clashes.add("id " + c.id());
            }
            c.names().forEach((lang, list) -> list.forEach(n -> {
                String key = lang + " " + n.toLowerCase();
                if (names.containsKey(key)) {
                    clashes.add(c.id() + " shares '" + n + "' with " + names.get(key));
                }
                String before = own.put(key, c.id());
                if (before != null && !before.equals(c.id())) {
                    clashes.add(c.id() + " shares '" + n + "' with city " + before);
                }
            }));
        }
        assertEquals(List.of(), clashes);
    }

    @Test
    void tableSaysHowToRegenerateIt() throws IOException {
        try (InputStream in = DataFile.class.getClassLoader().getResourceAsStream(DataFile.ROOT + "actors/" + TABLE)) {
            byte[] bytes = in.readAllBytes();
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertTrue(text.startsWith("# GENERATED FILE"), "cities.tsv must say it is generated");
            assertTrue(text.contains("java tools/GenerateCities.java"), "cities.tsv must name its command");
            assertTrue(bytes.length < 3_000_000, "cities.tsv: " + bytes.length + " bytes");
        }
    }

    @Test
    void arabicCityNamesWithTheirStates() {
        assertEquals(List.of("rafah:PSE"), cities("ar", "في رفح"));
        assertEquals(List.of("arish:EGY"), cities("ar", "مدينة العريش"));
        assertEquals(List.of("mashhad:IRN"), cities("ar", "مشهد"));
        assertEquals(List.of("aleppo:SYR"), cities("ar", "حلب"));
        assertEquals(List.of("mosul:IRQ"), cities("ar", "بالموصل"));
        assertEquals(List.of("khan-yunis:PSE"), cities("ar", "وخان يونس"));
        assertEquals(List.of(), cities("ar", "سمكة كبيرة"), "the future prefix is no clitic of a name");
    }

    @Test
    void russianAndEnglishCityNames() {
        assertEquals(List.of("aleppo:SYR"), cities("ru", "в Алеппо"));
        assertEquals(List.of("mosul:IRQ"), cities("ru", "Мосул"));
        assertEquals(List.of("mashhad:IRN"), cities("en", "in Mashhad"));
        assertEquals(List.of("rafah:PSE"), cities("en", "Rafah"));
        assertEquals(List.of("kharkiv:UKR"), cities("en", "Kharkiv"));
    }

    @Test
    void citiesCarryTheirCoordinates() {
        Entity rafah = ActorDictionary.bundled().get("rafah");
        assertEquals(31.30, rafah.lat(), 0.01);
        assertEquals(34.24, rafah.lon(), 0.01);
    }

    @Test
    void ordinaryWordsAreNotCities() {
        assertEquals(List.of(), cities("ar", "وأكد الدبلوماسي في الوقت نفسه"));
        assertEquals(List.of(), cities("ar", "الخبر الجديد من المدينة في البيضاء"));
        assertEquals(List.of(), cities("ru", "Тема часа: игра в Москве"));
        assertEquals(List.of(), cities("en", "Of course, a nice split on the mobile metro"));
    }

    @Test
    void capitalsAndStatesKeepTheirNames() {
        List<Token> tokens = new Segmenter(LanguagePack.of("ar")).tokens("طرابلس", 0, "طرابلس".length());
        Entity first = ActorDictionary.bundled().match(tokens).get(0).entities().get(0);
        assertEquals("GOV", first.sector(), "طرابلس is the capital of Libya, not Tripoli in Lebanon");
    }
}
