package dev.gazette.ui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.gazette.Fixtures;
import dev.gazette.feed.Feed;
import dev.gazette.feed.FeedLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The corpus traits that show on screen, from the small fixtures of
 * src/test/resources/feeds/jsonfeed: a script is not shown, an untitled post opens on its
 * byline, RTL text arrives without its bidi controls, a huge CJK item opens and scrolls.
 */
class JsonFeedTraitsScreenTest {

    @TempDir
    Path dir;

    VirtualScreen open(String fixture, int columns, int rows) throws Exception {
        return VirtualScreen.of(columns, rows, FeedLoader.load(Fixtures.jsonFeed(fixture)), dir);
    }

    static KeyStroke key(char c) {
        return new KeyStroke(c, false, false);
    }

    static void assertNoControls(VirtualScreen s) {
        String text = s.text();
        assertFalse(text.chars().anyMatch(c -> (c < 0x20 && c != '\n') || (c >= 0x7f && c <= 0x9f)
                || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f
                || c == 0x061c), text);
    }

    @Test
    void aScriptIsNotShown() throws Exception {
        VirtualScreen s = open("script-tag.json", 60, 12).press(KeyType.Enter);
        String text = s.text();
        assertTrue(text.contains("Hello, world!"), text);
        assertFalse(text.contains("alert"), text);
        assertFalse(text.contains("color:red"), text);
    }

    @Test
    void anUntitledPostOpensOnItsByline() throws Exception {
        VirtualScreen s = open("untitled.json", 60, 12);
        assertEquals("● 2025-03-02  Just had the best coffee.", s.row(1));
        assertEquals("● 2025-02-28  (untitled)", s.row(3));
        s.press(KeyType.Enter);
        assertEquals("2 Mar 2025, 09:00 · https://micro.example/m2", s.row(1));
        assertEquals("", s.row(2));
        assertEquals("Just had the best coffee.", s.row(3));
    }

    @Test
    void rtlTextShowsWithoutBidiControls() throws Exception {
        VirtualScreen s = open("rtl-bidi.json", 60, 12);
        assertTrue(s.row(0).startsWith(" רד האט ישראל — 2 articles"), s.row(0));
        assertTrue(s.row(1).startsWith("● 2023-03-08  שיתוף הפעולה עם מכללת תל-חי  "), s.row(1));
        assertTrue(s.row(1).endsWith("  Red Hat"), s.row(1));
        assertNoControls(s);
        s.press(KeyType.Enter);
        assertEquals("By Red Hat · 8 Mar 2023", s.row(2));
        assertEquals("פסקה ראשונה.", s.row(4));
        assertNoControls(s);
    }

    @Test
    void aHugeCjkItemOpensScrollsAndResizes() throws Exception {
        StringBuilder body = new StringBuilder();
        while (body.length() < 200_000) body.append("一二三四五六七八九十中文内容没有空格");
        Path file = dir.resolve("cjk.json");
        Files.writeString(file, "{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"中文\",\"items\":["
                + "{\"id\":\"big\",\"title\":\"很长\",\"content_text\":\"" + body + "\"}]}", StandardCharsets.UTF_8);
        Feed feed = FeedLoader.load(file);
        VirtualScreen s = VirtualScreen.of(80, 24, feed, dir).press(KeyType.Enter);
        assertEquals("很长", s.row(1));
        assertEquals("一二三四五六七八九十中文内容没有空格一二三四五六七八九十中文内容没有空格一二三四", s.row(3));
        s.press(key('G'));
        assertTrue(s.row(0).endsWith("Bot"), s.row(0));
        assertTrue(s.text().contains("Comments (0)"), s.text());
        s.resize(20, 6);
        assertTrue(s.state().running());
        for (String row : s.rows()) assertTrue(row.codePointCount(0, row.length()) <= 20, row);
    }
}
