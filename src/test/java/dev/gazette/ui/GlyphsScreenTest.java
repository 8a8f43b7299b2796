package dev.gazette.ui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Outside a UTF-8 locale Gazette's own symbols are ASCII, column for column, and feed text is untouched. */
class GlyphsScreenTest {

    @TempDir
    Path dir;

    @Test
    void theListTheArticleAndTheHelpUseAsciiStandIns() {
        Theme ascii = Theme.of(Theme.Colours.BASIC, Glyphs.ASCII);
        VirtualScreen s = VirtualScreen.of(60, 10, TestFeeds.feed(
                TestFeeds.article("a", "日本の記事 — a title", "2025-03-03T10:00:00Z", "Ana", "Body.")), dir, ascii);
        assertEquals(" Test News - 1 article, 1 unread", s.row(0));
        assertTrue(s.row(1).startsWith("* 2025-03-03  日本の記事 - a title"), s.row(1));
        assertEquals("^v Move  Enter Open  / Filter  ? Help  q Quit", s.row(9));
        s.press(new KeyStroke('?', false, false));
        assertTrue(s.text().contains("+-----"), s.text());
        assertTrue(s.text().contains("| "), s.text());
        s.press(new KeyStroke('x', false, false)).press(KeyType.Enter);
        assertTrue(s.row(2).startsWith("By Ana . 3 Mar 2025, 10:00 . https://"), s.row(2));
        for (String row : s.rows()) {
            assertTrue(row.chars().noneMatch(c -> "●—…↑↓·│┌┐└┘─".indexOf(c) >= 0), row);
        }
    }
}
