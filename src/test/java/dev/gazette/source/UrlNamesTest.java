package dev.gazette.source;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Map;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Names that a person can recognise in a folder listing and that never collide. */
class UrlNamesTest {

    @Test
    void aNameIsAReadablePrefixAndAHash() {
        String name = UrlNames.of(URI.create("https://example.com/blog/feed.xml?x=1"));
        assertTrue(name.matches("example\\.com_blog_feed\\.xml_x_1-[0-9a-f]{16}"), name);
    }

    @Test
    void aPasswordInTheUrlNeverReachesAFileName() {
        String name = UrlNames.of(URI.create("https://ana:s3cret@example.com:8443/feed"));
        assertTrue(name.matches("example\\.com_8443_feed-[0-9a-f]{16}"), name);
        assertNotEquals(name, UrlNames.of(URI.create("https://example.com:8443/feed")), "the hash still tells them apart");
    }

    @Test
    void urlsThatLookAlikeGetDifferentNames() {
        assertNotEquals(UrlNames.of(URI.create("https://example.com/a/b")), UrlNames.of(URI.create("https://example.com/a_b")));
        assertNotEquals(UrlNames.of(URI.create("http://example.com/")), UrlNames.of(URI.create("https://example.com/")));
    }

    @Test
    void longUrlsAreCutAndStrangeCharactersReplaced() {
        String name = UrlNames.of(URI.create("https://example.com/" + "x".repeat(200) + "/%E2%80%AE../../etc"));
        assertTrue(name.length() <= UrlNames.PREFIX_LIMIT + 17, name);
        assertTrue(name.matches("[a-z0-9._-]+"), name);
    }

    @Test
    void xdgVariablesWinWhenAbsoluteAndAreIgnoredOtherwise() {
        assertEquals(Path.of("/c/gazette"), XdgDirs.config(Map.of("XDG_CONFIG_HOME", "/c", "HOME", "/h")));
        assertEquals(Path.of("/h/.config/gazette"), XdgDirs.config(Map.of("XDG_CONFIG_HOME", "relative", "HOME", "/h")));
        assertEquals(Path.of("/h/.cache/gazette"), XdgDirs.cache(Map.of("XDG_CACHE_HOME", "", "HOME", "/h")));
        assertEquals(Path.of("/d/gazette"), XdgDirs.data(Map.of("XDG_DATA_HOME", "/d")));
        assertEquals(Path.of("/c/gazette/feeds"), FeedsFile.defaultLocation(Map.of("XDG_CONFIG_HOME", "/c")));
    }
}
