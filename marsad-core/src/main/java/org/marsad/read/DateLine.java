package org.marsad.read;

/**
 * Recognises a date line ("٠٣ يونيو ٢٠٢٠", "3 июня 2020 г.", "June 3, 2020 14:35", "03.06.2020")
 * without knowing its language: a short line holding a year (1900-2099) and a day-sized number
 * in any digit script, few words and no sentence punctuation.
 */
final class DateLine {
    private static final int MAX_CHARS = 64;
    private static final int MAX_TOKENS = 8;
    private static final int MAX_WORDS = 4;
    /** A full stop after a word this short is an abbreviation ("г."), not a sentence end. */
    private static final int MAX_ABBREVIATION = 2;
    private static final String SENTENCE_MARKS = "!?\u061F;\u061B\u2026\"\u00AB\u00BB\u201C\u201D\u201E";

    private DateLine() {
    }

    static boolean isDateLine(String text, int from, int to) {
        if (to - from > MAX_CHARS) {
            return false;
        }
        boolean year = false;
        boolean day = false;
        int tokens = 0;
        int words = 0;
        boolean inToken = false;
        boolean tokenHasLetter = false;
        int digitRun = 0;
        int runValue = 0;
        int letterRun = 0;
        int previous = ' ';
        for (int i = from; i <= to; ) {
            int cp = i < to ? text.codePointAt(i) : ' ';
            i += i < to ? Character.charCount(cp) : 1;
            if (Character.getType(cp) == Character.FORMAT) {
                continue;
            }
            boolean digit = Character.isDigit(cp);
            if (!digit && digitRun > 0) {
                year |= digitRun == 4 && runValue >= 1900 && runValue <= 2099;
                day |= digitRun <= 2 && runValue >= 1 && runValue <= 31;
                digitRun = 0;
                runValue = 0;
            }
            if (digit) {
                digitRun++;
                runValue = digitRun <= 4 ? runValue * 10 + Character.digit(cp, 10) : Integer.MAX_VALUE;
            }
            if (SENTENCE_MARKS.indexOf(cp) >= 0) {
                return false;
            }
            if (cp == '.' && !fullStopAllowed(text, i, to, previous, letterRun)) {
                return false;
            }
            boolean space = Character.isWhitespace(cp) || Character.isSpaceChar(cp);
            if (space) {
                if (inToken) {
                    tokens++;
                    words += tokenHasLetter ? 1 : 0;
                }
                inToken = false;
                tokenHasLetter = false;
            } else {
                inToken = true;
                tokenHasLetter |= Character.isLetter(cp);
            }
            letterRun = Character.isLetter(cp) ? letterRun + 1 : 0;
            previous = cp;
        }
        return year && day && tokens <= MAX_TOKENS && words <= MAX_WORDS;
    }

    /** Between digits (03.06.2020) or closing a short abbreviation at a token's end ("г."). */
    private static boolean fullStopAllowed(String text, int next, int to, int previous, int letterRun) {
        int following = next < to ? text.codePointAt(next) : ' ';
        if (Character.isDigit(previous) && Character.isDigit(following)) {
            return true;
        }
        boolean atTokenEnd = Character.isWhitespace(following) || Character.isSpaceChar(following) || following == ',';
        return atTokenEnd && letterRun > 0 && letterRun <= MAX_ABBREVIATION;
    }
}
