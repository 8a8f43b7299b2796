package dev.gazette.source;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A command-line word is a URL or a path, decided before anything touches the file system. */
class SourceTest {

    @Test
    void anHttpsWordIsAUrlWithItsSlashesKept() throws SourceException {
        Source s = Source.parse("https://example.com/feed.json");
        UrlSource u = assertInstanceOf(UrlSource.class, s);
        assertEquals(URI.create("https://example.com/feed.json"), u.url());
        assertEquals("https://example.com/feed.json", s.display());
    }

    @Test
    void schemeAndHostAreLowerCasedAndAnEmptyPathBecomesSlash() throws SourceException {
        assertEquals(URI.create("http://example.com:8080/"), ((UrlSource) Source.parse("HTTP://Example.COM:8080")).url());
        assertEquals(URI.create("https://example.com/Feed?A=1#x"), ((UrlSource) Source.parse("https://EXAMPLE.com/Feed?A=1#x")).url());
    }

    @Test
    void anythingElseIsAPath() throws SourceException {
        assertEquals(new FileSource(Path.of("feed.json")), Source.parse("feed.json"));
        assertEquals(new FileSource(Path.of("example.com/feed.xml")), Source.parse("example.com/feed.xml"));
        assertEquals(new FileSource(Path.of("notes:2025.json")), Source.parse("notes:2025.json"));
        assertEquals(new FileSource(Path.of("/tmp/a b.json")), Source.parse("file:///tmp/a%20b.json"));
        assertEquals(new FileSource(Path.of("/tmp/a b.json")), Source.parse("file://localhost/tmp/a%20b.json"));
        assertEquals("file://elsewhere/tmp/a.json: not a valid file URL",
                assertThrows(SourceException.class, () -> Source.parse("file://elsewhere/tmp/a.json")).getMessage());
    }

    @Test
    void feedUrlsAreReadAsTheHttpUrlsTheyStandFor() throws SourceException {
        assertEquals(Source.parse("http://example.com/feed.xml"), Source.parse("feed://example.com/feed.xml"));
        assertEquals(Source.parse("https://example.com/feed.xml"), Source.parse("feed:https://example.com/feed.xml"));
        assertEquals(Source.parse("https://example.org/rss"), Source.parse("feed://https://example.org/rss"));
    }

    @Test
    void otherSchemesAreRefusedInOneLine() {
        SourceException e = assertThrows(SourceException.class, () -> Source.parse("ftp://example.com/feed.xml"));
        assertEquals("ftp://example.com/feed.xml: only http and https URLs can be fetched", e.getMessage());
    }

    @Test
    void brokenUrlsSayWhy() {
        assertEquals("https:///feed: a URL needs a host name",
                assertThrows(SourceException.class, () -> Source.parse("https:///feed")).getMessage());
        assertEquals("https://exa mple.com/: not a valid URL (illegal character in authority)",
                assertThrows(SourceException.class, () -> Source.parse("https://exa mple.com/")).getMessage());
        assertEquals("http://127.0.0.1:99999/x: not a valid URL (port 99999 is out of range: 1 to 65535)",
                assertThrows(SourceException.class, () -> Source.parse("http://127.0.0.1:99999/x")).getMessage());
        assertEquals("an empty source: give a feed file or an http(s) URL",
                assertThrows(SourceException.class, () -> Source.parse(" ")).getMessage());
    }

    @Test
    void aUrlFeedKeepsItsFilesInTheDataFolderUnderItsDerivedName() {
        URI url = URI.create("https://example.com/blog/feed.xml");
        Sidecars s = Sidecars.forUrl(url, Map.of("XDG_DATA_HOME", "/data", "HOME", "/home/ana"));
        String name = UrlNames.of(url);
        assertEquals(Path.of("/data/gazette/" + name + ".comments.jsonl"), s.journal());
        assertEquals(Path.of("/data/gazette/" + name + ".state.json"), s.state());
        assertEquals(Path.of("/data/gazette/" + name + ".drafts.json"), s.drafts());
        assertEquals(Path.of("/home/ana/.local/share/gazette/" + name + ".drafts.json"),
                Sidecars.forUrl(url, Map.of("HOME", "/home/ana")).drafts());
    }

    @Test
    void sidecarsOfAnySourceFollowItsKind() {
        Map<String, String> env = Map.of("XDG_DATA_HOME", "/data");
        assertEquals(Sidecars.beside(Path.of("/n/feed.json")), Sidecars.of(new FileSource(Path.of("/n/feed.json")), env));
        URI url = URI.create("http://h/f");
        assertEquals(Sidecars.forUrl(url, env), Sidecars.of(new UrlSource(url), env));
    }
}
