package dev.gazette.ui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.gazette.feed.Feed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The reading views on Lanterna's virtual terminal: what a user sees after each key. */
class AppScreenTest {

    @TempDir
    Path dir;

    VirtualScreen open(Feed feed, int columns, int rows) {
        return VirtualScreen.of(columns, rows, feed, dir);
    }

    static KeyStroke key(char c) {
        return new KeyStroke(c, false, false);
    }

    @Test
    void listShowsHeaderOneRowPerArticleAndTheKeys() {
        VirtualScreen s = open(TestFeeds.threeArticles(), 60, 8);
        assertEquals(" Test News — 3 articles, 3 unread", s.row(0));
        assertTrue(s.row(1).startsWith("● 2025-03-03  Long read "), s.row(1));
        assertTrue(s.row(1).endsWith("  Ana"), s.row(1));
        assertTrue(s.row(2).startsWith("● 2025-03-02  Short note"), s.row(2));
        assertEquals("● 2025-03-01  Third story", s.row(3));
        assertEquals("", s.row(4));
        assertEquals("↑↓ Move  Enter Open  / Filter  ? Help  q Quit", s.row(7));
    }

    @Test
    void selectedRowIsHighlightedAndMovesWithJAndK() {
        VirtualScreen s = open(TestFeeds.threeArticles(), 60, 8);
        assertTrue(s.cell(5, 1).getModifiers().contains(SGR.REVERSE));
        s.press(key('j'), key('j'));
        assertFalse(s.cell(5, 1).getModifiers().contains(SGR.REVERSE));
        assertTrue(s.cell(5, 3).getModifiers().contains(SGR.REVERSE));
        s.press(key('k'));
        assertTrue(s.cell(5, 2).getModifiers().contains(SGR.REVERSE));
    }

    @Test
    void enterOpensTheArticleWithTitleBylineAndBody() {
        VirtualScreen s = open(TestFeeds.threeArticles(), 60, 10);
        s.press(key('j')).press(KeyType.Enter);
        assertEquals(" Test News — 2/3                                        Top", s.row(0));
        assertEquals("Short note", s.row(1));
        assertEquals("By Bo · 2 Mar 2025, 10:00 · https://example.invalid/short", s.row(2));
        assertEquals("", s.row(3));
        assertEquals("Just one line of news.", s.row(4));
        assertEquals("", s.row(5));
        assertEquals("Comments (0)", s.row(6));
        assertEquals("", s.row(7));
        assertEquals("> c to comment", s.row(8));
        assertEquals("Esc Back  t Top  c Comment  ? Help", s.row(9));
    }

    @Test
    void rightAndLOpenTooAndOpeningMarksTheArticleRead() {
        VirtualScreen s = open(TestFeeds.threeArticles(), 60, 8);
        s.press(KeyType.ArrowRight);
        assertEquals("Long read", s.row(1));
        s.press(KeyType.Escape);
        assertEquals(" Test News — 3 articles, 2 unread", s.row(0));
        assertTrue(s.row(1).startsWith("  2025-03-03  Long read"), s.row(1));
        s.press(key('j'), key('l'));
        assertEquals("Short note", s.row(1));
    }

    @Test
    void scrollingKeysMoveThroughTheArticle() {
        VirtualScreen s = open(TestFeeds.threeArticles(), 60, 10);
        s.press(KeyType.Enter);
        assertEquals("Long read", s.row(1));
        s.press(key('j'));
        assertTrue(s.row(1).startsWith("By Ana"), s.row(1));
        s.press(KeyType.ArrowDown, KeyType.ArrowDown);
        assertEquals("Paragraph 1 is short.", s.row(1));
        s.press(KeyType.ArrowUp);
        assertEquals("", s.row(1));
        s.press(key(' '));                      // a page is the body height (7) less one line
        assertEquals("", s.row(1));
        assertEquals("Paragraph 4 is short.", s.row(2));
        s.press(key('b'));
        assertEquals("", s.row(1));
        assertEquals("Paragraph 1 is short.", s.row(2));
        s.press(KeyType.PageDown, KeyType.PageDown);
        assertEquals("Paragraph 7 is short.", s.row(2));
        s.press(KeyType.PageUp);
        assertEquals("Paragraph 4 is short.", s.row(2));
        s.press(key('G'));
        assertEquals("There are no comments to display", s.row(7));
        assertTrue(s.row(0).endsWith("Bot"), s.row(0));
        s.press(key('t'));
        assertEquals("Long read", s.row(1));
        s.press(KeyType.End);
        assertEquals("There are no comments to display", s.row(7));
        s.press(key('g'));
        assertEquals("Long read", s.row(1));
        s.press(KeyType.End, KeyType.Home);
        assertEquals("Long read", s.row(1));
    }

