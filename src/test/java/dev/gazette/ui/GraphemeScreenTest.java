package dev.gazette.ui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.gazette.comments.CommentJournal;
import dev.gazette.feed.Article;
import dev.gazette.text.Span;
import dev.gazette.text.Style;
import dev.gazette.text.StyledLine;
import dev.gazette.text.TextWidth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every script drawn whole: each string is drawn on a screen, then read back cell by cell.
 * The text must come out with every code point, each cell where the widths say, and the
 * first column after it exactly at the text's width (nothing shifts).
 */
class GraphemeScreenTest {

    static final String FAMILY = "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
    static final String FLAG_JP = "\uD83C\uDDEF\uD83C\uDDF5";
    static final String KEYCAP_1 = "1\uFE0F\u20E3";
    static final String THUMBS_MEDIUM = "\uD83D\uDC4D\uD83C\uDFFD";

    static final String[] SCRIPTS = {
        "हिन्दी समाचार", "ภาษาไทย", "مُحَمَّد", "می\u200Cخواهم", "Tiếng Việt có dấu", "Tie\u0302\u0301ng Vie\u0323\u0302t",
        "за\u0301мок", "क्षत्रिय", FAMILY, FLAG_JP, KEYCAP_1, THUMBS_MEDIUM, "日本語のニュース", "❤\uFE0F ⚡ ↩\uFE0E",
    };

    @TempDir
    Path dir;

    /** A screen on Lanterna's in-memory terminal, read back from what the screen sent. */
    static final class Canvas {
        final TerminalScreen screen;

        Canvas(int columns, int rows) throws IOException {
            screen = new TerminalScreen(new DefaultVirtualTerminal(new TerminalSize(columns, rows)));
            screen.startScreen();
        }

        TextGraphics graphics() {
            return screen.newTextGraphics();
        }

        void refresh() throws IOException {
            screen.refresh(Screen.RefreshType.COMPLETE);
        }

        /** The cells of a row from the left: each cell's string, and where each cell starts. */
        List<int[]> starts(int row) {
            List<int[]> out = new ArrayList<>();
            for (int x = 0; x < screen.getTerminalSize().getColumns(); x++) {
                TextCharacter c = screen.getFrontCharacter(x, row);
                out.add(new int[] {x, c.isDoubleWidth() ? 2 : 1});
                if (c.isDoubleWidth()) x++;
            }
            return out;
        }

        /** The text of columns [from, to) of a row, each cell's string once. */
        String text(int row, int from, int to) {
            StringBuilder sb = new StringBuilder();
            for (int x = from; x < to; x++) {
                TextCharacter c = screen.getFrontCharacter(x, row);
                sb.append(c.getCharacterString());
                if (c.isDoubleWidth()) x++;
            }
            return sb.toString();
        }

        TextCharacter cell(int x, int y) {
            return screen.getFrontCharacter(x, y);
        }
    }

    @Test
    void everyScriptComesOutWholeAndNothingShifts() throws IOException {
        Canvas canvas = new Canvas(40, SCRIPTS.length);
        TextGraphics g = canvas.graphics();
        Theme theme = Theme.monochrome();
        int[] ends = new int[SCRIPTS.length];
        for (int row = 0; row < SCRIPTS.length; row++) {
            ends[row] = LineDrawer.drawText(g, 3, row, 40, SCRIPTS[row], theme.normal());
            LineDrawer.drawText(g, ends[row], row, 40, "|", theme.normal());
        }
        canvas.refresh();
        for (int row = 0; row < SCRIPTS.length; row++) {
            String s = SCRIPTS[row];
            int width = TextWidth.columns(s);
            assertEquals(3 + width, ends[row], s);
            assertEquals(s, canvas.text(row, 3, 3 + width), "every code point on screen: " + s);
            assertEquals("|", canvas.cell(3 + width, row).getCharacterString(), "the column after " + s);
        }
    }

    @Test
    void wideSequencesAreOneDoubleCellEach() throws IOException {
        Canvas canvas = new Canvas(20, 1);
        LineDrawer.drawText(canvas.graphics(), 0, 0, 20, "a" + FAMILY + FLAG_JP + KEYCAP_1 + THUMBS_MEDIUM + "b",
                Theme.monochrome().normal());
        canvas.refresh();
        String[] expected = {"a", FAMILY, FLAG_JP, KEYCAP_1, THUMBS_MEDIUM, "b"};
        int x = 0;
        for (String e : expected) {
            TextCharacter c = canvas.cell(x, 0);
            assertEquals(e, c.getCharacterString());
            assertEquals(e.length() > 1, c.isDoubleWidth(), e);
            x += c.isDoubleWidth() ? 2 : 1;
        }
        assertEquals(10, x);
    }

