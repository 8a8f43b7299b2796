package dev.gazette.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** OPML in (into the feeds file, no duplicates) and out (OPML 2.0, escaped). */
class OpmlTest {
    @TempDir
    Path dir;

    private static final String OPML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <opml version="1.0">
              <head><title>Subscriptions</title></head>
              <body>
                <outline text="Tech">
                  <outline text="Deep">
                    <outline type="rss" text="Deep One" xmlUrl="https://deep.example/feed"/>
                  </outline>
                  <outline type="rss" text="Tech &amp; More" title="Tech &amp; More" xmlUrl="https://tech.example/rss"/>
                </outline>
                <outline type="rss" text="Top" xmlUrl="https://top.example/atom.xml"/>
                <outline type="rss" text="Again" xmlUrl="https://TOP.example/atom.xml"/>
                <outline type="rss" text="Mail" xmlUrl="mailto:x@example.com"/>
              </body>
            </opml>
            """;

    @Test
    void nestedOutlinesAreFlattenedWithTheirCategoriesAsTags() throws Exception {
        Path opml = dir.resolve("subs.opml");
        Files.writeString(opml, OPML);
        Path feeds = dir.resolve("config/gazette/feeds");
        assertEquals(3, Opml.importInto(feeds, opml).added());
        assertEquals(List.of(
                new UrlSource(URI.create("https://deep.example/feed"), Optional.of("Deep One"), List.of("Tech", "Deep")),
                new UrlSource(URI.create("https://tech.example/rss"), Optional.of("Tech & More"), List.of("Tech")),
                new UrlSource(URI.create("https://top.example/atom.xml"), Optional.of("Top"), List.of())),
                FeedsFile.read(feeds).sources());
        assertTrue(Files.readString(feeds).startsWith("# imported from subs.opml\n"));
    }

    @Test
    void gazettesOwnExportReadsBackWithItsTagsAndItsFileFeeds() throws Exception {
        Path local = Files.writeString(dir.resolve("local.json"), "{}");
        List<Source> sources = List.of(
                new UrlSource(URI.create("https://df.example/feed"), Optional.of("Daring F"), List.of("tech", "apple")),
                new FileSource(local).withLabels(Optional.of("Local file"), List.of("mine")));
        Path opml = Files.writeString(dir.resolve("export.opml"), Opml.export(sources));
        Path feeds = dir.resolve("feeds");
        assertEquals(2, Opml.importInto(feeds, opml).added());
        assertEquals(sources, FeedsFile.read(feeds).sources(), Files.readString(feeds));
    }

    @Test
    void importingAgainAddsNothing() throws Exception {
        Path opml = dir.resolve("subs.opml");
        Files.writeString(opml, OPML);
        Path feeds = dir.resolve("feeds");
        Files.writeString(feeds, "https://tech.example/rss mine\n");
        assertEquals(2, Opml.importInto(feeds, opml).added());
        String after = Files.readString(feeds);
        assertEquals(0, Opml.importInto(feeds, opml).added());
        assertEquals(after, Files.readString(feeds));
        assertTrue(after.startsWith("https://tech.example/rss mine\n# imported from subs.opml\n"), after);
    }

    @Test
    void exportIsOpml2WithEverythingEscapedAndReadsBack() throws Exception {
        List<Source> sources = List.of(
                new UrlSource(URI.create("https://example.com/f?a=1&b=2"), Optional.of("<Tom & \"Jerry\">\u001b[31m"), List.of("cartoons")),
                new UrlSource(URI.create("https://example.com/g")));
        String xml = Opml.export(sources);
        assertEquals("""
                <?xml version="1.0" encoding="UTF-8"?>
                <opml version="2.0">
                  <head>
                    <title>Gazette feeds</title>
                  </head>
                  <body>
                    <outline type="rss" text="&lt;Tom &amp; &quot;Jerry&quot;&gt;" title="&lt;Tom &amp; &quot;Jerry&quot;&gt;" xmlUrl="https://example.com/f?a=1&amp;b=2" category="/cartoons"/>
                    <outline type="rss" text="https://example.com/g" xmlUrl="https://example.com/g"/>
                  </body>
                </opml>
                """, xml);
        Path opml = dir.resolve("out.opml");
        Files.writeString(opml, xml);
        Path feeds = dir.resolve("feeds");
        assertEquals(2, Opml.importInto(feeds, opml).added());
        assertEquals(URI.create("https://example.com/f?a=1&b=2"), ((UrlSource) FeedsFile.read(feeds).sources().get(0)).url());
        assertEquals(Optional.of("<Tom & \"Jerry\">"), FeedsFile.read(feeds).sources().get(0).title());
    }

    @Test
    void externalEntitiesAreNeverRead() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "https://leak.example/");
        Path opml = dir.resolve("evil.opml");
        Files.writeString(opml, "<?xml version=\"1.0\"?>\n<!DOCTYPE opml [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<opml><body><outline text=\"a\" xmlUrl=\"&x;\"/></body></opml>\n");
        Path feeds = dir.resolve("feeds");
        SourceException e = assertThrows(SourceException.class, () -> Opml.importInto(feeds, opml));
        assertTrue(e.getMessage().startsWith(opml + ":3:"), e.getMessage());
        assertFalse(Files.exists(feeds));
    }

    @Test
    void notOpmlOrNotXmlIsOneLine() throws Exception {
        Path svg = Files.writeString(dir.resolve("pic.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        assertEquals(svg + ": not an OPML file (its root element is <svg>)", importError(svg));
        Path junk = dir.resolve("junk.opml");
        Files.writeString(junk, "<opml><body>\n<outline text='x'>\n</opml>");
        assertEquals(junk + ":3:6: invalid XML: unexpected close tag </opml>; expected </outline>", importError(junk));
    }

    /** What the file is instead, as the feed loader says it, and never the XML parser's internals. */
    @Test
    void aFileThatIsNotOpmlSaysWhatItIsInOneLine() throws Exception {
        Path feeds = dir.resolve("feeds");
        Path json = Files.writeString(dir.resolve("feed.json"), "{\"version\":\"https://jsonfeed.org/version/1.1\",\"items\":[]}");
        assertEquals(json + ": JSON, not an OPML file (if it is a JSON Feed, add it as a line of " + feeds + ")",
                importError(json));
        Path html = Files.writeString(dir.resolve("page.html"), "<!DOCTYPE html>\n<html><body><p>Hi<br></body></html>");
        assertEquals(html + ": an HTML page, not an OPML file", importError(html));
        Path empty = Files.writeString(dir.resolve("empty.opml"), "");
        assertEquals(empty + ": empty file", importError(empty));
        Path blank = Files.writeString(dir.resolve("blank.opml"), "  \n\n");
        assertEquals(blank + ": empty file", importError(blank), "not \"JSON\", as the sniffer takes blank text for");
        Path binary = Files.write(dir.resolve("logo.opml"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0});
        assertEquals(binary + ": not a text file (binary data)", importError(binary));
        Path text = Files.writeString(dir.resolve("notes.txt"), "my feeds: example.com\n");
        assertEquals(text + ": text, not an OPML file (OPML is XML)", importError(text));
        Path nothing = Files.writeString(dir.resolve("nothing.xml"), "<?xml version=\"1.0\"?>\n<!-- no element -->\n");
        assertEquals(nothing + ":3: XML with no root element", importError(nothing));
        assertEquals(dir + ": is a directory", importError(dir));
        assertFalse(Files.exists(feeds), "nothing written");
    }

    @Test
    void aFeedGivenForAnOpmlFileSaysHowToFollowIt() throws Exception {
        Path feeds = dir.resolve("feeds");
        Path rss = Files.writeString(dir.resolve("feed.xml"), "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel/></rss>");
        assertEquals(rss + ": an RSS feed, not an OPML file (to follow it, add it as a line of " + feeds + ")",
                importError(rss));
        Path rdf = Files.writeString(dir.resolve("feed.rdf"), "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
                + " xmlns=\"http://purl.org/rss/1.0/\"><channel/></rdf:RDF>");
        assertEquals(rdf + ": an RSS feed, not an OPML file (to follow it, add it as a line of " + feeds + ")",
                importError(rdf));
        Path atom = Files.writeString(dir.resolve("feed.atom"), "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title></feed>");
        assertEquals(atom + ": an Atom feed, not an OPML file (to follow it, add it as a line of " + feeds + ")",
                importError(atom));
    }

    private String importError(Path opml) {
        return assertThrows(SourceException.class, () -> Opml.importInto(dir.resolve("feeds"), opml)).getMessage();
    }
}
