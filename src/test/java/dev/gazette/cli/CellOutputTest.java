package dev.gazette.cli;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.graphics.TextGraphics;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import dev.gazette.ui.DisputedWidthScreen;
import dev.gazette.ui.LineDrawer;
import dev.gazette.ui.Theme;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What reaches the terminal: each cell whole, and the rest of a row in place even where a terminal disagrees on a width. */
class CellOutputTest {

    static final String FAMILY = "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
    static final String FLAG_JP = "\uD83C\uDDEF\uD83C\uDDF5";

    @Test
    void controlsAndLoneSurrogatesBecomeReplacementCharacters() {
        assertEquals("a\uFFFD[2J\uFFFDb", CellOutput.printable("a\u001b[2J\u009bb"));
        assertEquals("\uFFFD\uFFFD\uFFFD", CellOutput.printable("\n\t\b"));
        assertEquals("\uFFFDx", CellOutput.printable("\uD83Dx"));
        assertEquals(FAMILY, CellOutput.printable(FAMILY));
        String ascii = "plain";
        assertTrue(ascii == CellOutput.printable(ascii), "clean text is not copied");
    }

    @Test
    void theCursorIsPutBackOnlyAfterACellWhoseWidthIsDisputed() throws IOException {
        List<String> log = new ArrayList<>();
        CellOutput out = new CellOutput(StandardCharsets.UTF_8, new CellOutput.Sink() {
            @Override
            public void write(byte[] bytes) {
                log.add(new String(bytes, StandardCharsets.UTF_8));
            }

            @Override
            public void moveTo(int x, int y) {
                log.add("@" + x + "," + y);
            }
        });
        out.movedTo(4, 2);
        for (String cell : new String[] {"a", "日", FAMILY, "b", "а\u0301", FLAG_JP, "\u26A1"}) out.put(cell);
        assertEquals(List.of("a", "日", FAMILY, "@9,2", "b", "а\u0301", "@11,2", FLAG_JP, "@13,2", "\u26A1", "@15,2"), log);
        out.forget();
        log.clear();
        out.put(FAMILY);
        assertEquals(List.of(FAMILY), log, "no move while the position is unknown");
    }

    /** Lanterna's ANSI terminal on a byte array, wired to CellOutput as Utf8UnixTerminal is (which needs a real tty). */
    static final class RecordingTerminal extends ANSITerminal {
        final ByteArrayOutputStream bytes;
        private final CellOutput cells;

        RecordingTerminal(ByteArrayOutputStream bytes) {
            super(new ByteArrayInputStream(new byte[0]), bytes, StandardCharsets.UTF_8);
            this.bytes = bytes;
            cells = new CellOutput(StandardCharsets.UTF_8, new CellOutput.Sink() {
                @Override
                public void write(byte[] b) throws IOException {
                    writeToTerminal(b);
                }

                @Override
                public void moveTo(int x, int y) throws IOException {
                    RecordingTerminal.super.setCursorPosition(x, y);
                }
            });
        }

        @Override
        protected TerminalSize findTerminalSize() {
            return new TerminalSize(20, 2);
        }

        @Override
        public void setCursorPosition(int x, int y) throws IOException {
            super.setCursorPosition(x, y);
            cells.movedTo(x, y);
        }

        @Override
        public void setCursorPosition(TerminalPosition position) throws IOException {
            setCursorPosition(position.getColumn(), position.getRow());
        }

        @Override
        public void clearScreen() throws IOException {
            super.clearScreen();
            cells.forget();
        }

        @Override
        public void putString(String string) throws IOException {
            cells.put(string);
        }

        @Override
        public void putCharacter(char c) throws IOException {
            putString(String.valueOf(c));
        }
    }

