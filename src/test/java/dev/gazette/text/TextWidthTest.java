package dev.gazette.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.util.List;

class TextWidthTest {

    /** Columns a wcwidth terminal with emoji-sequence support gives each sample (see TerminalCells). */
    private static final Object[][] SAMPLES = {
        {"plain ascii", 11}, {"café", 4}, {"e\u0301", 1}, {"日本語のテキスト", 16}, {"한국어", 6}, {"中文，标点。", 12},
        {"\uD83D\uDE00 smile", 8}, {"\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67", 2}, {"\u2764\uFE0F", 2},
        {"\u2764", 1}, {"\u26A1", 2}, {"1\uFE0F\u20E3", 2}, {"\u0E01\u0E34\u0E19", 2}, {"\u0915\u093F\u0924\u093E\u092C", 5},
        {"שלום", 4}, {"اردو", 4}, {"\u21A9\uFE0E", 1}, {"ｆｕｌｌ", 8}, {"\uD83C\uDDEF\uD83C\uDDF5", 2}, {"Ω≈ç√∫", 5},
        {"\u3000ideographic space", 19}, {"\uD840\uDC0B CJK ext B", 12}, {"…│•─", 4}, {"\u30A2\u3099", 2},
        {"\u3105\u3106 bopomofo", 13}, {"\u338F", 2}, {"\uD835\uDC1B", 1}, {"\uD83D\uDC4D\uD83C\uDFFD", 2},
        {"\uD83C\uDFFD", 0}, {"a\uD83C\uDFFBb", 2}, {"\u1100\u1161\u11A8", 2}, {"\u0301", 1}, {"a\u200Db", 2},
        {"हिन्दी समाचार", 12}, {"ภาษาไทย", 7}, {"مُحَمَّد", 4}, {"می\u200Cخواهم", 7}, {"Tiếng Việt có dấu", 17},
        {"за\u0301мок", 5}, {"क्षत्रिय", 6},
    };

    @Test
    void columnsFollowTerminalWidths() {
        for (Object[] sample : SAMPLES) {
            String s = (String) sample[0];
            assertEquals((int) sample[1], TextWidth.columns(s), () -> "columns of " + s);
            int cells = 0;
            for (TerminalCells.Cell c : TerminalCells.cells(s)) cells += c.width();
            assertEquals(TextWidth.columns(s), cells, () -> "cells of " + s);
        }
    }

    @Test
    void aSkinToneWithNoEmojiIsLeftOutAndOneWithAnEmojiIsKept() {
        // tmux joins a lone one to the cell before, where it stayed on screen after redraws.
        assertEquals(List.of(), TerminalCells.cells("\uD83C\uDFFB"));
        assertEquals(List.of(new TerminalCells.Cell(0, 3, "a", 1), new TerminalCells.Cell(3, 4, "b", 1)),
                TerminalCells.cells("a\uD83C\uDFFBb"));
        assertEquals(List.of(new TerminalCells.Cell(0, 4, "\uD83D\uDC74\uD83C\uDFFB", 2)),
                TerminalCells.cells("\uD83D\uDC74\uD83C\uDFFB"), "👴🏻 keeps its tone");
    }

