package org.marsad.actors;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Names in every language for a mention: an entity's display names, and for a language it has
 * none in, its name transliterated from the first language that has one (Dili, listed in
 * English and Russian only: ديلي); for a name the dictionary lacks, the name and its
 * transliterations. So a search in one language finds an article that names someone only in
 * another.
 */
public final class NameVariants {
    private final Transliteration transliteration;

    public NameVariants(Transliteration transliteration) {
        this.transliteration = transliteration;
    }

    /** The entity's display names by language, proposals filling the gaps. */
    public Map<String, String> of(Entity e) {
        Map<String, String> names = new LinkedHashMap<>();
        String source = null;
        for (String lang : EntityFiles.LANGS) {
            String name = e.name(lang);
            if (name != null) {
                names.put(lang, name.replace("^", ""));
                if (source == null) {
                    source = lang;
                }
            }
        }
        if (source != null && names.size() < EntityFiles.LANGS.size()) {
            fill(names, names.get(source), source);
        }
        return names;
    }

    /** A name written in a language, and its proposals in the others. */
    public Map<String, String> of(String name, String lang) {
        Map<String, String> names = new LinkedHashMap<>();
        names.put(lang, name);
        fill(names, name, lang);
        return names;
    }

    private void fill(Map<String, String> names, String name, String lang) {
        String latin = transliteration.toLatin(name, lang);
        for (String to : EntityFiles.LANGS) {
            if (!names.containsKey(to)) {
                names.put(to, capitalised(transliteration.fromLatin(latin, to)));
            }
        }
    }

    /** Each word's first letter as a capital, in scripts that have them. */
    private static String capitalised(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean start = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            out.append(start ? Character.toTitleCase(c) : c);
            start = !Character.isLetter(c);
        }
        return out.toString();
    }
}
