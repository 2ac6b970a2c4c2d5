package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class SnippetTest {
    private static final String PAGE = "Ar Ru\n\nUN chief tours Pakistan's flood zones\n\nGuterres visited Pakistan.";
    private static final int BODY = PAGE.indexOf("UN chief");

    @Test
    void aMatchNearTheTopLeavesThePageChromeOut() {
        int at = PAGE.indexOf("Pakistan");
        Snippet s = Snippet.around(PAGE, List.<int[]>of(new int[] {at, at + 8}), BODY);
        assertEquals("UN chief tours Pakistan's flood zones  Guterres visited Pakistan.", s.text());
        assertEquals(List.of(new Snippet.Mark(15, 23)), s.marks());
    }

    @Test
    void withNoMatchTheSnippetOpensOnTheBody() {
        assertEquals("UN chief tours Pakistan's flood zones  Guterres visited Pakistan.",
                Snippet.around(PAGE, List.of(), BODY).text());
    }

    @Test
    void aMatchInTheChromeItselfIsStillShown() {
        Snippet s = Snippet.around(PAGE, List.<int[]>of(new int[] {3, 5}), BODY);
        assertEquals(PAGE.replace('\n', ' '), s.text());
        assertEquals(List.of(new Snippet.Mark(3, 5)), s.marks());
    }

    @Test
    void aTextWithNoChromeStartsWhereItStarts() {
        String text = "Pakistan and Russia signed a defence agreement.";
        assertEquals(text, Snippet.around(text, List.<int[]>of(new int[] {0, 8}), 0).text());
    }
}
