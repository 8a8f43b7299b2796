package dev.gazette.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WrapTest {

    private static void assertFits(List<String> lines, int width) {
        for (String l : lines) assertTrue(TextWidth.columns(l) <= width, () -> "too wide: [" + l + "]");
    }

    @Test
    void emptyInputIsOneEmptyLine() {
        assertEquals(List.of(""), Wrap.wrap("", 10));
        assertEquals(List.of(""), Wrap.wrap(null, 10));
    }

    @Test
    void widthMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> Wrap.wrap("x", 0));
    }

    @Test
    void asciiWrapsAtSpaces() {
        assertEquals(List.of("The quick brown", "fox jumps over", "the lazy dog."),
                Wrap.wrap("The quick brown fox jumps over the lazy dog.", 15));
    }

    @Test
    void exactFitStaysOnOneLine() {
        assertEquals(List.of("abc def"), Wrap.wrap("abc def", 7));
    }

    @Test
    void spacesAreDroppedAtTheWrap() {
        assertEquals(List.of("aaa", "bbb"), Wrap.wrap("aaa     bbb", 4));
        assertEquals(List.of("aaa"), Wrap.wrap("aaa   ", 10));
    }

    @Test
    void newlinesAreParagraphsAndLeadingSpacesStay() {
        assertEquals(List.of("first", "", "  indented"), Wrap.wrap("first\n\n  indented", 20));
    }

    @Test
    void longWordsAreHardBroken() {
        assertEquals(List.of("see", "abcdefghij", "klmnopqrst", "uvwxyz end"),
                Wrap.wrap("see abcdefghijklmnopqrstuvwxyz end", 10));
    }

    @Test
    void hyphenatedWordsBreakAfterTheHyphen() {
        assertEquals(List.of("well-", "known"), Wrap.wrap("well-known", 7));
        assertEquals(List.of("-5 is", "small"), Wrap.wrap("-5 is small", 6));
    }

    @Test
    void urlsBreakAfterASlashButNotInsideTheScheme() {
        assertEquals(List.of("https://example.com/", "a/b"), Wrap.wrap("https://example.com/a/b", 21));
        assertEquals(List.of("https://exa", "mple.com"), Wrap.wrap("https://example.com", 11));
    }

    @Test
    void aUrlBreaksAtItsSlashesNotItsHyphens() {
        // the byline of corpus rss/11 at 80 columns read "… · https://db-" / "engines.com/en/blog_post/103"
        assertEquals(List.of("By DBMS · https://db-engines.com/", "en/blog_post/103"),
                Wrap.wrap("By DBMS · https://db-engines.com/en/blog_post/103", 34));
        assertEquals(List.of("https://nyt.example/us/", "at-west-point-annual-pi", "llow-fight.html"),
                Wrap.wrap("https://nyt.example/us/at-west-point-annual-pillow-fight.html", 23),
                "a path segment longer than the line is cut, never at its hyphens");
        assertEquals(List.of("https://a.b well-", "known"), Wrap.wrap("https://a.b well-known", 17),
                "a word after the URL still breaks at its hyphen");
    }

    @Test
    void cjkBreaksBetweenCharacters() {
        List<String> lines = Wrap.wrap("日本語のテキストです", 7);
        assertEquals(List.of("日本語", "のテキ", "ストで", "す"), lines);
        assertFits(lines, 7);
    }

    @Test
    void cjkClosingPunctuationNeverStartsALine() {
        // "。" may not begin a line: "す。" moves down together
        assertEquals(List.of("これで", "す。"), Wrap.wrap("これです。", 6));
        assertEquals(List.of("中文，", "测试。"), Wrap.wrap("中文，测试。", 6));
    }

    @Test
    void mixedLatinAndCjk() {
        assertEquals(List.of("iPhone", "の話"), Wrap.wrap("iPhoneの話", 7));
    }

    @Test
    void hangulWrapsAtSpacesLikeLatin() {
        assertEquals(List.of("한국어", "텍스트입니다"), Wrap.wrap("한국어 텍스트입니다", 12));
    }

    @Test
    void emojiAreNeverSplit() {
        String e = "\uD83D\uDE00";
        List<String> lines = Wrap.wrap(e.repeat(5), 5);
        assertEquals(List.of(e + e, e + e, e), lines);
        assertFits(lines, 5);
    }

    @Test
    void combiningMarksStayWithTheirBase() {
        // katakana + voiced mark has no precomposed form: one two-column cluster
        String cluster = "\u30A2\u3099";
        List<String> lines = Wrap.wrap(cluster.repeat(3), 4);
        assertEquals(List.of(cluster + cluster, cluster), lines);
        // a decomposed accent is kept as written and stays with its letter
        assertEquals(List.of("cafe\u0301", "cafe\u0301"), Wrap.wrap(Sanitizer.clean("cafe\u0301 cafe\u0301"), 5));
        assertEquals(List.of("cafe\u0301", "cafe\u0301"), Wrap.wrap("cafe\u0301cafe\u0301", 4));
    }

    @Test
    void everyScriptWrapsWholeAndFits() {
        String text = "हिन्दी समाचार ภาษาไทย مُحَمَّد می\u200Cخواهم Tiếng Việt có dấu за\u0301мок क्षत्रिय "
                + "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67 \uD83C\uDDEF\uD83C\uDDF5 1\uFE0F\u20E3 \uD83D\uDC4D\uD83C\uDFFD";
        for (int width = 2; width <= 20; width++) {
            List<String> lines = Wrap.wrap(text, width);
            assertFits(lines, width);
            // every code point is kept: only the spaces at the breaks go
            assertEquals(text.replace(" ", ""), String.join("", lines).replace(" ", ""), "width " + width);
            // and no cluster is split: the lines' clusters are the text's clusters
            List<String> clusters = new java.util.ArrayList<>();
            for (String line : lines) clusters.addAll(Graphemes.split(line));
            clusters.removeIf(" "::equals);
            List<String> expected = new java.util.ArrayList<>(Graphemes.split(text));
            expected.removeIf(" "::equals);
            assertEquals(expected, clusters, "width " + width);
        }
        assertEquals(List.of("X\uD83C\uDDEF\uD83C\uDDF5", "YZ"), Wrap.wrap("X\uD83C\uDDEF\uD83C\uDDF5YZ", 3));
    }

    @Test
    void aClusterWiderThanTheLineBecomesAnEllipsis() {
        String jamo = "\u1100\u1100\u1161";     // two leading consonants and a vowel: one cluster, 4 columns
        assertEquals(List.of("…"), Wrap.wrap(jamo, 3));
        assertEquals(List.of(jamo), Wrap.wrap(jamo, 4));
    }

    @Test
    void noBreakSpaceHoldsWordsTogether() {
        assertEquals(List.of("a", "10\u00A0km"), Wrap.wrap("a 10\u00A0km", 6));
    }

    @Test
    void widthOneStillFits() {
        List<String> lines = Wrap.wrap("ab 日本", 1);
        assertEquals(List.of("a", "b", "…", "…"), lines);
        assertFits(lines, 1);
    }

    @Test
    void aMegabyteWordWrapsQuickly() {
        String word = "x".repeat(1_000_000);
        List<String> lines = Wrap.wrap(word, 80);
        assertEquals(12_500, lines.size());
        assertFits(lines.subList(0, 10), 80);
    }
}
