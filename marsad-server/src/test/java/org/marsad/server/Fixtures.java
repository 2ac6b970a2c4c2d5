package org.marsad.server;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.marsad.model.Article;
import org.marsad.pipeline.Pipeline;
import org.marsad.read.ArticleReader;
import org.marsad.read.InputFormat;
import org.marsad.read.ReadOptions;
import org.marsad.store.Ingester;
import org.marsad.store.Store;

/** A store with a few articles in the three languages, and a server over it on a free port. */
final class Fixtures {
    /** Four events: PAK-IND (161, 100) and IND-PAK (120) on 2019-08-07, RUS-PAK (057) in 2014. */
    static final String AR = "{\"id\": \"ar-1\", \"lang\": \"ar\", \"date\": \"2019-08-08\", \"text\": "
            + "\"باكستان تخفض علاقاتها مع الهند\\n\\nوقطعت باكستان العلاقات مع الهند يوم الأربعاء. "
            + "وطالبت باكستان الهند بوقف العمليات في كشمير. ورفضت وزارة الخارجية الهندية البيان الباكستاني."
            + "\\n\\nوقعت روسيا وباكستان اتفاقية دفاعية في العام 2014.\"}";
    static final String EN = "{\"id\": \"en-1\", \"lang\": \"en\", \"date\": \"2019-03-01\", \"text\": "
            + "\"Pakistan returns the Indian pilot\\n\\nPakistan returned the captured Indian pilot to India on Friday. "
            + "Russia welcomed the step.\"}";
    static final String RU = "{\"id\": \"ru-1\", \"lang\": \"ru\", \"date\": \"2016-09-24\", \"text\": "
            + "\"Учения в Пакистане\\n\\nРоссия и Пакистан начали первые совместные военные учения в Пакистане.\"}";
    /** Markup in an article's text must reach the page as text, never as elements. */
    static final String MARKUP = "{\"id\": \"en-markup\", \"lang\": \"en\", \"date\": \"2020-01-01\", \"text\": "
            + "\"Tags <b>bold</b> and <img src=x onerror=\\\"document.body.dataset.hacked=1\\\"> in Pakistan\\n\\n"
            + "The text <script>document.body.dataset.hacked=1</script> mentions Pakistan and India.\"}";

    /** A meeting of RUS and PAK in Islamabad whose title and sentence hold markup: it must stay text in every view. */
    static final String HOSTILE = "{\"id\": \"en-hostile\", \"lang\": \"en\", \"date\": \"2021-04-06\", \"title\": "
            + "\"<script>document.body.dataset.hacked=1</script><img src=x onerror=\\\"document.body.dataset.hacked=1\\\">"
            + " Lavrov in Islamabad\", \"text\": \"Lavrov in Islamabad\\n\\nRussian Foreign Minister Sergei Lavrov met"
            + " Pakistani Prime Minister Imran Khan in Islamabad on Tuesday"
            + " <img src=x onerror=\\\"document.body.dataset.hacked=1\\\">.\"}";

    private Fixtures() {
    }

    static List<Article> read(String... jsonLines) {
        List<Article> out = new ArrayList<>();
        byte[] bytes = String.join("\n", jsonLines).getBytes(StandardCharsets.UTF_8);
        new ArticleReader(ReadOptions.defaults().withFormat(InputFormat.JSONL)).read("fixture.jsonl",
                new ByteArrayInputStream(bytes), out::add, e -> {
                    throw new AssertionError(e.message());
                });
        return out;
    }

    /** Opens a store in {@code dir} holding the given articles. */
    static Store store(Path dir, Pipeline pipeline, String... jsonLines) {
        Store store = Store.open(dir);
        try (Ingester ingester = new Ingester(store, pipeline, 8, 2, (message, article) -> {
            throw new AssertionError(message);
        })) {
            read(jsonLines).forEach(ingester::add);
        }
        return store;
    }
}
