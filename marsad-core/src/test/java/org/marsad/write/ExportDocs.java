package org.marsad.write;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.marsad.model.Actor;
import org.marsad.model.Article;
import org.marsad.model.Document;
import org.marsad.model.EntityType;
import org.marsad.model.Event;
import org.marsad.model.Mention;
import org.marsad.model.Modality;
import org.marsad.model.Participant;
import org.marsad.model.Section;
import org.marsad.model.Span;

/** Small documents built by hand for the export tests: a title line and two body paragraphs. */
final class ExportDocs {
    static final String TITLE = "Russia, Pakistan and India sign in Astana";
    static final String LEAD = "Russia and Pakistan signed an agreement with India in Astana on 9 June 2017.";
    static final String LATER = "The SCO did not condemn Pakistan. The UN welcomed the two\tneighbours. Russia said so.";
    static final String TEXT = TITLE + "\n\n" + LEAD + "\n\n" + LATER;

    private final List<Mention> mentions = new ArrayList<>();

    private ExportDocs() {
    }

    static Span span(String words, String in) {
        int paragraph = TEXT.indexOf(in);
        int start = TEXT.indexOf(words, paragraph);
        return new Span(start, start + words.length());
    }

    Participant participant(String words, String paragraph, String code, String sector, String entity, String en) {
        String id = "m" + (mentions.size() + 1);
        Span s = span(words, paragraph);
        mentions.add(new Mention(id, EntityType.LOC, s, words, new Actor(code, sector), entity,
                en == null ? Map.of() : Map.of("en", en), 1.0, Mention.LISTED));
        return new Participant(new Actor(code, sector), words, s, id);
    }

    static Event event(String id, String paragraph, String trigger, String cameo, String plover, int quad,
                       double goldstein, List<Participant> source, List<Participant> target, String time,
                       Event.Place place, Modality modality) {
        Span evidence = span(paragraph, paragraph);
        Span t = span(trigger, paragraph);
        return new Event(id, 0, evidence, new Event.Trigger(trigger, t), cameo,
                plover == null ? null : new Event.Plover(plover, null, List.of("diplomatic")), quad, goldstein,
                source, target, time == null ? null : new Event.EventTime(time, "t1"), place, modality, null, 0.8,
                Map.of("en", "summary"));
    }

    /** An article with four events: a compound signing in Astana, a negated one, an IGO's, and a statement PLOVER drops. */
    static Document document() {
        ExportDocs d = new ExportDocs();
        Participant rus = d.participant("Russia", LEAD, "RUS", null, "RUS", "Russia");
        Participant pak = d.participant("Pakistan", LEAD, "PAK", null, "PAK", "Pakistan");
        Participant ind = d.participant("India", LEAD, "IND", null, "IND", "India");
        Span astana = span("Astana", LEAD);
        d.mentions.add(new Mention("m4", EntityType.LOC, astana, "Astana", new Actor("KAZ", "GOV"), "astana",
                Map.of("en", "Astana"), 1.0, Mention.LISTED));
        Participant sco = d.participant("SCO", LATER, "SCO", "IGO", "sco", "Shanghai Cooperation Organisation");
        Participant pak2 = d.participant("Pakistan", LATER, "PAK", null, "PAK", "Pakistan");
        Participant un = d.participant("UN", LATER, "UN", "IGO", "un", "United Nations");
        Participant rus2 = d.participant("Russia", LATER, "RUS", "GOV", "RUS", "Russia");
        // the two neighbours: a reference the article resolves, with no mention of its own
        Span two = span("the two\tneighbours", LATER);
        List<Participant> neighbours = List.of(new Participant(Actor.of("PAK"), "the two\tneighbours", two, null),
                new Participant(Actor.of("IND"), "the two\tneighbours", two, null));
        List<Event> events = List.of(
                event("e1", LEAD, "signed", "057", "AGREE", 1, 8.0, List.of(rus, pak), List.of(ind), "2017-06-09",
                        new Event.Place("Astana", astana, "KAZ", 51.18, 71.45), Modality.ASSERTED),
                event("e2", LATER, "condemn", "111", "ACCUSE", 3, -2.0, List.of(sco), List.of(pak2), null, null,
                        Modality.NEGATED),
                event("e3", LATER, "welcomed", "051", "SUPPORT", 1, 3.4, List.of(un), neighbours, "PAST_REF", null,
                        Modality.ASSERTED),
                event("e4", LATER, "said", "010", null, 1, 0.0, List.of(rus2), List.of(), null, null,
                        Modality.ASSERTED));
        Article a = new Article("a1", "https://example.org/astana", TITLE, "en", LocalDate.of(2020, 6, 3), TEXT,
                List.of(new Section(Section.Kind.TITLE, span(TITLE, TITLE)),
                        new Section(Section.Kind.BODY, span(LEAD, LEAD)),
                        new Section(Section.Kind.BODY, span(LATER, LATER))),
                "test");
        return new Document(a, List.of(), d.mentions, List.of(), events);
    }
}
