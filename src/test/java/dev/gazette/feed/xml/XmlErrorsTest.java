package dev.gazette.feed.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gazette.feed.FeedException;
import dev.gazette.feed.FeedLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not a readable feed: one line saying what they are, or where the XML breaks. */
class XmlErrorsTest {
    private static String error(String fixture) {
        Path file = Fixtures.path(fixture);
        FeedException e = assertThrows(FeedException.class, () -> FeedLoader.load(file));
        return e.getMessage().replace(file.toString(), fixture);
    }

    @Test
    void pagesAndOtherXmlSayWhatTheyAre() {
        assertEquals("page.html: an HTML page, not a feed", error("page.html"));
        assertEquals("xhtml-page.xml: an HTML page, not a feed", error("xhtml-page.xml"));
        assertEquals("svg-not-a-feed.xml: XML but not a feed: root element <svg:svg>", error("svg-not-a-feed.xml"));
        assertEquals("opml-not-a-feed.xml: XML but not a feed: root element <opml> (an OPML list of feeds)",
                error("opml-not-a-feed.xml"));
        assertEquals("atom-entry-document.xml: XML but not a feed: root element <entry> (a single Atom entry)",
                error("atom-entry-document.xml"));
        assertEquals("rdf-not-rss.xml: XML but not a feed: root element <rdf:RDF>", error("rdf-not-rss.xml"));
    }

    @Test
    void brokenXmlNamesItsLineAndColumn() {
        assertEquals("rss-truncated.xml:8:43: invalid XML: the file ends too soon; was expecting a close tag for element <channel>",
                error("rss-truncated.xml"));
        assertEquals("rss-undefined-entity.xml:5:22: undefined entity &notanentity;", error("rss-undefined-entity.xml"));
    }

    @Test
    void aDownloadCutInsideATitleSaysTheFileEndsTooSoon(@TempDir Path dir) throws Exception {
        Path cut = Files.writeString(dir.resolve("cut.xml"),
                "<rss version=\"2.0\"><channel><title>T</title>\n<item><title>Joe B", StandardCharsets.UTF_8);
        FeedException e = assertThrows(FeedException.class, () -> FeedLoader.load(cut));
        assertEquals(cut + ":2:18: invalid XML: the file ends too soon, in text", e.getMessage());
    }

    @Test
    void aDownloadCutInsideATagACommentOrTheDeclarationSaysTheFileEndsTooSoon(@TempDir Path dir) throws Exception {
        String whole = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><!-- mirror --><title>T</title></channel></rss>";
        assertEquals("1:10: invalid XML: the file ends too soon, in the XML declaration", cutAfter(dir, whole, "<?xml vers"));
        assertEquals("2:12: invalid XML: the file ends too soon, in a name", cutAfter(dir, whole, "<rss version"));
        assertEquals("2:36: invalid XML: the file ends too soon, in comment", cutAfter(dir, whole, "<!-- mir"));
        assertEquals("2:56: invalid XML: the file ends too soon, in end tag", cutAfter(dir, whole, "</tit"));
    }

    @Test
    void aDownloadCutInsideAnEntityReferenceSaysTheFileEndsTooSoonNotThatASemicolonIsMissing(@TempDir Path dir)
            throws Exception {
        String whole = "<rss version=\"2.0\"><channel><title>Tom &amp; Jerry</title></channel></rss>";
        assertEquals("1:43: invalid XML: the file ends too soon, in entity reference &amp", cutAfter(dir, whole, "&amp"));
        assertEquals("1:39: invalid XML: the file ends too soon, in entity reference", cutAfter(dir, whole, "&"));
    }

    @Test
    void aDownloadCutInsideTheInternalDtdSubsetSaysSoWithAPlace(@TempDir Path dir) throws Exception {
        String whole = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY foo \"bar\">\n]>\n<rss version=\"2.0\"><channel/></rss>";
        assertEquals("4:1: invalid XML: the file ends too soon, in internal DTD subset",
                cutAfter(dir, whole, "\"bar\">\n"), "Woodstox throws this one wrapped, lazily: not an internal error");
    }

    @Test
    void aDownloadCutJustAfterALineBreakSaysTheFirstColumnOfTheNextLine(@TempDir Path dir) throws Exception {
        String whole = "<rss version=\"2.0\"><channel><title>T</title>\r\n<item><title>x</title></item>\r\n</channel></rss>";
        assertEquals("3:1: invalid XML: the file ends too soon; was expecting a close tag for element <channel>",
                cutAfter(dir, whole, "</item>\r\n"), "Woodstox says column 0 there");
        assertEquals("3:1: invalid XML: the file ends too soon; was expecting a close tag for element <channel>",
                cutAfter(dir, whole, "</item>\r"));
    }

    /** The message, less the file's name, for {@code whole} cut just after the first {@code end}. */
    private static String cutAfter(Path dir, String whole, String end) throws Exception {
        Path cut = Files.writeString(dir.resolve("cut.xml"), whole.substring(0, whole.indexOf(end) + end.length()),
                StandardCharsets.UTF_8);
        FeedException e = assertThrows(FeedException.class, () -> FeedLoader.load(cut));
        return e.getMessage().substring((cut + ":").length());
    }

    @Test
    void aFileThatEndsBeforeAnyElementSaysSoWithAPlace() {
        // Two lines: the declaration and a blank one; the file ends where line 3 would start.
        assertEquals("xml-declaration-only.xml:3: XML with no root element", error("xml-declaration-only.xml"));
    }
}
