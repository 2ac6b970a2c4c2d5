package org.marsad.store;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** One article a search found: its {@code article} object and a snippet of its text. */
public record SearchHit(ObjectNode article, Snippet snippet) {
}
