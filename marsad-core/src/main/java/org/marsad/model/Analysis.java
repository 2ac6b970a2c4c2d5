package org.marsad.model;

/**
 * One reading of a token for matching: the form left when clitics or inflection are taken
 * away ({@code lemma}), what was taken ({@code prefix}, {@code suffix}) and grammatical
 * {@code tags} where the language pack knows them (empty otherwise).
 */
public record Analysis(String lemma, String prefix, String suffix, String tags) {
    public static Analysis whole(String form) {
        return new Analysis(form, "", "", "");
    }
}
