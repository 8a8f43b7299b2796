package dev.gazette.ui;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InputLineTest {

    static InputLine typed(String s) {
        InputLine in = InputLine.EMPTY;
        for (char c : s.toCharArray()) in = in.insert(c);
        return in;
    }

    @Test
    void insertsAtTheCursor() {
        InputLine in = typed("ac").left().insert('b');
        assertEquals("abc", in.text());
        assertEquals(2, in.cursor());
    }

    @Test
    void emojiAndCombiningMarksMoveAndDeleteAsOne() {
        InputLine in = typed("a👍e\u0301");
        assertEquals(5, in.text().length());
        in = in.left();
        assertEquals(3, in.cursor(), "left skips e + combining acute together");
        in = in.left();
        assertEquals(1, in.cursor(), "left skips both halves of the emoji");
        in = in.delete();
        assertEquals("ae\u0301", in.text());
        in = in.end().backspace();
        assertEquals("a", in.text());
    }

    @Test
    void ctrlWDeletesTheWordBeforeAndCtrlUTheStartOfTheLine() {
        assertEquals("one two ", typed("one two three").deleteWordBefore().text());
        assertEquals("one ", typed("one two   ").deleteWordBefore().text());
        InputLine mid = typed("one two three").left().left();
        assertEquals("ee", mid.deleteToStart().text());
        assertEquals(0, mid.deleteToStart().cursor());
        assertEquals("", InputLine.EMPTY.deleteWordBefore().text());
        assertEquals("", InputLine.EMPTY.backspace().text());
    }

    @Test
    void blankIsOnlyWhitespace() {
        assertTrue(typed("  \t").isBlank());
        assertTrue(!typed(" x ").isBlank());
    }

    @Test
    void windowScrollsOnlyAsFarAsTheCursorNeeds() {
        InputLine in = typed("0123456789");
        InputLine.Window w = in.window(5, 0);
        assertEquals(6, w.offset());
        assertEquals("6789", w.visible());
        assertEquals(4, w.cursorColumn());
        InputLine home = in.home();
        InputLine.Window h = home.window(5, w.offset());
        assertEquals(0, h.offset());
        assertEquals("01234", h.visible());
        assertEquals(0, h.cursorColumn());
    }

    @Test
    void windowCountsWideCharactersAsTwoColumns() {
        InputLine.Window w = typed("日本語テキスト").window(6, 0);
        assertEquals(5, w.offset());
        assertEquals("スト", w.visible());
        assertEquals(4, w.cursorColumn());
    }
}
