package dev.gazette.ui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.gazette.comments.CommentJournal;
import dev.gazette.feed.Feed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The comments section and the comment input line, as a user sees and types them. */
class CommentScreenTest {

    @TempDir
    Path dir;

    Path journalFile;

    VirtualScreen open(Feed feed, Path journal, int columns, int rows) {
        journalFile = journal;
        CommentJournal j = new CommentJournal(journal);
        return VirtualScreen.of(columns, rows, feed, j, null, "ana");
    }

    VirtualScreen openShort(int columns, int rows) {
        VirtualScreen s = open(TestFeeds.threeArticles(), dir.resolve("feed.comments.jsonl"), columns, rows);
        return s.press(new KeyStroke('j', false, false)).press(KeyType.Enter);
    }

    static int rowOf(VirtualScreen s, String text) {
        List<String> rows = s.rows();
        for (int i = 0; i < rows.size(); i++) if (rows.get(i).equals(text)) return i;
        return -1;
    }

    @Test
    void articleWithoutCommentsSaysSoAndShowsTheHint() {
        VirtualScreen s = openShort(60, 12);
        assertEquals(6, rowOf(s, "Comments (0)"));
        assertEquals(8, rowOf(s, "There are no comments to display"));
        assertEquals("> c to comment", s.row(10));
        assertNull(s.cursor(), "no cursor until the input has focus");
    }

    @Test
    void cOrTabFocusesTheInputAndTypingShowsThere() {
        VirtualScreen s = openShort(60, 12);
        s.press(new KeyStroke('c', false, false));
        assertEquals(">", s.row(10));
        assertEquals(new TerminalPosition(2, 10), s.cursor());
        assertEquals("Enter Save  Esc Leave (draft kept)  ←→ ^A ^E ^W ^U Edit", s.row(11));
        s.type("jkq t");   // letters that are keys elsewhere are text here
        assertEquals("> jkq t", s.row(10));
        assertEquals(new TerminalPosition(7, 10), s.cursor());

        VirtualScreen t = openShort(60, 12);
        t.press(KeyType.Tab).type("x");
        assertEquals("> x", t.row(10));
    }

    @Test
    void editingKeysWorkLikeAShellLine() {
        VirtualScreen s = openShort(60, 12).press(new KeyStroke('c', false, false));
        s.type("hello world");
        s.ctrl('w');
        assertEquals("> hello", s.row(10));
        s.type("there").ctrl('a').type(">");
        assertEquals("> >hello there", s.row(10));
        s.ctrl('e').press(KeyType.Backspace);
        assertEquals("> >hello ther", s.row(10));
        s.press(KeyType.Home).press(KeyType.Delete);
        assertEquals("> hello ther", s.row(10));
        s.press(KeyType.End).press(KeyType.ArrowLeft, KeyType.ArrowLeft).type("X");
        assertEquals("> hello thXer", s.row(10));
        s.press(KeyType.ArrowRight).type("Y");
        assertEquals("> hello thXeYr", s.row(10));
        s.ctrl('u');
        assertEquals("> r", s.row(10));
        assertEquals(new TerminalPosition(2, 10), s.cursor());
    }

    @Test
    void wideCharactersTakeTwoColumnsAndMoveAsOne() {
        VirtualScreen s = openShort(60, 12).press(new KeyStroke('c', false, false));
        s.type("日本語");
        assertEquals("> 日本語", s.row(10));
        assertEquals(new TerminalPosition(8, 10), s.cursor());
        s.press(KeyType.ArrowLeft);
        assertEquals(new TerminalPosition(6, 10), s.cursor());
        s.press(KeyType.Backspace);
        assertEquals("> 日語", s.row(10));
        s.type("👍");   // a surrogate pair arrives as two chars
        s.press(KeyType.ArrowLeft).press(KeyType.ArrowRight);
        s.press(KeyType.Backspace);
        assertEquals("> 日語", s.row(10));
    }

    @Test
    void aLongDraftScrollsSidewaysToKeepTheCursorVisible() {
        VirtualScreen s = openShort(30, 10).press(new KeyStroke('c', false, false));
        String text = "abcdefghijklmnopqrstuvwxyz0123456789";
        s.type(text);
        String row = s.row(8);
        assertTrue(row.endsWith("0123456789"), row);
        assertTrue(row.startsWith("> ‹"), "the hidden start is marked: " + row);
        assertEquals(30, row.length() + 1, "the line is full, the cursor in its last cell");
        assertEquals(new TerminalPosition(29, 8), s.cursor());
        s.press(KeyType.Home);
        assertEquals("> abcdefghijklmnopqrstuvwxyz0›", s.row(8), "the hidden end is marked");
        assertEquals(new TerminalPosition(2, 8), s.cursor());
    }

    @Test
    void enterSavesTheCommentShowsItAndScrollsToIt() throws IOException {
        VirtualScreen s = openShort(60, 12).press(new KeyStroke('c', false, false));
        s.type("Great piece, 日本 too").press(KeyType.Enter);
        assertEquals("> c to comment", s.row(10));
        assertTrue(s.row(11).startsWith("Comment saved"), s.row(11));
        String screen = s.text();
        assertTrue(screen.contains("Comments (1)"), screen);
        assertTrue(screen.contains("  Great piece, 日本 too"), screen);
        assertTrue(screen.matches("(?s).*ana · \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d.*"), screen);
        assertFalse(screen.contains("There are no comments to display"));

        List<String> lines = Files.readAllLines(journalFile, StandardCharsets.UTF_8);
        assertEquals(1, lines.size());
        assertTrue(lines.get(0).contains("\"article\":\"short\""), lines.get(0));
        assertTrue(lines.get(0).contains("\"text\":\"Great piece, 日本 too\""), lines.get(0));
        assertTrue(lines.get(0).contains("\"author\":\"ana\""), lines.get(0));
    }

