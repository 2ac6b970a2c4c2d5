package org.marsad.store;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.marsad.model.Article;
import org.marsad.pipeline.Pipeline;
import org.marsad.read.ArticleReader;
import org.marsad.read.InputFormat;
import org.marsad.read.ReadOptions;

/** Small articles in the three languages, read the way ingest reads JSONL. */
final class Articles {
    /** Four events: PAK-IND (161, 100) and IND-PAK (120) on 2019-08-07, RUS-PAK (057) in 2014. */
    static final String AR = "{\"id\": \"ar-1\", \"lang\": \"ar\", \"date\": \"2019-08-08\", \"text\": "
            + "\"باكستان تخفض علاقاتها مع الهند\\n\\nوقطعت باكستان العلاقات مع الهند يوم الأربعاء. "
            + "وطالبت باكستان الهند بوقف العمليات في كشمير. ورفضت وزارة الخارجية الهندية البيان الباكستاني."
            + "\\n\\nوقعت روسيا وباكستان اتفاقية دفاعية في العام 2014.\"}";
    static final String EN = "{\"id\": \"en-1\", \"lang\": \"en\", \"date\": \"2019-03-01\", "
            + "\"text\": \"Pakistan returned the captured Indian pilot to India on Friday. Russia welcomed the step.\"}";
    static final String RU = "{\"id\": \"ru-1\", \"lang\": \"ru\", \"date\": \"2016-09-24\", "
            + "\"text\": \"Россия и Пакистан начали первые совместные военные учения в Пакистане.\"}";

    private Articles() {
    }

    /** Extracts the articles into the store; a failure fails the test. */
    static void ingest(Store store, Pipeline pipeline, String... jsonLines) {
        try (Ingester ingester = new Ingester(store, pipeline, 4, 1, (message, article) -> {
            throw new AssertionError(message);
        })) {
            read(jsonLines).forEach(ingester::add);
        }
    }

    static List<Article> read(String... jsonLines) {
        List<Article> out = new ArrayList<>();
        byte[] bytes = String.join("\n", jsonLines).getBytes(StandardCharsets.UTF_8);
        new ArticleReader(ReadOptions.defaults().withFormat(InputFormat.JSONL)).read("test.jsonl",
                new ByteArrayInputStream(bytes), out::add, e -> {
                    throw new AssertionError(e.message());
                });
        return out;
    }
}