    @Test
    void fitCutsByClusterAndKeepsMarksAndSequences() {
        assertEquals("हि…", TextWidth.fit("हिन्दी समाचार", 3));
        assertEquals("हिन्…", TextWidth.fit("हिन्दी समाचार", 4));       // "दी" is 2 columns: no room for it and "…"
        assertEquals("हिन्…", TextWidth.fit("हिन्दी समाचार", 5));
        assertEquals("za\u0301…", TextWidth.fit("za\u0301mok", 3));
        assertEquals("X\uD83C\uDDEF\uD83C\uDDF5…", TextWidth.fit("X\uD83C\uDDEF\uD83C\uDDF5YZ", 4));
        assertEquals("X…", TextWidth.fit("X\uD83C\uDDEF\uD83C\uDDF5YZ", 3));
        assertEquals("a…", TextWidth.fit("a\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67b", 3));
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
    void fitAtWordEndsTheCutAtAWordNearIt() {
        String title = "Apple ships the new MacBook Pro with an M5 chip";
        assertEquals("Apple ships the new MacBook…", TextWidth.fitAtWord(title, 31), "not 'MacBook Pro w…'");
        assertEquals("Apple ships the new…", TextWidth.fitAtWord(title, 24), "not 'Apple ships the new Ma…'");
        assertEquals("Apple ships, then…", TextWidth.fitAtWord("Apple ships, then waits", 20));
        assertEquals("One, two…", TextWidth.fitAtWord("One, two, three", 11), "no comma before the ellipsis");
        assertEquals("I use it for…", TextWidth.fitAtWord("I use it for. Then more", 16), "no full stop before it");
        assertEquals("Dependency Injection in Java is easy - Part 3…",
                TextWidth.fitAtWord("Dependency Injection in Java is easy - Part 3 - Testing", 50), "no dash before it");
        assertEquals("[Sponsor] Timing…", TextWidth.fitAtWord("[Sponsor] Timing — a new app", 20));
        assertEquals("Macworld Staff…", TextWidth.fit("Macworld Staff, Jason Snell", 16), "fit too, cut between words");
        assertEquals("Aktuality.sk…", TextWidth.fit("Aktuality.sk - aktuálne spravodajstvo", 15));
        assertEquals("a,b,c,…", TextWidth.fit("a,b,c,d,e,f", 7), "a comma inside a word is not a separator left over");
        assertEquals(title, TextWidth.fitAtWord(title, 80));
    }

    @Test
    void fitAtWordCutsLikeFitWhenNoWordEndsNearTheCut() {
        assertEquals("A Supercalifragilisti…", TextWidth.fitAtWord("A Supercalifragilisticexpialidocious day", 22),
                "going back to 'A' would waste the row");
        assertEquals("日本語で…", TextWidth.fitAtWord("日本語ですね本当に", 9));
        assertEquals("hello…", TextWidth.fitAtWord("hello world", 7), "the cut is at a word already");
        assertEquals("…", TextWidth.fitAtWord("hello world", 1));
        assertEquals("", TextWidth.fitAtWord("hello", 0));
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
    void aSnippetCutInsideATagLosesTheHalfTagAndEndsAtAWordWithAnEllipsis() {
        String html = "<p>Brent asks if the feed works. That's what the test podcast <a href=\"https://example.org/x\">below</a> is for.</p>";
        int insideTheLink = html.indexOf("example");
        assertEquals("Brent asks if the feed works. That's what the test…",
                TextWidth.plainSnippet(html, true, insideTheLink));
        assertEquals("Brent asks if the feed works. That's what the test podcast below is for.",
                TextWidth.plainSnippet(html, true, 600), "not cut: whole, no ellipsis");
        assertEquals("Short & plain text…",
                TextWidth.plainSnippet("Short &amp; plain text, cut in the midd", false, 25));
    }

    @Test
    void plainTitleDecodesEntitiesAndDropsTags() {
        assertEquals("Rock & Roll", TextWidth.plainTitle("Rock &amp; Roll"));
        assertEquals("It’s here", TextWidth.plainTitle("It&#8217;s here"));
        assertEquals("an x title", TextWidth.plainTitle("an <em>x</em> title"));
        assertEquals("a < b", TextWidth.plainTitle("a < b"));
        assertEquals("Using the <video> element", TextWidth.plainTitle("Using the <video> element"),
                "a known tag with no end is a word about HTML, not markup");
        assertEquals("Bold news", TextWidth.plainTitle("<b>Bold</b> news"));
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

    @Test
    void titlesLoseRealMarkupButKeepAngleBracketsThatAreText() {
        assertEquals("Tags & bold", TextWidth.plainTitle("Tags &amp; <b>bold</b>"));
        assertEquals("Notes <and> Queries", TextWidth.plainTitle("Notes <and> Queries"));
        assertEquals("5 < 6 & 7 > 2", TextWidth.plainTitle("5 &lt; 6 &amp; 7 &gt; 2"));
        assertEquals("Vector<T> in Java", TextWidth.plainTitle("Vector<T> in Java"));
    }

    @Test
    void titlesKeepTheirOwnSpacesAndFoldOnlyRunsOfPlainOnes() {
        // A real Russian feed keeps a preposition with its word by a no-break space.
        assertEquals("записи в\u00a0публикации", TextWidth.plainTitle("  записи   в\u00a0публикации "));
        assertEquals("東京\u3000ニュース", TextWidth.plainTitle("東京\u3000ニュース"));
    }

    @Test
    void fitMiddleKeepsTheStartAndMoreOfTheEnd() {
        assertEquals("http://127.0.0.1/a.xml", TextWidth.fitMiddle("http://127.0.0.1/a.xml", 22));
        assertEquals("http://1…slow/mut.xml?3", TextWidth.fitMiddle("http://127.0.0.1:8765/slow/mut.xml?3", 23));
        assertEquals("http://1…slow/mut.xml?4", TextWidth.fitMiddle("http://127.0.0.1:8765/slow/mut.xml?4", 23),
                "neighbours differ where they differ");
        String wide = TextWidth.fitMiddle("/tmp/ニュース/日本語のフィード.xml", 16);
        assertTrue(TextWidth.columns(wide) <= 16 && wide.contains("…") && wide.endsWith(".xml"), wide);
        assertEquals("a…", TextWidth.fitMiddle("abcdef", 2));
        assertEquals("", TextWidth.fitMiddle("abcdef", 0));
    }
}