    /**
     * A terminal without ZWJ or flag support, which lays out code point by code point: emoji 2
     * columns each, marks and joiners 0, others 1. Returns its rows, a cell per column.
     */
    static String[][] oldTerminal(String output, int columns, int rows) {
        String[][] grid = new String[rows][columns];
        for (String[] r : grid) java.util.Arrays.fill(r, " ");
        Matcher csi = Pattern.compile("\u001b\\[([0-9;?]*)([A-Za-z])").matcher(output);
        int x = 0;
        int y = 0;
        int at = 0;
        while (at < output.length()) {
            if (csi.find(at) && csi.start() == at) {
                if (csi.group(2).equals("H")) {
                    String[] p = csi.group(1).split(";");
                    y = Integer.parseInt(p[0]) - 1;
                    x = Integer.parseInt(p[1]) - 1;
                }
                at = csi.end();
                continue;
            }
            int cp = output.codePointAt(at);
            at += Character.charCount(cp);
            int type = Character.getType(cp);
            boolean zero = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT;
            if (zero) {
                if (x > 0 && x - 1 < columns) grid[y][x - 1] += new String(Character.toChars(cp));
                continue;
            }
            int w = cp >= 0x1F000 || (cp >= 0x3000 && cp <= 0x9FFF) ? 2 : 1;
            if (x < columns) grid[y][x] = new String(Character.toChars(cp));
            if (w == 2 && x + 1 < columns) grid[y][x + 1] = "";
            x += w;
        }
        return grid;
    }

    @Test
    void onATerminalThatDrawsAFamilyAsThreePeopleTheRestOfTheRowStaysInPlace() throws IOException {
        RecordingTerminal terminal = new RecordingTerminal(new ByteArrayOutputStream());
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        TextGraphics g = screen.newTextGraphics();
        LineDrawer.drawText(g, 0, 0, 20, "a" + FAMILY + "b" + FLAG_JP + "c за\u0301мок", Theme.monochrome().normal());
        screen.refresh(Screen.RefreshType.COMPLETE);
        String output = terminal.bytes.toString(StandardCharsets.UTF_8);
        assertTrue(output.contains(FAMILY), "the family went out in one piece");
        assertTrue(output.contains(FLAG_JP));
        String[][] grid = oldTerminal(output, 20, 2);
        // the screen's columns: a=0, family=1-2, b=3, flag=4-5, c=6, space=7, з=8, а́=9, м=10
        assertEquals("b", grid[0][3]);
        assertEquals("c", grid[0][6]);
        assertEquals("а\u0301", grid[0][9]);
        assertEquals("к", grid[0][12]);
    }

    @Test
    void onATerminalThatPutsASkinToneApartNoStrayToneStaysAfterTheEmoji() throws IOException {
        // tmux 3.3 draws "💃🏻" as "💃" and "🏻", four columns; the screen counts two. Before, the
        // "🏻" stayed where the screen held blanks (a delta refresh writes only what changed).
        for (boolean disputedWidthScreen : new boolean[] {false, true}) {
            RecordingTerminal terminal = new RecordingTerminal(new ByteArrayOutputStream());
            TerminalScreen screen = disputedWidthScreen ? new DisputedWidthScreen(terminal) : new TerminalScreen(terminal);
            screen.startScreen();
            TextGraphics g = screen.newTextGraphics();
            LineDrawer.drawText(g, 0, 0, 20, "see the pass", Theme.monochrome().normal());
            screen.refresh(Screen.RefreshType.COMPLETE);
            LineDrawer.drawText(g, 0, 0, 20, "see the pass \uD83D\uDC83\uD83C\uDFFB", Theme.monochrome().normal());
            screen.refresh(Screen.RefreshType.DELTA);
            String[][] grid = oldTerminal(terminal.bytes.toString(StandardCharsets.UTF_8), 20, 2);
            assertEquals("\uD83D\uDC83", grid[0][13]);
            assertEquals(disputedWidthScreen ? " " : "\uD83C\uDFFB", grid[0][15],
                    disputedWidthScreen ? "the cells after the emoji written again" : "the stray tone the plain screen leaves");
            screen.stopScreen();
        }
    }
}