    @Test
    void everyBackKeyReturnsToTheListWithTheSelectionKept() {
        KeyStroke[] backKeys = {new KeyStroke(KeyType.Escape), key('q'), key('h'),
                new KeyStroke(KeyType.ArrowLeft), new KeyStroke(KeyType.Backspace)};
        for (KeyStroke back : backKeys) {
            VirtualScreen s = open(TestFeeds.threeArticles(), 60, 8);
            s.press(key('j'), key('j')).press(KeyType.Enter);
            assertEquals("Third story", s.row(1));
            s.press(back);
            assertEquals("↑↓ Move  Enter Open  / Filter  ? Help  q Quit", s.row(7), "after " + back);
            assertTrue(s.cell(5, 3).getModifiers().contains(SGR.REVERSE), "selection kept after " + back);
            assertTrue(s.state().running());
        }
    }

    @Test
    void aBackKeyOnTheOnlyFeedsListSaysThereIsNothingBehindIt() {
        for (KeyStroke back : new KeyStroke[] {new KeyStroke(KeyType.Escape), key('h'), new KeyStroke(KeyType.ArrowLeft)}) {
            VirtualScreen s = open(TestFeeds.threeArticles(), 60, 8);
            s.press(back);
            assertEquals("One feed, no feeds screen to go back to: q quits", s.row(7), "after " + back);
            assertTrue(s.state().running());
        }
    }

    @Test
    void qOnTheListAndCtrlCAnywhereQuit() {
        VirtualScreen s = open(TestFeeds.threeArticles(), 60, 8);
        s.press(key('q'));
        assertFalse(s.state().running());
        VirtualScreen t = open(TestFeeds.threeArticles(), 60, 8);
        t.press(KeyType.Enter).press(key('c')).ctrl('c');
        assertFalse(t.state().running());
    }

    @Test
    void listScrollsToKeepTheSelectionVisible() {
        VirtualScreen s = open(TestFeeds.many(100), 40, 7);   // five rows of headlines
        s.press(key('G'));
        assertTrue(s.row(5).contains("Headline 99"), s.text());
        assertTrue(s.row(1).contains("Headline 95"), s.text());
        s.press(key('g'));
        assertTrue(s.row(1).contains("Headline 0"), s.text());
        s.press(KeyType.PageDown);
        assertTrue(s.cell(5, 5).getModifiers().contains(SGR.REVERSE));
        assertTrue(s.row(5).contains("Headline 4"), s.text());
    }

    @Test
    void resizeReflowsAndKeepsTheReadingPosition() {
        VirtualScreen s = open(TestFeeds.threeArticles(), 60, 12);
        s.press(KeyType.Enter);
        for (int i = 0; i < 29; i++) s.press(key('j'));
        String top = s.row(1);
        assertTrue(top.startsWith("Paragraph "), top);
        s.resize(30, 12);
        assertEquals(top, s.row(1));
        s.resize(100, 40);
        assertEquals(top, s.row(1));
        s.press(KeyType.Escape).resize(25, 8);
        assertTrue(s.cell(3, 1).getModifiers().contains(SGR.REVERSE), "selection kept through resizes");
    }

    @Test
    void tinyTerminalsRenderWithoutErrors() {
        int[][] sizes = {{20, 6}, {10, 3}, {1, 1}, {5, 2}, {200, 60}};
        for (int[] size : sizes) {
            VirtualScreen s = open(TestFeeds.threeArticles(), size[0], size[1]);
            s.press(key('j'), key('?'), key('x')).press(KeyType.Enter).press(key('G'), key('c'))
                    .type("日本語 comment").press(KeyType.Escape).press(key('?')).press(key('t'));
            assertEquals(size[1], s.rows().size());
        }
        VirtualScreen s = open(TestFeeds.threeArticles(), 20, 6);
        s.press(KeyType.Enter);
        assertEquals("Long read", s.row(1));
        assertEquals("> c to comment", s.row(4));
        assertEquals("Esc Back  ? Help", s.row(5), "whole hints, and ? Help always, since it leads to the rest");
    }

