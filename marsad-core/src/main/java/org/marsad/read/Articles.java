package org.marsad.read;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import org.marsad.model.Article;
import org.marsad.model.Section;

/** Builds articles the same way for every format: stable ids and the options' language and date. */
final class Articles {
    private static final int ID_HEX_DIGITS = 16;

    private final ReadOptions options;

    Articles(ReadOptions options) {
        this.options = options;
    }

    /**
     * The option's language wins over the input's (the user said so); the input's date wins over
     * the option's, which only fills in where the input has none.
     */
    Article make(String id, String url, String title, String lang, LocalDate published, String text,
                 List<Section> sections, String origin) {
        return new Article(id == null || id.isBlank() ? id(text) : id, url, title,
                options.lang() != null ? options.lang() : lang,
                published != null ? published : options.date(), text, sections, origin);
    }

    /** The first 16 hex digits of the SHA-256 of the text's UTF-8 bytes. */
    static String id(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, ID_HEX_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
