package org.marsad.model;

/** An event's source, target or speaker: the actor, and the words and mention that name it. */
public record Participant(Actor actor, String text, Span span, String mention) {
}