    @Test
    void helpOverlayListsTheViewsKeysAndAnyKeyClosesIt() {
        VirtualScreen s = open(TestFeeds.threeArticles(), 80, 24);
        s.press(key('?'));
        // Longer than 24 rows: paging through it shows every line.
        String screen = s.text() + "\n" + s.press(key(' ')).text();
        for (KeyBinding b : KeyMap.HEADLINES.bindings()) {
            assertTrue(screen.contains(b.description()), "help shows " + b.description());
        }
        s.press(key('x'));    // closes the help, does not move
        assertFalse(s.text().contains("this help"));
        assertTrue(s.cell(5, 1).getModifiers().contains(SGR.REVERSE));
        s.press(KeyType.Enter).press(key('?'));
        // the article's help is longer than 24 rows: paging through it shows every line
        StringBuilder pages = new StringBuilder(s.text());
        for (int i = 0; i < 4; i++) pages.append('\n').append(s.press(key(' ')).text());
        String articleHelp = pages.toString();
        for (KeyBinding b : KeyMap.ARTICLE.bindings()) {
            assertTrue(articleHelp.contains(b.description()), "80x24 shows all of " + b.description());
        }
        for (KeyBinding b : KeyMap.COMMENT_INPUT_HELP) {
            assertTrue(articleHelp.contains(b.description()), "80x24 shows all of " + b.description());
        }
        assertTrue(articleHelp.contains("┌") && articleHelp.contains("┘"), articleHelp);
    }

    @Test
    void titleWithEscapeSequencesShowsAsPlainTextAndLeavesTheScreenIntact() {
        String hostile = "Hi\u001b]2;pwned\u0007 there\u001b[2J\u009b31m end";
        VirtualScreen s = open(TestFeeds.feed(
                TestFeeds.article("x", hostile, "2025-03-03T10:00:00Z", null, "Body\u001b[H text"),
                TestFeeds.article("y", "Second", "2025-03-02T10:00:00Z", null, "b")), 60, 8);
        String row = s.row(1);
        assertFalse(row.chars().anyMatch(c -> c < 0x20 || (c >= 0x7f && c < 0xa0)), row);
        assertTrue(row.contains("Hi"), row);
        assertTrue(row.contains("there"), row);
        assertTrue(row.contains("end"), row);
        assertTrue(s.row(2).startsWith("● 2025-03-02  Second"), s.row(2));
        assertEquals("↑↓ Move  Enter Open  / Filter  ? Help  q Quit", s.row(7));
        s.press(KeyType.Enter);
        assertFalse(s.text().chars().anyMatch(c -> c < 0x20 && c != '\n'));
        assertTrue(s.text().contains("Body"));
    }

    @Test
    void wideCharactersAreNeverCutInHalf() {
        String title = "日本語のニュースの見出しはとても長いです";
        VirtualScreen s = open(TestFeeds.feed(TestFeeds.article("w", title, null, null, "本文")), 25, 6);
        // 25 columns: mark (2) leaves 23; the title is cut to 22 columns plus the ellipsis.
        assertEquals("● 日本語のニュースの見出…", s.row(1));
    }

    @Test
    void onAWideTerminalTheArticleIsACentredColumnOfAtMostAHundredColumns() {
        String longParagraph = "word ".repeat(100).strip();
        VirtualScreen s = open(TestFeeds.feed(TestFeeds.article("w", "Wide", null, null, longParagraph)), 200, 12);
        s.press(KeyType.Enter);
        assertEquals(" ".repeat(50) + "Wide", s.row(1));
        String first = s.row(4);
        assertEquals(" ".repeat(50), first.substring(0, 50));
        assertTrue(first.strip().length() <= 100 && first.strip().length() > 90, first);
        assertTrue(first.length() <= 150, "nothing beyond column 150: " + first);
    }

    @Test
    void anUntitledPostShowsItsOpeningWordsInTheListAndStartsWithItsBylineWhenOpened() {
        VirtualScreen s = open(TestFeeds.feed(TestFeeds.article("m", null, "2025-03-03T10:00:00Z", null,
                "Just had the best coffee in town. More later.")), 60, 8);
        assertEquals("● 2025-03-03  Just had the best coffee in town. More later.", s.row(1));
        s.press(KeyType.Enter);
        assertEquals("3 Mar 2025, 10:00 · https://example.invalid/m", s.row(1));
        assertEquals("", s.row(2));
        assertEquals("Just had the best coffee in town. More later.", s.row(3));
    }
}
