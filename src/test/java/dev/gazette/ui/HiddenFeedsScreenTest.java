package dev.gazette.ui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.input.KeyType;
import dev.gazette.feed.Feed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static dev.gazette.ui.FeedsScreenTest.garden;
import static dev.gazette.ui.FeedsScreenTest.key;
import static dev.gazette.ui.FeedsScreenTest.tech;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Feeds the feeds file hides with a "!" tag, as newsboat does: no row on the feeds screen,
 * their articles still in All articles, loaded, refreshed and marked with the rest.
 */
class HiddenFeedsScreenTest {

    @TempDir
    Path dir;

    static Feed secret() {
        return new Feed("Secret Stash", null, null, null, List.of(
                TestFeeds.article("s1", "Hidden gem", "2025-03-06T10:00:00Z", null, "h"),
                TestFeeds.article("s2", "Quiet note", "2025-03-03T10:00:00Z", null, "q")), List.of(), 0, 0);
    }

    /** Tech Daily, Secret Stash (hidden, in the middle), My garden: feed0, feed1, feed2. */
    VirtualScreen open() {
        return VirtualScreen.ofFeedsHiding(70, 10, dir, Arrays.asList(null, null, "My garden"),
                List.of(false, true, false), tech(), secret(), garden());
    }

    private static boolean selected(VirtualScreen s, int row) {
        return s.cell(3, row).getModifiers().contains(SGR.REVERSE);
    }

    @Test
    void aHiddenFeedHasNoRowAndTheHeaderSaysSo() {
        VirtualScreen s = open();
        assertEquals(" Gazette — 2 feeds + 1 hidden, 6 unread", s.row(0),
                "rows are counted as feeds; unread is All articles' own count, hidden articles included");
        assertTrue(s.row(1).startsWith(" All articles") && s.row(1).contains("6/6"), s.row(1));
        assertTrue(s.row(2).startsWith(" Tech Daily") && s.row(2).contains("2/2"), s.row(2));
        assertTrue(s.row(3).startsWith(" My garden") && s.row(3).contains("2/2"), s.row(3));
        assertTrue(s.row(4).isBlank(), "no row for Secret Stash: " + s.row(4));
        assertFalse(s.text().contains("Secret"), s.text());
    }

    @Test
    void uSkipsAHiddenFeedAndThenSaysItsUnreadArticlesAreInAllArticles() {
        VirtualScreen s = open().press(key('j')).press(KeyType.Enter).press(KeyType.Enter);   // Tech Daily's first
        s.press(key('U'));
        assertTrue(s.row(0).startsWith(" Tech Daily — 2/2"), s.text());
        s.press(key('U'));
        assertTrue(s.row(0).startsWith(" My garden — 1/2"), "the hidden feed between is skipped: " + s.text());
        s.press(key('U'), key('U'));
        assertEquals("No other unread article here; 2 in hidden feeds (see All articles)", s.row(9).stripTrailing());
    }

    @Test
    void allArticlesHasTheHiddenFeedsArticlesWithTheirSource() {
        VirtualScreen s = open().press(KeyType.Enter);
        assertEquals(" All articles — 6 articles, 6 unread", s.row(0));
        assertTrue(s.row(1).contains("Hidden gem") && s.row(1).endsWith("Secret Stash"), s.row(1));
        assertTrue(s.row(2).contains("Kernel news") && s.row(2).endsWith("Tech Daily"), s.row(2));
        assertTrue(s.row(3).contains("Tomatoes") && s.row(3).endsWith("My garden"), s.row(3));
        assertTrue(s.row(4).contains("Quiet note") && s.row(4).endsWith("Secret Stash"), s.row(4));
    }

    @Test
    void eachRowOpensRefreshesAndMarksItsOwnFeedWhenAHiddenOneIsBetween() throws IOException {
        VirtualScreen s = open().press(key('j'), key('j'));
        assertTrue(selected(s, 3), "on My garden");
        s.press(KeyType.Enter);
        assertEquals(" My garden — 2 articles, 2 unread", s.row(0), "the row after the hidden feed is My garden");
        s.press(key('q'));
        assertTrue(selected(s, 3), "back on My garden");
        s.press(key('r'));
        assertEquals(List.of(1, 1, 2), s.sources.stream().map(x -> x.loads).toList(), "r reloads My garden only");
        s.press(key('A'), key('y'));
        assertTrue(s.row(3).contains("0/2"), s.row(3));
        assertTrue(Files.exists(dir.resolve("feed2.state.json")));
        assertFalse(Files.exists(dir.resolve("feed1.state.json")), "the hidden feed is untouched");
        s.press(key('k')).press(KeyType.Enter);
        assertEquals(" Tech Daily — 2 articles, 2 unread", s.row(0));
    }

