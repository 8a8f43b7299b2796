package dev.gazette.feed.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.gazette.feed.Author;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The small rules the readers share: titles, links, durations, RSS author strings. */
class XmlHelpersTest {
    @Test
    void titles() {
        assertEquals("Plain", Titles.plain("Plain"));
        assertEquals("Spaced out", Titles.plain("  Spaced \n\t out  "));
        assertNull(Titles.plain(" \n "));
        // A real Russian feed: a no-break space keeps a preposition with its word; it stays.
        assertEquals("Кодеки сжатия аудио без\u00a0потерь", Titles.plain("Кодеки сжатия аудио без\u00a0потерь"));
        assertEquals("東京\u3000ニュース", Titles.plain(" 東京\u3000ニュース\n"));
        assertEquals("x < y", Titles.fromHtml("x < y"));
        assertEquals("Bold move", Titles.fromHtml("<b>Bold</b> move"));
        assertEquals("It\u2019s here", Titles.fromHtml("It&#8217;s here"), "entities escaped twice");
        assertEquals("AT&T", Titles.fromHtml("AT&T"));
        assertEquals("Optional<T> and Map<K, V>", Titles.fromHtml("Optional<T> and Map<K, V>"), "words about code");
        assertEquals("Line one two", Titles.fromHtml("Line one<br>two"));
    }

    @Test
    void links() {
        assertEquals("https://a.example/b/c", Links.resolve("https://a.example/b/", "c"));
        assertEquals("https://a.example/c", Links.resolve("https://a.example/b/", "/c"));
        assertEquals("https://cdn.example/x", Links.resolve("https://a.example/", "//cdn.example/x"));
        assertEquals("mailto:a@b.example", Links.resolve("https://a.example/", "mailto:a@b.example"));
        assertEquals("rel/ative", Links.resolve(null, "rel/ative"));
        // A space or a no-break space in a base or a link is percent-encoded, as a browser does.
        assertEquals("https://a.example/sub%20dir/p.html", Links.resolve("https://a.example/sub dir/", "p.html"));
        assertEquals("https://a.example/sub%C2%A0/z%E2%80%94.html", Links.resolve("https://a.example/sub\u00a0/", "z%E2%80%94.html"));
        assertEquals("https://a.example/b/a%20b%7Cc?q=1%25", Links.resolve("https://a.example/b/", "a b|c?q=1%"));
        assertEquals("https://a.example/b/index.php?p=2", Links.resolve("https://a.example/b/index.php?p=1#top", "?p=2"),
                "a query alone keeps the path (RFC 3986)");
        assertEquals("https://a.example/has%20space", Links.resolve("https://a.example/", "has space"),
                "a browser would open it so: encoded, not left relative");
        assertEquals("[bad", Links.resolve("https://a.example/", "[bad"), "still not a URI: kept as written");
        assertNull(Links.resolve("https://a.example/", "  "));
    }

    @Test
    void durations() {
        assertEquals(7039L, Durations.parse("1:57:19"));
        assertEquals(3547L, Durations.parse("59:07"));
        assertEquals(3540L, Durations.parse("3540"));
        assertEquals(1835L, Durations.parse("1834.5"));
        assertNull(Durations.parse("1:75"));
        assertNull(Durations.parse("an hour"));
        assertNull(Durations.parse("1:2:3:4"));
    }

    @Test
    void rssAuthorStrings() {
        assertEquals(new Author("Joe Bloggs", "mailto:joe@example.com"), FieldReader.person("joe@example.com (Joe Bloggs)"));
        assertEquals(new Author("Joe Bloggs", "mailto:joe@example.com"), FieldReader.person("Joe Bloggs <joe@example.com>"));
        assertEquals(new Author("joe@example.com", "mailto:joe@example.com"), FieldReader.person("joe@example.com"));
        assertEquals(new Author("Jane Doe (guest)", null), FieldReader.person("Jane Doe (guest)"));
        assertEquals(new Author("Ann <ann at example>", null), FieldReader.person("Ann <ann at example>"));
        assertEquals(new Author("Joe Bloggs", null), FieldReader.person(" Joe  Bloggs "));
        assertNull(FieldReader.person("   "));
    }

    @Test
    void attributeEntitiesAreRecoveredWithAWarningEachAndAStrayMarkerStays() {
        List<String> warnings = new ArrayList<>();
        XmlCursor.Warnings w = (line, column, message) -> warnings.add(line + ":" + column + " " + message);
        long at = XmlPosition.of(3, 7);
        String value = "caf" + AttributeEntities.forParser().get("eacute") + " " + AttributeEntities.forParser().get("mdash");
        assertEquals("café —", AttributeEntities.recover(value, w, at));
        assertEquals(List.of("3:7 &eacute; in an attribute is an HTML entity, not XML; read as U+00E9",
                "3:7 &mdash; in an attribute is an HTML entity, not XML; read as U+2014"), warnings);
        warnings.clear();
        String stray = "a" + AttributeEntities.MARKER + "b" + AttributeEntities.MARKER;
        assertEquals(stray, AttributeEntities.recover(stray, w, at), "the file's own U+FDD0 is no entity");
        assertEquals(List.of(), warnings);
        assertNull(AttributeEntities.recover(null, w, at));
    }
}
