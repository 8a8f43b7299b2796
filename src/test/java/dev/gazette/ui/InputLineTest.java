package dev.gazette.ui;

import dev.gazette.text.TextWidth;
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
    void aWindowMarksTheEdgesWhereTextIsOutOfSightButNeverTheCursorsCell() {
        InputLine in = typed("0123456789");
        assertEquals("‹789", in.window(5, 0).marked(10, 5), "the start is hidden; the cursor waits after the 9");
        InputLine home = in.home();
        assertEquals("0123›", home.window(5, 0).marked(10, 5), "the end is hidden; the cursor is on the 0");
        InputLine middle = home.right().right().right().right().right();
        InputLine.Window w = middle.window(5, 3);
        assertEquals("34567", w.visible());
        assertEquals("‹456›", w.marked(10, 5), "both ends hidden, the cursor on the 5");
        assertEquals("01234", typed("01234").home().window(5, 0).marked(5, 5), "all of it shows: no marks");
        assertEquals("‹ すよね", typed("日本語ですよね").window(9, 0).marked(7, 9), "a wide first character gives both its cells");
        InputLine fourth = home.right().right().right().right();
        InputLine.Window edge = fourth.window(5, 0);
        assertEquals(3, edge.cursorColumn(), "the cursor stays off the last cell while text follows it");
        assertEquals("‹234›", edge.marked(10, 5));
        InputLine back = in.left().left().left().left().left().left();   // the cursor on the 4, from the end
        InputLine.Window left = back.window(5, 6);
        assertEquals(1, left.cursorColumn(), "and off the first cell while text is hidden before it");
        assertEquals("‹456›", left.marked(10, 5));
    }

    @Test
    void aWindowMadeWiderShowsTheStartOfTheLineAgain() {
        // Typed at 10 columns, then the terminal is made wider: all of it fits again.
        InputLine in = typed("tiny test");
        InputLine.Window narrow = in.window(4, 0);
        assertEquals("est", narrow.visible());
        InputLine.Window wide = in.window(70, narrow.offset());
        assertEquals(0, wide.offset());
        assertEquals("tiny test", wide.visible());
        assertEquals(9, wide.cursorColumn());
        InputLine middle = typed("0123456789").left().left().left();
        assertEquals("3456789", middle.window(8, 6).visible(), "as far left as fits with the cursor shown");
    }

    @Test
    void theWindowIsTheOneTheClusterByClusterScrollingGives() {
        // The rule, written the slow way (a measure per cluster moved); window() must agree.
        String[] pieces = {"a", "b", " ", "日", "語", "e\u0301", "👍🏽", "🇫🇷", "x", "\u0915\u094D\u0937"};
        java.util.Random random = new java.util.Random(20261201);
        for (int round = 0; round < 3000; round++) {
            StringBuilder text = new StringBuilder();
            int n = random.nextInt(30);
            for (int i = 0; i < n; i++) text.append(pieces[random.nextInt(pieces.length)]);
            InputLine in = new InputLine(text.toString(), 0);
            int moves = random.nextInt(n + 1);
            in = in.end();
            for (int i = 0; i < moves; i++) in = in.left();
            int width = 1 + random.nextInt(12);
            int offset = random.nextInt(text.length() + 1);
            InputLine.Window expected = slowWindow(in, width, offset);
            assertEquals(expected, in.window(width, offset), "\"" + in.text() + "\" cursor " + in.cursor()
                    + " width " + width + " offset " + offset);
        }
    }

    private static InputLine.Window slowWindow(InputLine in, int width, int offset) {
        String text = in.text();
        int cursor = in.cursor();
        int w = Math.max(1, width);
        int start = Math.max(0, Math.min(offset, cursor));
        if (!dev.gazette.text.Graphemes.isBoundary(text, start)) start = dev.gazette.text.Graphemes.previous(text, start);
        int lastCursorColumn = w - 1 - (cursor < text.length() && w >= 3 ? 1 : 0);   // a cell for "›"
        while (TextWidth.columns(text.substring(start, cursor)) > lastCursorColumn && start < cursor) {
            start = dev.gazette.text.Graphemes.next(text, start);
        }
        if (start > 0 && start == cursor && w >= 3) start = dev.gazette.text.Graphemes.previous(text, start);   // one for "‹"
        while (start > 0 && TextWidth.columns(text.substring(dev.gazette.text.Graphemes.previous(text, start))) <= w - 1) {
            start = dev.gazette.text.Graphemes.previous(text, start);
        }
        return new InputLine.Window(start, TextWidth.take(text.substring(start), w),
                TextWidth.columns(text.substring(start, cursor)));
    }

    @Test
    void aPastedHundredKilobyteLineStillShowsItsEnd() {
        InputLine in = new InputLine("word ".repeat(20_000) + "end", 100_003);
        InputLine.Window w = in.window(20, 0);
        assertEquals(" word word word end", w.visible(), "19 columns and the cursor's cell");
        assertEquals(19, w.cursorColumn());
        assertEquals("word word word word ", in.home().window(20, w.offset()).visible());
    }

    @Test
    void windowCountsWideCharactersAsTwoColumns() {
        InputLine.Window w = typed("日本語テキスト").window(6, 0);
        assertEquals(5, w.offset());
        assertEquals("スト", w.visible());
        assertEquals(4, w.cursorColumn());
    }

    @Test
    void backspaceAfterAFlagDeletesTheWholeFlag() {
        InputLine in = typed("X\uD83C\uDDEF\uD83C\uDDF5Y").left();
        assertEquals("XY", in.backspace().text());
        assertEquals(1, in.backspace().cursor());
    }

    @Test
    void aFamilyEmojiMovesAndGoesWhole() {
        String family = "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
        InputLine in = typed("a" + family + "b");
        assertEquals("a" + family, in.backspace().text());
        assertEquals("ab", in.left().backspace().text());
        assertEquals(1, in.left().left().cursor());
        assertEquals("ab", in.home().right().delete().text());
        for (String s : new String[] {"1\uFE0F\u20E3", "\uD83D\uDC4D\uD83C\uDFFD", "\u0915\u093F"}) {
            assertEquals("", typed(s).backspace().text(), s);
        }
    }

    @Test
    void marksAndZwnjStayWithTheirLetter() {
        InputLine in = typed("می\u200Cخ");
        in = in.left();
        assertEquals(3, in.cursor(), "ZWNJ belongs to the letter before it");
        assertEquals("م\u062E", in.backspace().text());
        assertEquals("з", typed("за\u0301").backspace().text());
    }

    @Test
    void ctrlWDeletesAWordOfClusters() {
        assertEquals("नमस्ते ", typed("नमस्ते दुनिया").deleteWordBefore().text());
        assertEquals("a ", typed("a \uD83C\uDDEF\uD83C\uDDF5\uD83C\uDDEF\uD83C\uDDF5").deleteWordBefore().text());
    }

    @Test
    void cursorColumnIsWhereTheTextIsDrawn() {
        InputLine hindi = typed("हिन्दी");
        assertEquals(5, hindi.cursorColumn());
        assertEquals(5, hindi.window(20, 0).cursorColumn());
        assertEquals(1, typed("за\u0301").left().window(20, 0).cursorColumn());
        assertEquals(2, typed("\uD83C\uDDEF\uD83C\uDDF5").window(20, 0).cursorColumn());
        assertEquals(3, typed("a\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67").cursorColumn());
    }

    @Test
    void windowScrollsByClusters() {
        String flags = "\uD83C\uDDEF\uD83C\uDDF5".repeat(5);
        InputLine.Window w = typed(flags).window(5, 0);
        assertEquals(12, w.offset(), "the first shown cluster is a whole flag");
        assertEquals("\uD83C\uDDEF\uD83C\uDDF5\uD83C\uDDEF\uD83C\uDDF5", w.visible());
        assertEquals(4, w.cursorColumn());
        InputLine.Window mid = typed(flags).window(5, 2);           // an offset inside a flag is moved to its start
        assertEquals(0, mid.offset() % 4);
    }
}
