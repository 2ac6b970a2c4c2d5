package org.marsad.store;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Events as {@code extract} writes them, each with its {@code article}, and how many matched in all. */
public record EventPage(long total, List<ObjectNode> events) {
}
