package dev.gazette.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTextRendererTest {

    static List<String> lines(String text, int width) {
        return PlainTextRenderer.render(text).layout(width).stream().map(StyledLine::plain).toList();
    }

    @Test
    void blankLinesSeparateParagraphs() {
        assertEquals(List.of("First paragraph that wraps at", "thirty.", "", "Second."),
                lines("First paragraph that wraps at thirty.\n\n\n   \nSecond.", 30));
    }

    @Test
    void singleNewlinesStayLineBreaks() {
        assertEquals(List.of("line one", "line two"), lines("line one\nline two", 30));
    }

    @Test
    void crlfAndCrAreLineBreaks() {
        assertEquals(List.of("a", "b", "", "c"), lines("a\r\nb\r\n\r\nc", 30));
    }

    @Test
    void indentationIsKept() {
        assertEquals(List.of("poem:", "    indented"), lines("poem:\n    indented", 30));
    }

    @Test
    void bareUrlsAreNumberedLinksWithoutTheSentencesPunctuation() {
        Document d = PlainTextRenderer.render("See https://example.org/a. Or (https://en.wikipedia.org/wiki/Go_(game)), "
                + "and https://example.org/a again!\nhttp:// alone, HTTPS://EXAMPLE.ORG/Q?x=1&y=2; \"https://x.org/q\"");
        assertEquals(List.of("See https://example.org/a[1]. Or",
                        "(https://en.wikipedia.org/wiki/Go_(game)[2]), and",
                        "https://example.org/a[1] again!",
                        "http:// alone, HTTPS://EXAMPLE.ORG/Q?x=1&y=2[3];",
                        "\"https://x.org/q[4]\""),
                d.layout(50).stream().map(StyledLine::plain).toList());
        assertEquals(List.of("https://example.org/a", "https://en.wikipedia.org/wiki/Go_(game)",
                "HTTPS://EXAMPLE.ORG/Q?x=1&y=2", "https://x.org/q"), d.links().stream().map(Link::url).toList());
        StyledLine first = d.layout(50).get(0);
        assertTrue(first.spans().stream().anyMatch(sp -> sp.text().equals("https://example.org/a")
                && sp.styles().contains(Style.LINK)), "styled as a link");
    }

    @Test
    void aMailtoAddressIsALinkAndABareAddressIsNot() {
        Document d = PlainTextRenderer.render("Write to mailto:editor@example.org. Or to editor@example.org, or mailto: alone.");
        assertEquals(List.of("mailto:editor@example.org"), d.links().stream().map(Link::url).toList());
    }

    @Test
    void aUrlInChineseTextEndsAtTheFullWidthFullStop() {
        Document d = PlainTextRenderer.render("参见https://example.cn/路径。谢谢（https://example.cn/b）");
        assertEquals(List.of("https://example.cn/路径", "https://example.cn/b"), d.links().stream().map(Link::url).toList());
    }

    @Test
    void aUrlFollowedByAHundredThousandClosingBracketsEndsBeforeThem() {
        String text = "(https://x.org/a" + ")".repeat(100_000);
        assertEquals(16, PlainTextRenderer.urlEnd(text, 1, text.length()), "one pass, not one per bracket");
        assertEquals(List.of("https://x.org/a"), PlainTextRenderer.render(text).links().stream().map(Link::url).toList());
    }

    @Test
    void markupIsShownAsWritten() {
        assertEquals(List.of("<b>not bold</b> &amp;"), lines("<b>not bold</b> &amp;", 30));
    }

    @Test
    void controlsAreRemovedAndTabsAreSpaces() {
        assertEquals(List.of("a b c"), lines("a\tb\u001b[2J \u0007c", 30));
    }

    @Test
    void emptyTextGivesNoLines() {
        assertTrue(lines("", 30).isEmpty());
        assertTrue(lines(null, 30).isEmpty());
        assertTrue(lines("\n\n  \n", 30).isEmpty());
    }
}
