package dev.gazette.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.gazette.text.TextWidth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Small screens: the help scrolls and breaks its rows instead of cutting them; long messages keep their end. */
class SmallScreenTest {

    @TempDir
    Path dir;

    static KeyStroke key(char c) {
        return new KeyStroke(c, false, false);
    }

    /** The help as shown at a size, every line joined, so a description broken over lines still reads whole. */
    static String helpText(List<String> raw, int columns, int rows) {
        return String.join(" ", HelpScreen.Box.of(raw, new TerminalSize(columns, rows)).lines())
                .replaceAll("\\s+", " ");
    }

    @Test
    void theHelpAtSmallSizesBreaksLongRowsAndLosesNoDescription() {
        List<String> raw = HelpScreen.forArticle().lines();
        for (int[] size : new int[][] {{20, 6}, {40, 12}}) {
            HelpScreen.Box box = HelpScreen.Box.of(raw, new TerminalSize(size[0], size[1]));
            for (String line : box.lines()) {
                assertTrue(TextWidth.columns(line) <= box.width() - 2 * box.pad(), size[0] + ": " + line);
            }
            String all = helpText(raw, size[0], size[1]);
            for (KeyBinding b : KeyMap.ARTICLE.bindings()) {
                assertTrue(all.contains(b.description()), size[0] + "x" + size[1] + " has " + b.description());
            }
        }
    }

    @Test
    void at20x6TheHelpIsFramedScrollsToItsEndAndEveryRowFits() {
        VirtualScreen s = VirtualScreen.of(20, 6, TestFeeds.threeArticles(), dir);
        s.press(KeyType.Enter).press(key('?'));
        assertTrue(s.row(0).startsWith("┌") && s.row(0).endsWith("┐"), s.text());
        assertTrue(s.row(5).contains("↓ more"), s.text());
        String first = s.row(1);
        s.press(key('j'));
        assertFalse(first.equals(s.row(1)), "j scrolls the help, it does not close it");
        assertTrue(s.row(5).contains("↑↓ more"), "lines above and below: " + s.text());
        HelpScreen.Box box = HelpScreen.Box.of(s.state().help().lines(), new TerminalSize(20, 6));
        for (int i = 0; i < box.lines().size(); i++) s.press(key('j'));
        assertTrue(s.row(5).contains("↑ more") && !s.row(5).contains("↓"), s.text());
        String last = box.lines().get(box.lines().size() - 1).strip();
        assertTrue(s.row(4).contains(last), "the last line shows at the end:\n" + s.text());
        for (String row : s.rows()) assertTrue(TextWidth.columns(row) <= 20, row);
        s.press(key('x'));
        assertEquals(null, s.state().help(), "any other key closes it");
    }

    @Test
    void at20x6MarkAllAsksWithTheCountInSight() {
        VirtualScreen s = VirtualScreen.of(20, 6, TestFeeds.threeArticles(), dir);
        assertTrue(s.text().contains("●"), s.text());
        s.press(new KeyStroke('A', false, false));
        assertEquals("Mark 3 read? y/n", s.row(5).stripTrailing(), "not '…articles read? y/n'");
        s.press(new KeyStroke('y', false, false));
        assertFalse(s.text().contains("●"), "every unread mark gone: " + s.text());
    }

    @Test
    void at40x12TheHeadlinesHelpScrollsWithPageDown() {
        VirtualScreen s = VirtualScreen.of(40, 12, TestFeeds.threeArticles(), dir);
        s.press(key('?'));
        assertTrue(s.text().contains("previous headline"), s.text());
        s.press(key(' '));
        assertFalse(s.text().contains("previous headline"), "a page down: " + s.text());
        s.press(key(' '), key(' '), key(' '), key(' '));
        assertTrue(s.text().contains("quit at once"), "the end of the help: " + s.text());
        for (String row : s.rows()) assertTrue(TextWidth.columns(row) <= 40, row);
    }

