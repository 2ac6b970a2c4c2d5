package org.marsad.eval;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * PLOVER gold standard records, one per sentence: its {@code text}, event type ({@code event_type},
 * or {@code event} as a string or list), {@code date} where given, and the actor and recipient
 * country codes. Those come from entity lists ({@code actor}/{@code source},
 * {@code recipient}/{@code target}: objects with a {@code code}) as in the PLOVER manual's records,
 * or from annotators' spans ({@code spans[].source_role.main}, {@code spans[].target_role.main},
 * {@code None} for none) as in the Arabic event detection sets' protest_spans.json. The file may be
 * a JSON array, objects one per line, or objects separated by commas with trailing commas
 * (PLOVER_GSR_CAMEO.txt). Type names of earlier PLOVER drafts are read as the manual's CAMEO to PLOVER
 * table maps them (DISAPPROVE and INVESTIGATE are ACCUSE, DEMAND is REQUEST, FIGHT is ASSAULT); records of
 * no event type (a document's header) are left out, and in-line span markup ({...}) is taken out of the
 * text. An entity given by its words alone ({@code actorText}, no code) is kept as words, to be matched
 * against the words of the coded actors. Entity objects are read by the manual's names ({@code code},
 * {@code entity_text}, and its example block's {@code country_name}, {@code raw_text}, {@code entity_name})
 * and the earlier draft's ({@code actorText}); a list of codes as plain strings is read too. Compound actors
 * are one side of several entities. A record whose {@code context} holds the auxiliary mode
 * {@code negation} (or {@code negated}) tells of an event that did not happen: it expects none, as does a
 * record with {@code has_event} false; both are kept, so that events coded in them count against precision.
 */
public final class PloverGold {
    /** One record; empty actor sets mean the record names no country for that side. */
    public record Record(String id, LocalDate date, String text, Set<String> types, Set<String> actors,
                         Set<String> recipients, Set<String> actorWords, Set<String> recipientWords) {
        public Record {
            types = Set.copyOf(types);
            actors = Set.copyOf(actors);
            recipients = Set.copyOf(recipients);
            actorWords = Set.copyOf(actorWords);
            recipientWords = Set.copyOf(recipientWords);
        }

        public Record(String id, LocalDate date, String text, Set<String> types, Set<String> actors,
                      Set<String> recipients) {
            this(id, date, text, types, actors, recipients, Set.of(), Set.of());
        }
    }

    private static final Map<String, String> EARLIER_TYPES = Map.of(
            "DISAPPROVE", "ACCUSE", "INVESTIGATE", "ACCUSE", "DEMAND", "REQUEST", "FIGHT", "ASSAULT");
    private static final Set<String> TYPES = Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
            "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE",
            "ASSAULT");

    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA).build()).build();

    private PloverGold() {
    }

    public static List<Record> parse(String json) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        String s = json.strip();
        if (s.startsWith("[")) {
            MAPPER.readTree(s).forEach(nodes::add);
        } else {
            try {
                MAPPER.readTree("[" + s + "]").forEach(nodes::add);
            } catch (JsonProcessingException notCommaSeparated) {
                try (MappingIterator<JsonNode> it = MAPPER.readerFor(JsonNode.class).readValues(s)) {
                    it.forEachRemaining(nodes::add);
                }
            }
        }
        List<Record> out = new ArrayList<>();
        for (JsonNode n : nodes) {
            if (n.isObject() && text(n) != null) {
                Record r = record(n);
                if (!r.types().isEmpty() || noEvent(n)) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    private static Record record(JsonNode n) {
        String id = n.has("_id") ? n.get("_id").asText() : n.path("id").asText("");
        Set<String> named = new LinkedHashSet<>();
        addStrings(n.has("event_type") ? n.get("event_type") : n.path("event"), named);
        Set<String> types = new LinkedHashSet<>();
        for (String t : noEvent(n) ? Set.<String>of() : named) {
            String type = EARLIER_TYPES.getOrDefault(t, t);
            if (TYPES.contains(type)) {
                types.add(type);
            }
        }
        Set<String> actors = new LinkedHashSet<>();
        Set<String> recipients = new LinkedHashSet<>();
        Set<String> actorWords = new LinkedHashSet<>();
        Set<String> recipientWords = new LinkedHashSet<>();
        addCodes(n.path("actor"), actors, actorWords);
        addCodes(n.path("source"), actors, actorWords);
        addCodes(n.path("recipient"), recipients, recipientWords);
        addCodes(n.path("target"), recipients, recipientWords);
        for (JsonNode span : n.path("spans")) {
            addCode(span.path("source_role").path("main"), actors);
            addCode(span.path("target_role").path("main"), recipients);
        }
        return new Record(id, date(n.path("date").asText(null)), text(n), types, actors, recipients,
                actors.isEmpty() ? actorWords : Set.of(), recipients.isEmpty() ? recipientWords : Set.of());
    }

    /** The auxiliary modes that tell of an event that did not happen. */
    private static final Set<String> NEGATION = Set.of("NEGATION", "NEGATED");

    /** True when the record says its sentence tells of no event: has_event false, or a negation context. */
    private static boolean noEvent(JsonNode n) {
        Set<String> context = new LinkedHashSet<>();
        addStrings(n.path("context"), context);
        return n.path("has_event").isBoolean() && !n.get("has_event").asBoolean()
                || context.stream().anyMatch(NEGATION::contains);
    }

    /** The sentence, without in-line span markup; null when the record has none. */
    private static String text(JsonNode n) {
        JsonNode t = n.path("text").isTextual() ? n.get("text") : n.path("eventText");
        return t.isTextual() ? t.asText().replaceAll("[{}]", "").replaceAll("\\s+", " ").strip() : null;
    }

    private static void addStrings(JsonNode node, Set<String> out) {
        if (node.isArray()) {
            node.forEach(x -> addStrings(x, out));
        } else if (node.isTextual() && !node.asText().isBlank()) {
            out.add(node.asText().strip().toUpperCase(Locale.ROOT));
        }
    }

    /**
     * Codes of a list of entity objects, and the words of those that have none; anything else (the news
     * source's name in "source") is not an entity.
     */
    private static void addCodes(JsonNode entities, Set<String> codes, Set<String> words) {
        if (entities.isArray()) {
            for (JsonNode e : entities) {
                String country = e.path("country_name").asText("").strip().toUpperCase(Locale.ROOT);
                if (e.isTextual() && CODE.matcher(e.asText().strip().toUpperCase(Locale.ROOT)).matches()) {
                    addCode(e, codes);
                } else if (e.path("code").isTextual() && !e.path("code").asText().isBlank()) {
                    addCode(e.get("code"), codes);
                } else if (CODE.matcher(country).matches()) {
                    codes.add(country);
                } else {
                    String w = firstText(e, "entity_text", "actorText", "raw_text", "entity_name", "country_name");
                    if (w != null) {
                        words.add(w);
                    }
                }
            }
        }
    }

    /** A three-letter code as the manual writes countries and international actors (DEU, UNO, IGO). */
    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");

    /** The first of the fields that holds words, stripped; null when none does. */
    private static String firstText(JsonNode e, String... fields) {
        for (String f : fields) {
            if (e.path(f).isTextual() && !e.get(f).asText().isBlank()) {
                return e.get(f).asText().strip();
            }
        }
        return null;
    }

    private static void addCode(JsonNode code, Set<String> out) {
        if (code.isTextual()) {
            String c = code.asText().strip().toUpperCase(Locale.ROOT);
            if (!c.isEmpty() && !c.equals("NONE")) {
                out.add(c);
            }
        }
    }

    private static LocalDate date(String s) {
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