    @Test
    void theNewCommentIsScrolledIntoViewOnALongArticle() {
        VirtualScreen s = open(TestFeeds.threeArticles(), dir.resolve("c.jsonl"), 60, 10);
        s.press(KeyType.Enter).press(new KeyStroke('c', false, false)).type("seen at the end").press(KeyType.Enter);
        assertTrue(s.text().contains("  seen at the end"), s.text());
        assertFalse(s.text().contains("Long read"));
        assertTrue(s.row(0).stripTrailing().endsWith(" Bot"), "the page's end, not a row short of it: " + s.row(0));
    }

    @Test
    void blankDraftIsNotSavedAndTheStatusSaysWhy() {
        VirtualScreen s = openShort(60, 12).press(new KeyStroke('c', false, false));
        s.type("   ").press(KeyType.Enter);
        assertEquals("Nothing to save: the comment is empty", s.row(11));
        assertFalse(Files.exists(journalFile));
        assertEquals(">", s.row(10).stripTrailing());
        assertEquals(new TerminalPosition(5, 10), s.cursor(), "still focused, the spaces kept");
    }

    @Test
    void escLeavesTheInputAndKeepsTheDraftForThatArticle() {
        VirtualScreen s = openShort(60, 12).press(new KeyStroke('c', false, false));
        s.type("half a thought").press(KeyType.Escape);
        assertNull(s.cursor());
        assertEquals("> half a thought", s.row(10));
        assertEquals("Esc Back  t Top  c Comment  ? Help", s.row(11));
        s.press(KeyType.Escape);                                  // back to the list
        s.press(new KeyStroke('k', false, false)).press(KeyType.Enter);   // another article
        assertEquals("> c to comment", s.row(10));
        s.press(KeyType.Escape).press(new KeyStroke('j', false, false)).press(KeyType.Enter);
        assertEquals("> half a thought", s.row(10));
        s.press(new KeyStroke('c', false, false)).type(", finished").press(KeyType.Enter);
        assertTrue(s.text().contains("half a thought, finished"));
    }

    @Test
    void aJournalThatCannotBeWrittenKeepsTheDraftAndSaysWhy() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("plain-file"), "x");
        VirtualScreen s = open(TestFeeds.threeArticles(), notAFolder.resolve("feed.comments.jsonl"), 60, 12);
        s.press(KeyType.Enter).press(new KeyStroke('c', false, false)).type("do not lose me").press(KeyType.Enter);
        // a status too long for its row keeps its start and its end: what happened, then why
        assertTrue(s.row(11).startsWith("Draft"), s.row(11));
        assertTrue(s.row(11).endsWith("/plain-file is not a folder"), s.row(11));
        assertEquals("> do not lose me", s.row(10));
        assertTrue(s.text().contains("Comments (0)") || !s.text().contains("do not lose me  "));
        s.press(KeyType.Escape).press(KeyType.Escape).press(KeyType.Enter);
        assertEquals("> do not lose me", s.row(10));
    }

    @Test
    void onANarrowScreenAFailedSaveStillSaysWhy() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("plain-file"), "x");
        VirtualScreen s = open(TestFeeds.threeArticles(), notAFolder.resolve("feed.comments.jsonl"), 20, 8);
        s.press(KeyType.Enter).press(new KeyStroke('c', false, false)).type("narrow").press(KeyType.Enter);
        assertEquals("…is not a folder", s.row(7), "the reason, not the end of a note that the draft is kept");
        assertEquals("> narrow", s.row(6), "the draft stays in the input");
    }

    @Test
    void aLongCommentWithNewlinesAndControlsStaysInsideTheLayout() throws IOException {
        Path journal = dir.resolve("feed.comments.jsonl");
        String big = "word ".repeat(2000);
        Files.writeString(journal,
                "{\"id\":\"1\",\"article\":\"short\",\"author\":\"x\\u001b[2J\",\"date\":\"2025-03-02T11:00:00Z\","
                        + "\"text\":\"line one\\nline two\\u0007\\r\\n" + big + "\"}\n", StandardCharsets.UTF_8);
        VirtualScreen s = open(TestFeeds.threeArticles(), journal, 40, 12);
        s.press(new KeyStroke('j', false, false)).press(KeyType.Enter).press(new KeyStroke('G', false, false));
        for (String row : s.rows()) {
            assertFalse(row.chars().anyMatch(c -> c < 0x20), row);
        }
        s.press(new KeyStroke('t', false, false));
        assertEquals("Short note", s.row(1));
        for (int i = 0; i < 6; i++) s.press(new KeyStroke('j', false, false));
        String screen = s.text();
        assertTrue(screen.contains("\nx · 2025-03-02 11:00\n"), "the escape sequence in the author is gone: " + screen);
        assertTrue(screen.contains("  line one"), screen);
        assertTrue(screen.contains("  line two"), screen);
    }
}