    @Test
    void theWheelScrollsAHelpTooLongForTheScreenAndAClickClosesIt() {
        VirtualScreen s = VirtualScreen.of(40, 12, TestFeeds.threeArticles(), dir);
        s.press(key('?'));
        String top = s.text();
        s.press(new com.googlecode.lanterna.input.MouseAction(com.googlecode.lanterna.input.MouseActionType.SCROLL_DOWN, 5,
                new com.googlecode.lanterna.TerminalPosition(20, 6)));
        assertTrue(s.state().help() != null, "still open: " + s.text());
        assertFalse(s.text().equals(top), "scrolled");
        s.press(new com.googlecode.lanterna.input.MouseAction(com.googlecode.lanterna.input.MouseActionType.SCROLL_UP, 4,
                new com.googlecode.lanterna.TerminalPosition(20, 6)));
        assertEquals(top, s.text(), "back at the top");
        s.press(new com.googlecode.lanterna.input.MouseAction(com.googlecode.lanterna.input.MouseActionType.CLICK_DOWN, 1,
                new com.googlecode.lanterna.TerminalPosition(20, 6)));
        assertEquals(null, s.state().help(), "a click closes it, as a key does");
    }

    @Test
    void aLongMessageKeepsItsStartAndItsEnd() {
        String message = "Read marks not saved to /home/ana/very/long/folder/of/feeds/world-news.state.json:"
                + " Permission denied";
        String fitted = Bars.keepEnd(message, 60);
        assertTrue(TextWidth.columns(fitted) <= 60, fitted);
        assertTrue(fitted.startsWith("Read marks not…"), fitted);
        assertTrue(fitted.endsWith("/world-news.state.json: Permission denied"), fitted);
        String narrow = Bars.keepEnd(message, 24);
        assertTrue(narrow.startsWith("…") && narrow.endsWith("Permission denied"), narrow);
        assertTrue(TextWidth.columns(narrow) <= 24, narrow);
        assertEquals("short", Bars.keepEnd("short", 24));
        String cjk = Bars.keepEnd("保存できません：/ホーム/アナ/とても/長い/フォルダ/記事.json: 権限がありません", 30);
        assertTrue(TextWidth.columns(cjk) <= 30 && cjk.endsWith("権限がありません"), cjk);
    }

    @Test
    void aStatusTooLongForTheStatusRowTakesTheListsLastRowUntilTheNextKey() {
        VirtualScreen s = VirtualScreen.of(40, 8, TestFeeds.threeArticles(), dir);
        String lastListRow = s.row(6);
        s.post(new Event.Status("Read marks not saved to /home/ana/feeds/world-news.state.json: Permission denied"));
        assertEquals("Read marks not saved to /home/ana/feeds/", s.row(6).stripTrailing());
        assertEquals("world-news.state.json: Permission denied", s.row(7), "the whole message, on two rows");
        s.press(KeyType.ArrowDown).press(KeyType.ArrowUp);
        assertEquals(lastListRow, s.row(6));
        VirtualScreen tiny = VirtualScreen.of(40, 4, TestFeeds.threeArticles(), dir.resolve("tiny"));
        String row2 = tiny.row(2);
        tiny.post(new Event.Status("Read marks not saved to /home/ana/feeds/world-news.state.json: Permission denied"));
        assertEquals(row2, tiny.row(2), "two list rows are not given up for it");
        assertTrue(tiny.row(3).startsWith("Read marks") && tiny.row(3).endsWith("Permission denied"), tiny.row(3));
    }

    @Test
    void aLongUrlInTheArticleStatusTakesTheIdleInputRowToo() {
        VirtualScreen s = VirtualScreen.of(40, 10, TestFeeds.threeArticles(), dir);
        s.press(KeyType.Enter);
        String url = "https://example.invalid/2025/03/03/a-long-read-about-many-things";
        s.post(new Event.Status(url));
        assertEquals(url, s.row(8) + s.row(9));
        s.press(key('j'));
        assertEquals("> c to comment", s.row(8), "the message goes at the next key");
    }

    @Test
    void keyHintsKeepWholeHintsAndHelpAlways() {
        String keys = "↑↓ Move  Enter Open  / Filter  ? Help  q Quit";
        assertEquals(keys, Bars.fitKeys(keys, 80));
        assertEquals("↑↓ Move  Enter Open  ? Help", Bars.fitKeys(keys, 30));
        assertEquals("↑↓ Move  ? Help", Bars.fitKeys(keys, 20));
        assertEquals("? Help", Bars.fitKeys(keys, 10));
        assertEquals("? H…", Bars.fitKeys(keys, 4));
        String input = ArticleScreen.INPUT_KEYS;
        assertEquals("Enter Save", Bars.fitKeys(input, 20), "whole hints, not 'Enter Save  Esc Lea…'");
        assertEquals("Ent…", Bars.fitKeys(input, 4));
    }
}
