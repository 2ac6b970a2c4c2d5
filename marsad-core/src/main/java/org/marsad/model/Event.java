package org.marsad.model;

import java.util.List;
import java.util.Map;

/**
 * Who did what to whom, when and where, with the sentence that says it.
 *
 * @param sentence    ordinal of the evidence sentence
 * @param evidence    span of the evidence sentence
 * @param cameo       CAMEO code with leading zeros, or null
 * @param attribution who is reported as saying it, or null when the article says it itself
 * @param summary     one-line renderings by language code
 */
public record Event(String id, int sentence, Span evidence, Trigger trigger, String cameo, Plover plover,
                    int quad, double goldstein, List<Participant> source, List<Participant> target,
                    EventTime time, Place place, Modality modality, Participant attribution,
                    double confidence, Map<String, String> summary) {

    public Event {
        source = List.copyOf(source);
        target = List.copyOf(target);
        summary = Map.copyOf(summary);
    }

    public record Trigger(String text, Span span) {
    }

    /** PLOVER event type, mode and contexts. */
    public record Plover(String type, String mode, List<String> context) {
        public Plover {
            context = List.copyOf(context);
        }
    }

    /** The event's time: its TIMEX3 value and the id of the time expression it came from. */
    public record EventTime(String value, String time) {
    }

    public record Place(String text, Span span, String country, Double lat, Double lon) {
    }

    /** This event with a time and place where it has none. */
    public Event filledWith(EventTime otherTime, Place otherPlace) {
        return new Event(id, sentence, evidence, trigger, cameo, plover, quad, goldstein, source, target,
                time != null ? time : otherTime, place != null ? place : otherPlace, modality, attribution,
                confidence, summary);
    }

    public Event withId(String newId) {
        return new Event(newId, sentence, evidence, trigger, cameo, plover, quad, goldstein, source, target,
                time, place, modality, attribution, confidence, summary);
    }
}
