package org.marsad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The options a triggers row may carry are read by the names the tables and DATA-FORMATS use. */
class TriggerOptionsTest {
    @Test
    void optionsAreReadByTheirWrittenNames() {
        assertEquals(Optional.of(TriggerPattern.Option.NEEDS_TARGET), TriggerPattern.Option.named("needs-target"));
        assertEquals(Optional.of(TriggerPattern.Option.PLACE_IS_TARGET), TriggerPattern.Option.named("place-is-target"));
        assertEquals(Optional.of(TriggerPattern.Option.RECEIVED), TriggerPattern.Option.named("received"));
        assertEquals(Optional.empty(), TriggerPattern.Option.named("needs_target"));
        assertTrue(TriggerPattern.Option.names().contains("speech-act, not-passive"));
    }

    @Test
    void everyOptionIsDocumented() throws Exception {
        String formats = Files.readString(Path.of("..", "docs", "DATA-FORMATS.md"));
        for (TriggerPattern.Option o : TriggerPattern.Option.values()) {
            assertTrue(formats.contains("`" + o.label() + "`"), o.label() + " in docs/DATA-FORMATS.md");
        }
    }
}
