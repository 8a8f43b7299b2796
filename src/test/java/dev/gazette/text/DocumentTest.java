package dev.gazette.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DocumentTest {

    @Test
    void layoutIsCachedForTheLastWidth() {
        Document d = HtmlRenderer.render("<p>some words to wrap</p>", null);
        List<StyledLine> a = d.layout(10);
        assertSame(a, d.layout(10));
        List<StyledLine> b = d.layout(12);
        assertNotSame(a, b);
        assertEquals(a, d.layout(10));
    }

    @Test
    void widthBelowOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> HtmlRenderer.render("<p>x</p>", null).layout(0));
    }

    @Test
    void everyLineFitsAtEveryWidth() {
        String html = "<h1>日本語のタイトル</h1><ol><li><blockquote><pre>\tcode 日本語 \uD83D\uDE00</pre></blockquote></li></ol>"
                + "<table><tr><th>名前</th><th>説明</th></tr><tr><td>x</td><td>\uD83D\uDE00\uD83D\uDE00</td></tr></table><hr>";
        Document d = HtmlRenderer.render(html, null);
        for (int w = 1; w <= 40; w++) {
            for (StyledLine l : d.layout(w)) assertTrue(l.columns() <= w, "width " + w + ": " + l.plain());
        }
    }

    @Test
    void spansAreAlwaysClean() {
        Span s = new Span("a\u001b[31mb\nc", Style.BOLD);
        assertEquals("ab c", s.text());
        assertEquals(Set.of(Style.BOLD), s.styles());
        assertEquals("", new Span(null, (Set<Style>) null).text());
        assertTrue(new Span("x", (Set<Style>) null).styles().isEmpty());
    }

    @Test
    void styledLineHelpers() {
        StyledLine l = new StyledLine(List.of(new Span("日本"), new Span(" x", Style.BOLD)));
        assertEquals("日本 x", l.plain());
        assertEquals(6, l.columns());
        assertEquals("hi", StyledLine.plain("hi").plain());
        assertEquals(Set.of(Style.DIM), StyledLine.of("d", Style.DIM).spans().get(0).styles());
        assertEquals("", StyledLine.EMPTY.plain());
        assertEquals(0, StyledLine.EMPTY.columns());
    }
}
