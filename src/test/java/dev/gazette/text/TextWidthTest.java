package dev.gazette.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TextCharacter;
import org.junit.jupiter.api.Test;

class TextWidthTest {

    /** How Lanterna 3.1.5's screen lays a string out: one TextCharacter per cluster, 2 cells when double width. */
    static int lanternaColumns(String s) {
        int cols = 0;
        for (TextCharacter c : TextCharacter.fromString(s)) cols += c.isDoubleWidth() ? 2 : 1;
        return cols;
    }

    private static final String[] SAMPLES = {
        "plain ascii", "café", "e\u0301", "日本語のテキスト", "한국어", "中文，标点。", "\uD83D\uDE00 smile",
        "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67", "\u2764\uFE0F", "\u26A1", "1\uFE0F\u20E3",
        "\u0E01\u0E34\u0E19", "\u0915\u093F\u0924\u093E\u092C", "שלום", "اردو", "\u21A9\uFE0E", "ｆｕｌｌ",
        "\uD83C\uDDEF\uD83C\uDDF5", "Ω≈ç√∫", "\u3000ideographic space", "\uD840\uDC0B CJK ext B", "…│•─",
        "\u30A2\u3099", "\u3105\u3106 bopomofo", "\u338F", "tab\there",
    };

    @Test
    void columnsAgreeWithLanternaForCleanText() {
        for (String raw : SAMPLES) {
            String s = Sanitizer.clean(raw);
            assertEquals(lanternaColumns(s), TextWidth.columns(s), () -> "columns of " + s);
        }
    }

    @Test
    void columnsOfCommonText() {
        assertEquals(0, TextWidth.columns(""));
        assertEquals(0, TextWidth.columns(null));
        assertEquals(5, TextWidth.columns("hello"));
        assertEquals(6, TextWidth.columns("日本語"));
        assertEquals(2, TextWidth.columns("\uD83D\uDE00"));
        assertEquals(4, TextWidth.columns("é日a"));
    }

    @Test
    void fitKeepsTextThatFits() {
        assertEquals("hello", TextWidth.fit("hello", 5));
        assertEquals("hello", TextWidth.fit("hello", 80));
    }

    @Test
    void fitCutsWithEllipsis() {
        assertEquals("hell…", TextWidth.fit("hello world", 5));
        assertEquals("hello…", TextWidth.fit("hello world", 7));   // no space before the ellipsis
        assertEquals("…", TextWidth.fit("hello", 1));
        assertEquals("", TextWidth.fit("hello", 0));
    }

    @Test
    void fitNeverCutsAWideCharacterInHalf() {
        assertEquals("日本…", TextWidth.fit("日本語です", 6));
        assertEquals("日…", TextWidth.fit("日本語です", 4));
        assertEquals("…", TextWidth.fit("日本語です", 2));
        assertTrue(TextWidth.columns(TextWidth.fit("日本語です", 5)) <= 5);
    }

    @Test
    void fitNeverSplitsAnEmojiOrCluster() {
        String s = "ab\uD83D\uDE00\uD83D\uDE00";
        assertEquals("ab…", TextWidth.fit(s, 4));
        assertEquals("ab\uD83D\uDE00…", TextWidth.fit(s, 5));
    }

    @Test
    void takeGivesLongestFittingPrefix() {
        assertEquals("hel", TextWidth.take("hello", 3));
        assertEquals("日", TextWidth.take("日本", 3));
        assertEquals("", TextWidth.take("日本", 1));
        assertEquals("日本", TextWidth.take("日本", 10));
        assertEquals("a\u30A2\u3099", TextWidth.take("a\u30A2\u3099b", 3));
    }

    @Test
    void plainTitleDecodesEntitiesAndDropsTags() {
        assertEquals("Rock & Roll", TextWidth.plainTitle("Rock &amp; Roll"));
        assertEquals("It’s here", TextWidth.plainTitle("It&#8217;s here"));
        assertEquals("an x title", TextWidth.plainTitle("an <em>x</em> title"));
        assertEquals("a < b", TextWidth.plainTitle("a < b"));
        assertEquals("Hi", TextWidth.plainTitle("<script>alert(1)</script>Hi"));
        assertEquals("★ Star", TextWidth.plainTitle("★ Star"));
    }

    @Test
    void plainTitleSanitisesAndCollapsesWhitespace() {
        assertEquals("one two three", TextWidth.plainTitle("  one\n\ttwo \u001b[2J  three\r"));
        assertEquals("", TextWidth.plainTitle(null));
        assertEquals("evil", TextWidth.plainTitle("\u202Eevil"));
    }

    @Test
    void plainTitleHandlesAHundredThousandCharacters() {
        String title = "word &amp; ".repeat(10_000);
        String plain = TextWidth.plainTitle(title);
        assertEquals(("word & ".repeat(10_000)).strip(), plain);
        assertEquals(80, TextWidth.columns(TextWidth.fit(plain, 80)));
    }
}
