package org.marsad.text;

/**
 * Tells Arabic, Russian and English apart by script: the script with most letters wins
 * (Arabic → ar, Cyrillic → ru, Latin → en). Text without letters is reported as "und".
 */
public final class LanguageDetector {
    private LanguageDetector() {
    }

    public static String detect(CharSequence text) {
        int arabic = 0;
        int cyrillic = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            switch (Character.UnicodeScript.of(c)) {
                case ARABIC -> arabic++;
                case CYRILLIC -> cyrillic++;
                case LATIN -> latin++;
                default -> {
                    // other scripts don't vote
                }
            }
        }
        if (arabic == 0 && cyrillic == 0 && latin == 0) {
            return "und";
        }
        if (arabic >= cyrillic && arabic >= latin) {
            return "ar";
        }
        return cyrillic >= latin ? "ru" : "en";
    }
}
