package org.marsad.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.expr;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * The job's Parquet tables, derived from the executors' outcome lines. Column names and nesting
 * follow {@code marsad extract}'s JSON (docs/DATA-FORMATS.md, "Spark tables"); the rows of
 * mentions, times and events carry their article's id.
 */
final class Tables {
    private static final String NAMES = "STRUCT<en: STRING, ru: STRING, ar: STRING>";
    private static final String PARTICIPANT =
            "STRUCT<actor: STRING, sector: STRING, text: STRING, start: INT, `end`: INT, mention: STRING>";

    /** An outcome line: a document with where it came from, or a reject. */
    static final StructType OUTCOME = StructType.fromDDL(String.join(", ",
            "origin STRING", "file STRING", "source STRING", "reason STRING", "days ARRAY<DATE>",
            "document STRUCT<"
                    + "article: STRUCT<id: STRING, url: STRING, title: STRING, lang: STRING, published: DATE, text: STRING>, "
                    + "mentions: ARRAY<STRUCT<id: STRING, type: STRING, text: STRING, start: INT, `end`: INT, "
                    + "actor: STRING, sector: STRING, entity: STRING, names: " + NAMES + ", confidence: DOUBLE, link: STRING>>, "
                    + "times: ARRAY<STRUCT<id: STRING, text: STRING, start: INT, `end`: INT, type: STRING, value: STRING>>, "
                    + "events: ARRAY<STRUCT<id: STRING, key: STRING, sentence: INT, evidence: STRUCT<start: INT, `end`: INT>, "
                    + "trigger: STRUCT<text: STRING, start: INT, `end`: INT>, cameo: STRING, "
                    + "plover: STRUCT<type: STRING, mode: STRING, context: ARRAY<STRING>>, quad: INT, goldstein: DOUBLE, "
                    + "source: ARRAY<" + PARTICIPANT + ">, target: ARRAY<" + PARTICIPANT + ">, "
                    + "time: STRUCT<value: STRING, time: STRING>, "
                    + "place: STRUCT<text: STRING, start: INT, `end`: INT, country: STRING, lat: DOUBLE, lon: DOUBLE>, "
                    + "modality: STRING, attribution: " + PARTICIPANT + ", confidence: DOUBLE, summary: " + NAMES + ">>>"));

    private Tables() {
    }

    static Dataset<Row> documents(Dataset<Row> outcomes) {
        return outcomes.where(col("document").isNotNull());
    }

    static Dataset<Row> rejects(Dataset<Row> outcomes) {
        return outcomes.where(col("document").isNull()).select("origin", "file", "reason");
    }

    /** One row per article: its fields in {@code extract}, its text, where it came from and its source. */
    static Dataset<Row> articles(Dataset<Row> documents) {
        return documents.select(col("document.article.*"), col("origin"), col("source"));
    }

    static Dataset<Row> mentions(Dataset<Row> documents) {
        return documents.select(col("document.article.id").as("article_id"), explode(col("document.mentions")).as("m"))
                .select("article_id", "m.*");
    }

    static Dataset<Row> times(Dataset<Row> documents) {
        return documents.select(col("document.article.id").as("article_id"), explode(col("document.times")).as("t"))
                .select("article_id", "t.*");
    }

    /**
     * One row per event, with its article's id and source ({@code article_source}), and its day
     * ({@code org.marsad.events.EventDay}, the day its key counts).
     */
    private static Dataset<Row> eventsWithSource(Dataset<Row> documents) {
        return documents.select(col("document.article.id").as("article_id"), col("source").as("article_source"),
                        col("days"), posexplode(col("document.events")).as(new String[] {"n", "e"}))
                .selectExpr("article_id", "article_source", "element_at(days, n + 1) AS date", "e.*");
    }

    static Dataset<Row> events(Dataset<Row> documents) {
        return eventsWithSource(documents).drop("article_source");
    }

    /**
     * The same happening told by several articles: events grouped by their {@code key}
     * ({@code org.marsad.events.EventKey}: CAMEO root, or PLOVER type without one, the set of
     * actors on either side, and the day), with how many events (mentions), articles and sources
     * tell it, and which events they are.
     */
    static Dataset<Row> eventClusters(Dataset<Row> documents) {
        return eventsWithSource(documents)
                .selectExpr("key", "substring(cameo, 1, 2) AS cameo_root",
                        "nullif(array_join(array_sort(array_distinct(filter(transform(concat(source, target), "
                                + "p -> p.actor), a -> a IS NOT NULL))), '+'), '') AS actors",
                        "date", "article_id", "id", "article_source")
                .groupBy("key", "cameo_root", "actors", "date")
                .agg(expr("count(*)").as("mentions"),
                        expr("count(DISTINCT article_id)").as("articles"),
                        expr("count(DISTINCT article_source)").as("sources"),
                        expr("array_sort(collect_list(named_struct('article_id', article_id, 'event', id)))").as("events"));
    }
}
