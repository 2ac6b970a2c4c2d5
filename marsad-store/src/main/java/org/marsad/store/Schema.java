package org.marsad.store;

import java.util.List;

/**
 * The DuckDB tables, in the fields {@code extract} writes (offsets in code points). Analysts may
 * open the file directly: {@code articles} ⟵ {@code mentions}, {@code times}, {@code events} ⟵
 * {@code participants} (an event's source, target and speaker actors), joined on {@code article}.
 */
final class Schema {
    static final int VERSION = 1;

    static final List<String> TABLES = List.of(
            """
            CREATE TABLE IF NOT EXISTS meta (
              key VARCHAR PRIMARY KEY,
              value VARCHAR)""",
            """
            CREATE TABLE IF NOT EXISTS articles (
              id VARCHAR PRIMARY KEY,
              hash VARCHAR NOT NULL UNIQUE,
              seq BIGINT NOT NULL,
              url VARCHAR,
              title VARCHAR,
              lang VARCHAR,
              published DATE,
              origin VARCHAR,
              ingested TIMESTAMP,
              text VARCHAR NOT NULL,
              document VARCHAR NOT NULL)""",
            """
            CREATE TABLE IF NOT EXISTS mentions (
              article VARCHAR NOT NULL,
              id VARCHAR NOT NULL,
              type VARCHAR,
              text VARCHAR,
              start INTEGER,
              "end" INTEGER,
              actor VARCHAR,
              sector VARCHAR,
              entity VARCHAR,
              name_en VARCHAR,
              name_ru VARCHAR,
              name_ar VARCHAR,
              confidence DOUBLE,
              PRIMARY KEY (article, id))""",
            """
            CREATE TABLE IF NOT EXISTS times (
              article VARCHAR NOT NULL,
              id VARCHAR NOT NULL,
              text VARCHAR,
              start INTEGER,
              "end" INTEGER,
              type VARCHAR,
              value VARCHAR,
              PRIMARY KEY (article, id))""",
            """
            CREATE TABLE IF NOT EXISTS events (
              article VARCHAR NOT NULL,
              id VARCHAR NOT NULL,
              ord INTEGER NOT NULL,
              sentence INTEGER,
              evidence_start INTEGER,
              evidence_end INTEGER,
              trigger_text VARCHAR,
              trigger_start INTEGER,
              trigger_end INTEGER,
              cameo VARCHAR,
              plover_type VARCHAR,
              plover_mode VARCHAR,
              plover_context VARCHAR,
              quad INTEGER,
              goldstein DOUBLE,
              time_value VARCHAR,
              time_id VARCHAR,
              date_from DATE,
              date_to DATE,
              place_text VARCHAR,
              place_country VARCHAR,
              place_lat DOUBLE,
              place_lon DOUBLE,
              modality VARCHAR,
              confidence DOUBLE,
              summary_en VARCHAR,
              summary_ru VARCHAR,
              summary_ar VARCHAR,
              lang VARCHAR,
              json VARCHAR NOT NULL,
              PRIMARY KEY (article, id))""",
            """
            CREATE TABLE IF NOT EXISTS participants (
              article VARCHAR NOT NULL,
              event VARCHAR NOT NULL,
              role VARCHAR NOT NULL,
              actor VARCHAR,
              sector VARCHAR,
              text VARCHAR,
              start INTEGER,
              "end" INTEGER,
              mention VARCHAR)""");

    private Schema() {
    }
}
