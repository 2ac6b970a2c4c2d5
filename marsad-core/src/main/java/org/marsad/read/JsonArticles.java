package org.marsad.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.marsad.model.Article;

/**
 * Reads JSONL, one article object per line ({@code {"id", "text", "title", "lang", "date", "url"}},
 * only "text" required), streaming: a bad line is an error naming its line and the others go on.
 * A stream whose first character is '[' is read as one JSON array of such objects instead.
 */
final class JsonArticles {
    private final JsonMapper mapper;
    /** A JSONL line holds one value and nothing after it. */
    private final ObjectReader lineReader;
    private final Articles articles;
    private final long maxBytes;

    JsonArticles(Articles articles, long maxBytes) {
        this.articles = articles;
        this.maxBytes = maxBytes;
        int longest = (int) Math.min(maxBytes, Integer.MAX_VALUE);
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength(Math.max(longest, StreamReadConstraints.DEFAULT_MAX_STRING_LEN)).build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        this.mapper = JsonMapper.builder(factory).build();
        this.lineReader = mapper.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** Reads lines, or an array when {@code firstByte} is '['. */
    void read(String origin, InputStream in, int firstByte, Consumer<Article> out, Consumer<InputError> errors)
            throws IOException {
        if (firstByte == '[') {
            readArray(origin, in, out, errors);
            return;
        }
        LineSplitter lines = new LineSplitter(in, maxBytes);
        LineSplitter.Line line;
        while ((line = lines.next()) != null) {
            long n = line.number();
            if (line.tooLong()) {
                errors.accept(new InputError(origin, n, "line longer than the limit of " + maxBytes + " bytes"));
                continue;
            }
            try {
                String json = Decoding.decode(line.bytes(), 0, line.length(), StandardCharsets.UTF_8, n);
                if (!json.isBlank()) {
                    out.accept(article(lineReader.readTree(json), origin + ":" + n));
                }
            } catch (ReadException e) {
                errors.accept(new InputError(origin, n, e.getMessage()));
            } catch (JsonProcessingException e) {
                errors.accept(new InputError(origin, n, brokenJson(e)));
            }
        }
    }

    private void readArray(String origin, InputStream in, Consumer<Article> out, Consumer<InputError> errors)
            throws IOException {
        try (JsonParser parser = mapper.createParser(in)) {
            parser.nextToken();
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token == null) {
                    errors.accept(new InputError(origin, parser.currentLocation().getLineNr(), "the JSON array is not closed"));
                    return;
                }
                long line = parser.currentTokenLocation().getLineNr();
                JsonNode node = parser.readValueAsTree();
                try {
                    out.accept(article(node, origin + ":" + line));
                } catch (ReadException e) {
                    errors.accept(new InputError(origin, line, e.getMessage()));
                }
            }
            if (parser.nextToken() != null) {
                errors.accept(new InputError(origin, parser.currentTokenLocation().getLineNr(),
                        "more data after the JSON array"));
            }
        } catch (JsonProcessingException e) {
            errors.accept(new InputError(origin, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    brokenJson(e) + "; the rest of the file is skipped"));
        }
    }

    /** An article from one parsed JSON value; errors say which field is wrong and why. */
    Article article(JsonNode node, String origin) throws ReadException {
        if (node == null || !node.isObject()) {
            throw new ReadException("expected a JSON object, found " + kind(node));
        }
        JsonNode textNode = node.get("text");
        if (textNode == null || textNode.isNull()) {
            throw new ReadException("missing \"text\"");
        }
        String text = string(node, "text");
        if (text.isBlank()) {
            throw new ReadException("\"text\" is empty");
        }
        String id = node.path("id").isIntegralNumber() ? node.get("id").asText() : string(node, "id");
        String lang = string(node, "lang");
        String dateValue = string(node, "date");
        LocalDate date = HtmlExtractor.parseDate(dateValue);
        if (dateValue != null && date == null) {
            throw new ReadException("\"date\" is not a YYYY-MM-DD date: \"" + dateValue + "\"");
        }
        String title = string(node, "title");
        TextLayout.Layout layout = TextLayout.of(text);
        return articles.make(id, string(node, "url"), title != null && !title.isBlank() ? title : layout.title(),
                lang == null || lang.isBlank() ? null : lang.strip().toLowerCase(Locale.ROOT), date, text,
                layout.sections(), origin);
    }

    /** A string field, null when absent or null; any other type is an error. */
    private static String string(JsonNode node, String field) throws ReadException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new ReadException("\"" + field + "\" must be a string, not " + kind(value));
        }
        return value.textValue();
    }

    private static String kind(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case BOOLEAN -> "a boolean";
            case NUMBER -> "a number";
            case NULL -> "null";
            case STRING -> "a string";
            default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }

    private static String brokenJson(JsonProcessingException e) {
        String where = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
        return "broken JSON" + where + ": " + e.getOriginalMessage();
    }
}
