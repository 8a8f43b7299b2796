package dev.gazette.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.gazette.Fixtures;
import dev.gazette.comments.CommentJournal;
import dev.gazette.feed.Feed;
import dev.gazette.feed.FeedLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Issue 9's check: feeds/hostile.json puts ESC sequences, BEL, a C1 control (CSI) and U+202E
 * into every displayed field (feed title, item title, author, url, tags, attachment title,
 * body), and the journal holds a dateless hand-written line, a line whose date is past any
 * calendar and a line with escapes in its author and text. The reader starts, shows the
 * article and its three comments, survives o, and quits cleanly; no screen cell ever holds
 * a control character or a bidi override.
 */
class HostileEverythingScreenTest {
    /** ESC[2J, BEL, CSI (C1) and RLO, as JSON escapes. */
    static final String JUNK = "\\u001b[2J\\u0007\\u009b31m\\u202e";

    @TempDir
    Path dir;

    VirtualScreen open(int columns, int rows) throws Exception {
        Feed feed = FeedLoader.load(Fixtures.feed("hostile.json"));
        Path journal = dir.resolve("hostile.comments.jsonl");
        Files.writeString(journal, String.join("\n",
                "{\"article\":\"1\",\"text\":\"hand-written\"}",
                "{\"id\":\"far\",\"article\":\"1\",\"author\":\"Bo\",\"date\":\"+1000000000-01-01T00:00:00Z\","
                        + "\"text\":\"a date past any calendar\"}",
                "{\"id\":\"esc\",\"article\":\"1\",\"author\":\"Mal" + JUNK + "lory\",\"date\":\"2025-03-02T12:00:00Z\","
                        + "\"text\":\"escape " + JUNK + "in the text\"}") + "\n", StandardCharsets.UTF_8);
        return VirtualScreen.of(columns, rows, feed, new CommentJournal(journal), null, "tester");
    }

    static KeyStroke key(char c) {
        return new KeyStroke(c, false, false);
    }

    /** Every cell of the screen, as Lanterna holds it: no C0, DEL, C1 or bidi override anywhere. */
    static void assertCleanCells(VirtualScreen s, String when) {
        TerminalSize size = s.screen.getTerminalSize();
        for (int y = 0; y < size.getRows(); y++) {
            for (int x = 0; x < size.getColumns(); x++) {
                String cell = s.cell(x, y).getCharacterString();
                for (int i = 0; i < cell.length(); i++) {
                    char c = cell.charAt(i);
                    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u202e') {
                        fail(when + ": U+" + Integer.toHexString(c) + " at " + x + "," + y + " in\n" + s.text());
                    }
                }
            }
        }
    }

    @Test
    void theReaderStartsShowsTheArticleAndItsCommentsSurvivesOAndQuits() throws Exception {
        VirtualScreen s = open(80, 24);
        assertCleanCells(s, "the list");
        assertEquals(" Hostile Feed! — 2 articles, 2 unread, 2 repaired", s.row(0));
        assertEquals("2 items repaired (gazette --check says why)", s.row(23));
        assertTrue(s.row(1).startsWith("● 2025-03-02  Title one! (3)  "), "title and its three comments: " + s.row(1));
        assertTrue(s.row(1).endsWith("  Mallory!"), s.row(1));
        assertTrue(s.row(2).startsWith("● 2025-03-01  Title two!  "), s.row(2));
        assertTrue(s.row(2).endsWith("  Eve!"), s.row(2));

        s.press(KeyType.Enter);
        assertCleanCells(s, "the article");
        List<String> rows = s.rows();
        assertEquals("Title one!", rows.get(1));
        assertEquals("By Mallory! · 2 Mar 2025, 10:00 · https://hostile.example/one!", rows.get(2));
        assertTrue(s.text().contains("Body paragraph!"), s.text());
        assertTrue(s.text().contains("link text![1]"), s.text());
        // an href in content_html: its escape sequence goes whole, as in every other field
        assertTrue(s.text().contains("[1] https://hostile.example/link!\n"), s.text());
        assertTrue(s.text().contains("[2] https://hostile.example/episode.mp3! (Episode title!, audio/mpeg!, 1.2 MB)"),
                "the attachment's title in the links: " + s.text());

        s.press(key('G'));
        assertCleanCells(s, "the comments");
        String text = s.text();
        assertTrue(text.contains("Comments (3)"), text);
        assertTrue(text.contains("anonymous\n  hand-written"), "the dateless line: " + text);
        assertTrue(text.contains("Bo\n  a date past any calendar"), "the date past any calendar: " + text);
        // Whole escape sequences go, not just their first byte (no "[2J" left behind).
        assertTrue(text.contains("Mallory · 2025-03-02 12:00\n  escape in the text"), text);

        s.press(key('o'));
        assertCleanCells(s, "after o");
        assertTrue(s.state().running());
        assertEquals(List.of("https://hostile.example/one!"), s.opened);
        assertEquals("Opening https://hostile.example/one!", s.row(23));

        s.press(KeyType.Escape).press(key('j')).press(KeyType.Enter).press(key('o'));
        assertCleanCells(s, "the second article");
        assertEquals("https://hostile.example/two!", s.opened.get(1));

        s.press(KeyType.Escape).press(key('q'));
        assertFalse(s.state().running());
        assertNull(s.state().exit(), "quitting is exit 0");
    }

    @Test
    void aSmallScreenHoldsNoControlEither() throws Exception {
        VirtualScreen s = open(20, 6);
        assertCleanCells(s, "the list at 20x6");
        s.press(KeyType.Enter);
        assertCleanCells(s, "the article at 20x6");
        for (int i = 0; i < 60; i++) {
            s.press(key('j'));
            assertCleanCells(s, "line " + i + " at 20x6");
        }
        s.press(key('?'));
        assertCleanCells(s, "help at 20x6");
        s.press(KeyType.Escape).press(key('c')).type("x\u001b").press(KeyType.Enter);
        assertCleanCells(s, "after a comment");
        s.resize(80, 24).resize(20, 6);
        assertCleanCells(s, "after resizing");
        assertTrue(s.state().running());
    }
}
