package org.marsad.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

class NameVariantsTest {
    private static final NameVariants VARIANTS = new NameVariants(Transliteration.bundled());

    @Test
    void listedNamesStayAndGapsAreFilled() {
        Entity dili = ActorDictionary.bundled().get("dili");
        assertEquals(Map.of("en", "Dili", "ru", "Дили", "ar", "ديلي"), VARIANTS.of(dili));
        Entity pakistan = ActorDictionary.bundled().get("PAK");
        assertEquals(Map.of("en", "Pakistan", "ru", "Пакистан", "ar", "باكستان"), VARIANTS.of(pakistan));
    }

    @Test
    void anUnknownNameIsProposedInTheOtherScripts() {
        assertEquals(Map.of("en", "Shafqat Mahmood", "ru", "Шафкат Махмуд", "ar", "شافقات ماهمود"),
                VARIANTS.of("Shafqat Mahmood", "en"));
        assertEquals(Map.of("ar", "يوسف رضا", "en", "Yusuf Rda", "ru", "Юсуф Рда"), VARIANTS.of("يوسف رضا", "ar"));
    }
}