    @Test
    void movingStopsAtTheLastVisibleFeed() {
        VirtualScreen s = open().press(key('G'));
        assertTrue(selected(s, 3), "G: My garden is the last row");
        s.press(key('j'));
        assertTrue(selected(s, 3) && !selected(s, 4), "no row past it");
        s.press(KeyType.Enter);
        assertEquals(" My garden — 2 articles, 2 unread", s.row(0));
    }

    @Test
    void allArticlesRefreshesMarksAndCommentsTheHiddenFeedToo() throws IOException {
        VirtualScreen s = open();
        s.press(key('r'));
        assertEquals(List.of(2, 2, 2), s.sources.stream().map(x -> x.loads).toList(), "r on All articles: every feed");
        s.press(key('R'));
        assertEquals(List.of(3, 3, 3), s.sources.stream().map(x -> x.loads).toList(), "R: every feed");
        assertEquals("All 3 feeds refreshed", s.row(9));
        s.press(KeyType.Enter).press(KeyType.Enter);
        assertEquals("Hidden gem", s.row(1));
        s.press(key('c')).type("Found it").press(KeyType.Enter);
        assertTrue(Files.readString(dir.resolve("feed1.comments.jsonl")).contains("Found it"),
                "the comment goes to the hidden feed's own journal");
        assertTrue(Files.readString(dir.resolve("feed1.state.json")).contains("\"s1\""), "read, in its own marks");
        s.press(KeyType.Escape).press(key('q'));
        assertEquals(" Gazette — 2 feeds + 1 hidden, 5 unread", s.row(0));
        s.press(key('A'));
        assertEquals("Mark 5 articles in every feed read? y/n", s.row(9).stripTrailing());
        s.press(key('y'));
        assertEquals("5 articles marked read", s.row(9), "A on All articles: the hidden feed's too");
        assertTrue(Files.readString(dir.resolve("feed1.state.json")).contains("\"s2\""));
    }

    @Test
    void everyFeedHiddenLeavesAllArticlesAlone() {
        VirtualScreen s = VirtualScreen.ofFeedsHiding(70, 10, dir, Arrays.asList(null, "My garden"),
                List.of(true, true), tech(), garden());
        assertEquals(" Gazette — 2 hidden feeds, 4 unread", s.row(0));
        assertTrue(s.row(1).startsWith(" All articles") && s.row(1).contains("4/4"), s.row(1));
        assertTrue(s.row(2).isBlank(), s.row(2));
        s.press(key('j'), key('G'));
        assertTrue(selected(s, 1) && !selected(s, 2), "All articles is the only row");
        s.press(KeyType.Enter);
        assertEquals(" All articles — 4 articles, 4 unread", s.row(0));
    }

    @Test
    void oneVisibleFeed() {
        VirtualScreen s = VirtualScreen.ofFeedsHiding(70, 10, dir, Arrays.asList(null, "My garden"),
                List.of(true, false), tech(), garden());
        assertEquals(" Gazette — 1 feed + 1 hidden, 4 unread", s.row(0));
        assertTrue(s.row(2).startsWith(" My garden"), s.row(2));
        assertTrue(s.row(3).isBlank(), s.row(3));
        s.press(key('j')).press(KeyType.Enter);
        assertEquals(" My garden — 2 articles, 2 unread", s.row(0));
    }

    @Test
    void aHiddenFeedThatCannotBeReadSaysSoOnTheStatusLineOfAllArticles() {
        VirtualScreen s = VirtualScreen.ofFeedsLoadingByHand(100, 10, dir, Arrays.asList(null, null, "My garden"),
                Arrays.asList("tech.xml", "secret.xml", "garden.xml"), List.of(false, true, false),
                tech(), secret(), garden());
        s.sources.get(1).failure = "secret.xml: no such file";
        s.runHeldLoad().runHeldLoad();
        // Never read, it has no title: its name is where it comes from, not said twice.
        assertEquals("secret.xml (hidden): no such file", s.row(9).stripTrailing(),
                "it has no row to show it: the status line says it as it happens");
        s.runHeldLoad();
        s.press(key('j'));
        assertEquals(FeedsScreen.KEYS, s.row(9), "Tech Daily is fine");
        s.press(key('k'));
        assertEquals("⚠ secret.xml (hidden): no such file", s.row(9).stripTrailing(),
                "on All articles, whose articles it is missing from, the status line keeps saying it");
        s.press(key('R')).runHeldLoad().runHeldLoad().runHeldLoad();
        assertEquals("Refreshed: 1 of 3 feeds could not be read (secret.xml (hidden): no such file)", s.row(9).stripTrailing(),
                "the one hidden failure named, wherever R was pressed");
    }
}
