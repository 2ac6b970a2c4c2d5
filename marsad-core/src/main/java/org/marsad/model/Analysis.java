package org.marsad.model;

/**
 * One reading of a token for matching: the form left when clitics or inflection are taken
 * away ({@code lemma}), what was taken ({@code prefix}, {@code suffix}) and grammatical
 * {@code tags} where the language pack knows them (empty otherwise).
 */
public record Analysis(String lemma, String prefix, String suffix, String tags) {
    /** Tags of a reading that only a verb can have (a future prefix taken off): never a name. */
    public static final String VERB_ONLY = "verb-only";

    public boolean verbOnly() {
        return VERB_ONLY.equals(tags);
    }

    /** True when one of this reading's tags (they are joined by |) matches {@code tag}. */
    public boolean hasTag(java.util.regex.Pattern tag) {
        for (String t : tags.split("\\|")) {
            if (!t.isEmpty() && tag.matcher(t).matches()) {
                return true;
            }
        }
        return false;
    }

    public static Analysis whole(String form) {
        return new Analysis(form, "", "", "");
    }
}
