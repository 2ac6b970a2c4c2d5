package org.marsad.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.marsad.model.Article;
import org.marsad.model.Document;
import org.marsad.write.DocumentJson;

/**
 * One article as the store keeps it: its text, the content hash that makes ingest idempotent,
 * and its document as {@code extract} writes it (without the text, which has its own column).
 */
public record StoredDocument(String id, String hash, String text, String origin, ObjectNode json) {

    public static StoredDocument of(Document doc) {
        Article a = doc.article();
        return new StoredDocument(a.id(), hash(a.text()), a.text(), a.origin(), json(doc));
    }

    /** The SHA-256 of the text's UTF-8 bytes, in hex: the same text is the same article. */
    public static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static ObjectNode json(Document doc) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator g = Json.MAPPER.getFactory().createGenerator(bytes, JsonEncoding.UTF8)) {
            DocumentJson.write(doc, g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return (ObjectNode) Json.MAPPER.readTree(bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ObjectNode article() {
        return (ObjectNode) json.get("article");
    }

    public String lang() {
        return Json.text(article(), "lang");
    }
}
