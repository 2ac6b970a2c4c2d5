package org.marsad.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.marsad.data.DataFile;
import org.marsad.model.Actor;
import org.marsad.model.EntityType;
import org.marsad.model.Token;
import org.marsad.text.LanguagePack;
import org.marsad.text.Segmenter;

class PeopleTest {
    private static final List<Entity> PEOPLE = EntityFiles.parse(DataFile.resource("actors/people.tsv"));

    @Test
    void roleInForceGivesActorAndSector() {
        Entity khan = ActorDictionary.bundled().get("imran-khan");
        assertNotNull(khan);
        assertEquals(new Actor("PAK", "GOV"), khan.actorOn(LocalDate.of(2020, 6, 3)));
        assertEquals(new Actor("PAK", null), khan.actorOn(LocalDate.of(2023, 1, 1)));
    }

    @Test
    void roleCanBelongToAnOrganisation() {
        Entity guterres = ActorDictionary.bundled().get("antonio-guterres");
        assertEquals(new Actor("UN", "GOV"), guterres.actorOn(LocalDate.of(2020, 6, 3)));
        assertEquals(new Actor("PRT", "GOV"), guterres.actorOn(LocalDate.of(1999, 1, 1)));
        assertEquals(new Actor("PRT", null), guterres.actorOn(LocalDate.of(2010, 1, 1)));
    }

    @Test
    void putinIsFoundInEveryLanguage() {
        Map<String, String> texts = Map.of(
                "ar", "حيث من المتوقع عقد اجتماع بين زعيمي البلدين عمران خان وفلاديمير بوتين.",
                "ru", "Владимир Путин и Имран Хан обсудили военное сотрудничество.",
                "en", "Russian President Vladimir Putin is expected to meet Imran Khan.");
        for (Map.Entry<String, String> t : texts.entrySet()) {
            assertEquals(Set.of("vladimir-putin", "imran-khan"), idsFound(t.getKey(), t.getValue()), t.getKey());
        }
    }

    @Test
    void seedAmbassadorIsFound() {
        String text = "كان ذلك في مقابلة لسفير باكستان لدى روسيا، شوكت علي خان مع وكالة \"ريا نوفوستي\".";
        assertEquals(Set.of("shafqat-ali-khan"), idsFound("ar", text));
        Entity khan = ActorDictionary.bundled().get("shafqat-ali-khan");
        assertEquals(new Actor("PAK", "GOV"), khan.actorOn(LocalDate.of(2020, 6, 3)));
    }

    @Test
    void idsAreUniqueAndEveryoneIsAPersonNamedInThreeLanguages() {
        Set<String> ids = new HashSet<>();
        for (Entity e : PEOPLE) {
            assertTrue(ids.add(e.id()), "duplicate id " + e.id());
            assertEquals(EntityType.PER, e.type(), e.id());
            assertNotNull(e.actor(), e.id() + " has no state");
            for (String lang : EntityFiles.LANGS) {
                assertNotNull(e.name(lang), e.id() + " has no " + lang + " name");
            }
            assertFalse(e.roles().isEmpty(), e.id() + " has no role");
        }
        assertTrue(PEOPLE.size() > 500, "people: " + PEOPLE.size());
    }

    @Test
    void rolesAreDatedAndInOrder() {
        for (Entity e : PEOPLE) {
            LocalDate previous = LocalDate.MIN;
            for (Entity.Role r : e.roles()) {
                String where = e.id() + " " + r;
                assertNotNull(r.from(), where);
                assertNotNull(r.title(), where);
                assertTrue(r.to() == null || !r.to().isBefore(r.from()), "ends before it starts: " + where);
                assertFalse(r.from().isBefore(previous), "roles out of order: " + where);
                assertTrue(Set.of("GOV", "MIL", "REB", "OPP", "PTY", "INS").contains(r.sector()), where);
                previous = r.from();
            }
        }
    }

    /** A one-word name that is the last word of the display name is a bare surname: coreference's job. */
    @Test
    void noBareSurnames() {
        for (Entity e : PEOPLE) {
            for (Map.Entry<String, List<String>> names : e.names().entrySet()) {
                List<String> display = words(names.getKey(), names.getValue().get(0));
                for (String name : names.getValue()) {
                    List<String> w = words(names.getKey(), name);
                    if (w.size() == 1 && display.size() > 1 && w.get(0).equals(display.get(display.size() - 1))) {
                        fail(e.id() + ": bare surname '" + name + "'");
                    }
                }
            }
        }
    }

    private static Set<String> idsFound(String lang, String text) {
        List<Token> tokens = new Segmenter(LanguagePack.of(lang)).tokens(text, 0, text.length());
        Set<String> ids = new HashSet<>();
        for (ActorDictionary.Match m : ActorDictionary.bundled().match(tokens)) {
            for (Entity e : m.entities()) {
                if (e.type() == EntityType.PER) {
                    ids.add(e.id());
                }
            }
        }
        return ids;
    }

    private static List<String> words(String lang, String name) {
        return new Segmenter(LanguagePack.of(lang)).tokens(name, 0, name.length()).stream()
                .filter(t -> t.kind() == Token.Kind.WORD)
                .map(t -> t.analyses().get(0).lemma())
                .toList();
    }
}