    @Test
    void aMarkStyledApartFromItsLetterStillJoinsIt() throws IOException {
        Canvas canvas = new Canvas(10, 1);
        StyledLine line = new StyledLine(List.of(new Span("за", Style.BOLD), new Span("\u0301мок")));
        int end = LineDrawer.draw(canvas.graphics(), 0, 0, 10, line, Theme.monochrome(), Theme.monochrome().normal());
        canvas.refresh();
        assertEquals(5, end);
        assertEquals("а\u0301", canvas.cell(1, 0).getCharacterString());
        assertTrue(canvas.cell(1, 0).getModifiers().contains(SGR.BOLD));
        assertEquals("м", canvas.cell(2, 0).getCharacterString());
    }

    @Test
    void eachRowFitsItsWidthAndNoClusterIsCut() throws IOException {
        Canvas canvas = new Canvas(30, 1);
        for (String s : SCRIPTS) {
            for (int width = 1; width <= 12; width++) {
                TextGraphics g = canvas.graphics();
                LineDrawer.fill(g, 0, 0, 30, Theme.monochrome().normal());
                int end = LineDrawer.drawText(g, 0, 0, width, s, Theme.monochrome().normal());
                canvas.refresh();
                assertTrue(end <= width, s + " at " + width);
                String shown = canvas.text(0, 0, end);
                assertTrue(s.startsWith(shown), () -> "a whole prefix of " + s + ", not " + shown);
                assertEquals(TextWidth.take(s, width), shown);
            }
        }
    }

    @Test
    void aControlCharacterThatSlipsThroughIsReplacedNotThrown() throws IOException {
        Canvas canvas = new Canvas(10, 1);
        int end = LineDrawer.drawText(canvas.graphics(), 0, 0, 10, "a\u001b[2Jb\u0007", Theme.monochrome().normal());
        canvas.refresh();
        assertEquals(7, end);
        assertEquals("a\uFFFD[2Jb\uFFFD", canvas.text(0, 0, end));
    }

    @Test
    void headlinesInEveryScriptAreWholeOnTheList() {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < SCRIPTS.length; i++) {
            articles.add(TestFeeds.article("a" + i, SCRIPTS[i], "2025-03-01T10:00:00Z", null, "Body " + i));
        }
        VirtualScreen s = VirtualScreen.of(50, SCRIPTS.length + 3, TestFeeds.feed(articles.toArray(new Article[0])), dir);
        List<String> rows = s.rows();
        for (int i = 0; i < SCRIPTS.length; i++) {
            String row = rows.get(1 + i);
            assertTrue(row.endsWith("  " + SCRIPTS[i]), () -> "whole title in: " + row);
            assertTrue(TextWidth.columns(row) <= 50, row);
        }
    }

    @Test
    void backspaceAfterAFlagInTheCommentInputSavesTheRest() throws IOException {
        VirtualScreen s = VirtualScreen.of(60, 12, TestFeeds.threeArticles(), new CommentJournal(dir.resolve("c.jsonl")), null, "ana");
        s.press(new KeyStroke('j', false, false)).press(KeyType.Enter).press(new KeyStroke('c', false, false));
        s.type("X" + FLAG_JP + "Y");
        TerminalPosition afterTyping = s.cursor();
        s.press(KeyType.ArrowLeft);
        assertEquals(afterTyping.getColumn() - 1, s.cursor().getColumn(), "left over Y");
        s.press(KeyType.Backspace);
        assertEquals(afterTyping.getColumn() - 3, s.cursor().getColumn(), "the whole two-column flag went");
        s.press(KeyType.Enter);
        String journalText = Files.readString(dir.resolve("c.jsonl"), StandardCharsets.UTF_8);
        assertTrue(journalText.contains("\"text\":\"XY\""), journalText);
    }

    @Test
    void theCommentCursorStandsWhereTheTextIsDrawn() {
        VirtualScreen s = VirtualScreen.of(60, 12, TestFeeds.threeArticles(), new CommentJournal(dir.resolve("c.jsonl")), null, "ana");
        s.press(new KeyStroke('j', false, false)).press(KeyType.Enter).press(new KeyStroke('c', false, false));
        int start = s.cursor().getColumn();
        for (String text : new String[] {"हिन्दी", "за\u0301мок", FAMILY + "!"}) {
            s.type(text);
            int typed = TextWidth.columns(text);
            assertEquals(start + typed, s.cursor().getColumn(), text);
            assertTrue(s.row(s.cursor().getRow()).endsWith(text), s.row(s.cursor().getRow()));
            s.ctrl('u');
        }
    }
}
