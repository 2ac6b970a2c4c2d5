package org.marsad.store;

import java.util.List;

/** The best hits of a search, and how many articles matched in all. */
public record SearchPage(long total, List<SearchHit> hits) {
}
