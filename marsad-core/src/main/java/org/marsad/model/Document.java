package org.marsad.model;

import java.util.List;

/** Everything the pipeline found in one article. */
public record Document(Article article, List<Sentence> sentences, List<Mention> mentions,
                       List<TimeExpression> times, List<Event> events) {
    public Document {
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        times = List.copyOf(times);
        events = List.copyOf(events);
    }
}
