package org.marsad.store;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;

import org.marsad.actors.ActorDictionary;
import org.marsad.actors.Entity;

/** Builds the search index's document of a stored article (see {@link Fields}). */
final class IndexDocuments {
    private final ActorDictionary dictionary;

    IndexDocuments(ActorDictionary dictionary) {
        this.dictionary = dictionary;
    }

    Document of(StoredDocument d) {
        Document doc = new Document();
        doc.add(new StringField(Fields.ID, d.id(), Field.Store.YES));
        String lang = d.lang();
        doc.add(new StringField(Fields.LANG, lang == null ? "und" : lang, Field.Store.NO));
        String title = Json.text(d.article(), "title");
        if (title != null && !d.text().contains(title)) {
            doc.add(new TextField(Fields.text(lang), title, Field.Store.NO));
        }
        doc.add(new TextField(Fields.text(lang), d.text(), Field.Store.NO));

        Set<String> actors = new LinkedHashSet<>();
        Set<String> entities = new LinkedHashSet<>();
        Map<String, Set<String>> names = Map.of("ar", new LinkedHashSet<>(), "ru", new LinkedHashSet<>(),
                "en", new LinkedHashSet<>());
        for (JsonNode m : d.json().get("mentions")) {
            add(actors, Json.text(m, "actor"));
            add(entities, Json.text(m, "entity"));
            JsonNode byLang = m.get("names");
            for (String l : Fields.LANGS) {
                add(names.get(l), Json.text(byLang, l));
            }
        }
        for (JsonNode e : d.json().get("events")) {
            for (String role : List.of("source", "target")) {
                for (JsonNode p : e.get(role)) {
                    add(actors, Json.text(p, "actor"));
                }
            }
        }
        for (String code : actors) {
            doc.add(new StringField(Fields.ACTOR, code, Field.Store.NO));
            Entity e = dictionary.forActor(code);
            if (e != null) {
                for (String l : Fields.LANGS) {
                    names.get(l).addAll(e.names().getOrDefault(l, List.of()));
                }
            }
        }
        for (String id : entities) {
            doc.add(new StringField(Fields.ENTITY, id, Field.Store.NO));
        }
        for (String l : Fields.LANGS) {
            for (String name : names.get(l)) {
                doc.add(new TextField(Fields.names(l), name, Field.Store.NO));
            }
        }
        return doc;
    }

    private static void add(Set<String> set, String value) {
        if (value != null && !value.isEmpty()) {
            set.add(value);
        }
    }
}
