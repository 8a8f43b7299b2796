package dev.gazette.ui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.gazette.feed.Feed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The feeds screen of a session with several sources, and "All articles". */
class FeedsScreenTest {

    @TempDir
    Path dir;

    static KeyStroke key(char c) {
        return new KeyStroke(c, false, false);
    }

    static Feed tech() {
        return new Feed("Tech Daily", null, null, null, List.of(
                TestFeeds.article("t1", "Kernel news", "2025-03-05T10:00:00Z", null, "k"),
                TestFeeds.article("t2", "Compilers", "2025-03-01T10:00:00Z", null, "c")), List.of(), 0, 0);
    }

    static Feed garden() {
        return new Feed("Garden Weekly", null, null, null, List.of(
                TestFeeds.article("g1", "Tomatoes", "2025-03-04T10:00:00Z", null, "t"),
                TestFeeds.article("t1", "Same id, other feed", "2025-03-02T10:00:00Z", null, "s")), List.of(), 0, 0);
    }

    VirtualScreen open() {
        return VirtualScreen.ofFeeds(70, 10, dir, Arrays.asList(null, "My garden"), tech(), garden());
    }

    @Test
    void oneRowPerFeedUnderAllArticles() {
        VirtualScreen s = open();
        assertEquals(" Gazette — 2 feeds, 4 unread", s.row(0));
        assertTrue(s.row(1).startsWith(" All articles") && s.row(1).contains("4/4"), s.row(1));
        assertTrue(s.row(2).startsWith(" Tech Daily") && s.row(2).contains("2/2"), s.row(2));
        assertTrue(s.row(3).startsWith(" My garden") && s.row(3).contains("2/2"), "the feeds file's title wins: " + s.row(3));
        assertEquals(FeedsScreen.KEYS, s.row(9));
    }

    @Test
    void ctrlZSuspendsFromTheFeedsScreenAndItsHelpSaysSo() {
        VirtualScreen s = VirtualScreen.ofFeeds(70, 30, dir, Arrays.asList(null, "My garden"), tech(), garden());
        s.ctrl('z');
        assertEquals(1, s.suspends, "Ctrl-Z works here as in the other views");
        s.press(key('?'));
        String help = s.rows().stream().filter(r -> r.contains("^Z")).findFirst().orElse("no ^Z in:\n" + s.text());
        assertTrue(help.contains("suspend (the shell's fg comes back)"), help);
    }

    @Test
    void allArticlesMergesNewestFirstWithASourceColumn() {
        VirtualScreen s = open().press(KeyType.Enter);
        assertEquals(" All articles — 4 articles, 4 unread", s.row(0));
        assertTrue(s.row(1).contains("Kernel news") && s.row(1).endsWith("Tech Daily"), s.row(1));
        assertTrue(s.row(2).contains("Tomatoes") && s.row(2).endsWith("My garden"), s.row(2));
        assertTrue(s.row(3).contains("Same id, other feed") && s.row(3).endsWith("My garden"), s.row(3));
        assertTrue(s.row(4).contains("Compilers"), s.row(4));
    }

    @Test
    void slashFiltersTheHeadlinesOfEveryFeedAsNewsboatsSearchDoes() {
        VirtualScreen s = open().press(key('j')).press(key('/')).type("to");
        assertTrue(s.row(0).startsWith(" All articles"), s.row(0));
        assertTrue(s.row(1).contains("Tomatoes") && s.row(1).endsWith("My garden"), s.row(1));
        assertTrue(s.row(2).isBlank(), "Kernel news, Compilers and Same id do not match: " + s.row(2));
        assertTrue(s.row(9).startsWith("/to"), "the filter line has the keys: " + s.row(9));
        s.press(KeyType.Escape);
        assertTrue(s.row(4).contains("Compilers"), "Esc clears the filter: " + s.row(4));
        assertEquals(HeadlinesScreen.KEYS_BACK, s.row(9), "with several feeds, q goes back to them");
        s.press(KeyType.Escape);
        assertTrue(s.row(2).startsWith(" Tech Daily"), "back on the feeds, the selection kept: " + s.row(2));
    }

    @Test
    void aPasteOnTheFeedsScreenFiltersAllArticlesAsSlashDoes() {
        VirtualScreen s = open();
        s.post(new Event.Paste("tomat"));
        assertTrue(s.row(0).startsWith(" All articles — 1 of 4 articles"), s.row(0));
        assertTrue(s.text().contains("Tomatoes"), s.text());
        assertEquals("/tomat", s.row(9).stripTrailing());

        VirtualScreen asked = open();
        asked.press(key('A'));
        assertTrue(asked.row(9).endsWith("y/n"), asked.row(9));
        asked.post(new Event.Paste("y"));
        assertEquals("Nothing marked", asked.row(9).stripTrailing(), "a paste is never an answer, nor a filter behind the question");
        assertEquals(" Gazette — 2 feeds, 4 unread", asked.row(0));
    }

    @Test
    void escClearsAKeptFilterBeforeItGoesBackToTheFeeds() {
        VirtualScreen s = open().press(KeyType.Enter).press(key('/')).type("to").press(KeyType.Enter);
        assertTrue(s.row(0).contains("1 of 4") && s.row(0).endsWith("/to"), s.row(0));
        s.press(KeyType.Escape);
        assertTrue(s.row(0).startsWith(" All articles — 4 articles"), "the filter cleared, still in the list: " + s.row(0));
        s.press(key('/')).type("to").press(KeyType.Enter).press(key('h'));
        assertTrue(s.row(1).startsWith(" All articles"), "h goes back, the filter or not: " + s.row(1));
        s.press(KeyType.Enter).press(key('/')).type("to").press(KeyType.Enter);
        s.press(KeyType.Escape).press(KeyType.Escape);
        assertTrue(s.row(1).startsWith(" All articles") && s.row(0).startsWith(" Gazette"), "the second Esc goes back");
    }

    @Test
    void marksAndCommentsFollowAnArticleToItsOwnFeed() throws IOException {
        VirtualScreen s = open().press(KeyType.Enter).press(key('j'), key('j')).press(KeyType.Enter);
        assertEquals("Same id, other feed", s.row(1));
        assertTrue(s.row(0).startsWith(" All articles — 3/4 · My garden"), "the article says its feed: " + s.row(0));
        s.press(key('c')).type("From All articles").press(KeyType.Enter);
        assertTrue(Files.readString(dir.resolve("feed1.comments.jsonl")).contains("From All articles"));
        assertFalse(Files.exists(dir.resolve("feed0.comments.jsonl")), "the same id in the other feed is another article");
        assertTrue(Files.readString(dir.resolve("feed1.state.json")).contains("\"t1\""));
        assertFalse(Files.exists(dir.resolve("feed0.state.json")));
        s.press(KeyType.Escape);
        assertTrue(s.row(1).startsWith("●"), "Kernel news (t1 of Tech Daily) is still unread: " + s.row(1));
        assertTrue(s.row(3).startsWith(" "), s.row(3));
    }

    @Test
    void anArticleThatArrivesWhileAAsksIsNotMarkedUnseen() {
        VirtualScreen s = open().press(key('j'), key('A'));
        assertEquals("Mark 2 articles of Tech Daily read? y/n", s.row(9).stripTrailing());
        List<dev.gazette.feed.Article> more = new java.util.ArrayList<>(tech().articles());
        more.add(TestFeeds.article("t9", "Arrived while asking", "2025-03-09T10:00:00Z", null, "new"));
        s.sources.get(0).next = new Feed("Tech Daily", null, null, null, more, List.of(), 0, 0);
        s.post(new Event.FeedChanged(0));
        assertEquals("Mark 2 articles of Tech Daily read? y/n", s.row(9).stripTrailing(), "the question stays in sight");
        s.press(key('y'));
        assertEquals("The list changed: mark 3 articles of Tech Daily read? y/n", s.row(9).stripTrailing(),
                "asked again, with the article the reader has not seen counted");
        assertTrue(s.row(2).contains("3/3"), "nothing marked yet: " + s.row(2));
        s.press(key('y'));
        assertEquals("3 articles marked read", s.row(9).stripTrailing());
    }

    @Test
    void uAtTheEndOfAFeedsUnreadGoesOnIntoTheNextFeedWithUnreadArticlesAsNewsboatDoes() {
        VirtualScreen s = open().press(key('j')).press(KeyType.Enter).press(KeyType.Enter).press(key('U'));
        assertTrue(s.row(0).startsWith(" Tech Daily — 2/2"), s.text());
        s.press(key('U'));
        assertTrue(s.row(0).startsWith(" My garden — 1/2"), "the next feed's first unread article: " + s.text());
        assertEquals("On to My garden: 2 unread", s.row(9).stripTrailing(), "counted as the feed was when U went there");
        s.press(key('U'), key('U'));
        assertEquals("No other unread article", s.row(9).stripTrailing(), "every feed read: " + s.text());
        s.press(key('q'), key('q'));
        assertTrue(s.row(3).contains("0/2"), "the feeds screen, on My garden's row: " + s.text());
    }

    @Test
    void everyBackKeyOfTheHeadlinesReturnsToTheFeeds() {
        KeyStroke[] backKeys = {new KeyStroke(KeyType.Escape), key('q'), key('h'),
                new KeyStroke(KeyType.ArrowLeft), new KeyStroke(KeyType.Backspace)};
        for (KeyStroke back : backKeys) {
            VirtualScreen s = open().press(key('j'), key('j')).press(KeyType.Enter);
            assertEquals(" My garden — 2 articles, 2 unread", s.row(0));
            s.press(back);
            assertTrue(s.row(0).startsWith(" Gazette — 2 feeds"), "after " + back + ": " + s.row(0));
        }
    }

    @Test
    void backReturnsToTheFeedsWithTheSelectionKept() {
        VirtualScreen s = open().press(key('j'), key('j')).press(KeyType.Enter);
        assertEquals(" My garden — 2 articles, 2 unread", s.row(0));
        s.press(KeyType.Enter).press(KeyType.Escape).press(key('q'));
        // Every feed's unread count, not the list last shown: 2 of Tech Daily and 1 of My garden.
        assertTrue(s.row(0).startsWith(" Gazette — 2 feeds, 3 unread"), s.row(0));
        assertTrue(s.row(1).startsWith(" All articles") && s.row(1).contains("3/4"), s.row(1));
        assertTrue(s.row(3).contains("1/2"), s.row(3));
        assertTrue(s.cell(3, 3).getModifiers().contains(com.googlecode.lanterna.SGR.REVERSE), "still on My garden");
        s.press(key('q'));
        assertFalse(s.state().running());
    }

    @Test
    void aMarksTheSelectedFeedReadOrOnAllArticlesEveryFeed() throws IOException {
        VirtualScreen s = open();
        s.press(key('j'), key('A'));
        assertEquals("Mark 2 articles of Tech Daily read? y/n", s.row(9).stripTrailing());
        s.press(key('y'));
        assertEquals("2 articles marked read", s.row(9));
        assertEquals(" Gazette — 2 feeds, 2 unread", s.row(0));
        assertTrue(s.row(2).contains("0/2"), s.row(2));
        assertTrue(s.row(3).contains("2/2"), "My garden untouched: " + s.row(3));
        assertTrue(Files.readString(dir.resolve("feed0.state.json")).contains("\"t1\""));
        s.press(key('k'), key('A'), key('Y'));
        assertEquals("2 articles marked read", s.row(9), "All articles: the rest");
        assertEquals(" Gazette — 2 feeds, 0 unread", s.row(0));
        s.press(key('A'));
        assertEquals("Nothing to mark: every article is read", s.row(9));
    }

    @Test
    void whileFeedsLoadTheStatusSaysHowManyAreStillLoading() {
        VirtualScreen s = VirtualScreen.ofFeedsLoadingByHand(100, 10, dir, Arrays.asList(null, "My garden"),
                tech(), garden());
        assertEquals("2 of 2 feeds still loading…", s.row(9));
        s.runHeldLoad();
        assertEquals("1 of 2 feeds still loading…", s.row(9), "not \"Reading 1 of 2\", which reads as the first");
        s.runHeldLoad();
        assertEquals(FeedsScreen.KEYS, s.row(9));
    }

    @Test
    void aFetchNobodyAskedForThatFailsSaysWhichCopyIsShown() {
        VirtualScreen s = VirtualScreen.ofFeeds(120, 10, dir, Arrays.asList(null, "My garden"),
                Arrays.asList(null, "http://example.invalid/garden"), tech(), garden());
        s.sources.get(1).freshness = "cached copy from 2026-12-01 00:39";
        s.post(new Event.FeedChanged(1));   // as if the start had read the cached copy
        s.sources.get(1).failure = "http://example.invalid/garden: connection refused by example.invalid";
        s.post(new Event.FeedChanged(1));   // the fetch after a start from the cache: no network
        assertEquals("My garden: showing the cached copy from 2026-12-01 00:39; update failed: "
                + "connection refused by example.invalid", s.row(9));
        s.press(key('j'), key('j'), key('r'));
        assertEquals("My garden: reload failed, showing the earlier copy: connection refused by example.invalid",
                s.row(9).stripTrailing(), "asked for: the reload failed");
    }

    @Test
    void aRowSaysWhenItsCopyWasCheckedWholeAt80ColumnsAndWithoutTheYearWhenNarrow() {
        VirtualScreen s = VirtualScreen.ofFeeds(80, 10, dir, Arrays.asList("Daring Fireball (Atom)", null),
                Arrays.asList("https://daringfireball.net/feeds/main", "http://example.invalid/garden"), tech(), garden());
        s.sources.get(0).freshness = "checked 2026-12-02 14:34, not modified";
        s.sources.get(1).freshness = "offline: copy fetched 2026-12-01 09:05";
        s.post(new Event.FeedChanged(0));
        s.post(new Event.FeedChanged(1));
        assertEquals(" Daring Fireball (Atom)       2/2  checked 2026-12-02 14:34, not modified", s.row(2).stripTrailing());
        assertEquals(" Garden Weekly                2/2  offline: copy fetched 2026-12-01 09:05", s.row(3).stripTrailing());
        s.post(new Event.Resize(new com.googlecode.lanterna.TerminalSize(72, 10)));
        assertEquals(" Daring Fireball (Atom)       2/2  checked 12-02 14:34, not modified", s.row(2).stripTrailing(),
                "the year goes first");
        s.post(new Event.Resize(new com.googlecode.lanterna.TerminalSize(50, 10)));
        assertEquals(" Daring Firebal…       2/2  checked 12-02 14:34", s.row(2).stripTrailing());
        assertEquals(" Garden Weekly         2/2  offline, 12-01 09:05", s.row(3).stripTrailing());
        s.press(key('j'), key('j')).press(KeyType.Enter);
        s.post(new Event.Resize(new com.googlecode.lanterna.TerminalSize(70, 10)));
        assertEquals(" Garden Weekly — 2 articles, 2 unread · offline, 12-01 09:05", s.row(0).stripTrailing(),
                "the headlines' header too");
        s.post(new Event.Resize(new com.googlecode.lanterna.TerminalSize(120, 10)));
        assertEquals(" Garden Weekly — 2 articles, 2 unread · offline: copy fetched 2026-12-01 09:05", s.row(0).stripTrailing());
        s.post(new Event.Resize(new com.googlecode.lanterna.TerminalSize(45, 10)));
        assertEquals(" Garden Weekly — 2 articles, 2 unread", s.row(0).stripTrailing(),
                "no room even for the short form: left out, not cut in the middle of a word");
    }

    @Test
    void nOnTheFeedsScreenGoesToTheNextFeedWithUnreadArticles() {
        VirtualScreen s = open();
        s.press(key('n'));
        assertEquals(1, s.state().feedList().selected(), "Tech Daily, the first feed with unread articles");
        s.press(KeyType.Enter).press(key('A'), key('y')).press(key('q'));   // Tech Daily all read
        s.press(key('n'));
        assertEquals(2, s.state().feedList().selected(), "on to My garden");
        s.press(key('n'));
        assertEquals("No other feed has unread articles", s.row(9).stripTrailing());
    }

    @Test
    void aOnAFeedWithNoArticlesSaysSoRatherThanThatTheyAreRead() {
        Feed empty = new Feed("Empty", null, null, null, List.of(), List.of(), 0, 0);
        VirtualScreen s = VirtualScreen.ofFeeds(70, 10, dir, Arrays.asList(null, null), tech(), empty);
        s.press(key('j'), key('j'), key('A'));
        assertEquals("Nothing to mark: this feed has no articles", s.row(9).stripTrailing());
    }

    @Test
    void theHeaderGivesUpTheFetchTimesYearBeforeAnyOfTheFeedsName() {
        VirtualScreen s = VirtualScreen.ofFeeds(120, 10, dir, Arrays.asList("Daring Fireball (Atom)", null),
                Arrays.asList("https://daringfireball.net/feeds/main", "http://example.invalid/garden"), tech(), garden());
        s.sources.get(0).freshness = "checked 2026-12-02 14:34, not modified";
        s.post(new Event.FeedChanged(0));
        s.press(key('j')).press(KeyType.Enter);
        assertEquals(" Daring Fireball (Atom) — 2 articles, 2 unread · checked 2026-12-02 14:34, not modified",
                s.row(0).stripTrailing());
        s.post(new Event.Resize(new com.googlecode.lanterna.TerminalSize(85, 10)));
        assertEquals(" Daring Fireball (Atom) — 2 articles, 2 unread · checked 12-02 14:34, not modified",
                s.row(0).stripTrailing());
    }

    @Test
    void untitledFeedsAreToldApartByTheEndOfTheirUrlAndWideScreensShowItWhole() {
        List<String> urls = List.of("http://127.0.0.1:8765/slow/feeds/mut.xml?1", "http://127.0.0.1:8765/slow/feeds/mut.xml?2");
        Feed untitled = new Feed(null, null, null, null, List.of(), List.of(), 0, 0);
        VirtualScreen narrow = VirtualScreen.ofFeeds(36, 10, dir, Arrays.asList(null, null), urls, untitled, untitled);
        assertEquals(" http://1…eeds/mut.xml?1       0/0", narrow.row(2), narrow.text());
        assertEquals(" http://1…eeds/mut.xml?2       0/0", narrow.row(3), narrow.text());
        VirtualScreen wide = VirtualScreen.ofFeeds(200, 10, dir, Arrays.asList(null, null), urls, untitled, untitled);
        assertTrue(wide.row(2).startsWith(" http://127.0.0.1:8765/slow/feeds/mut.xml?1 "), wide.text());
        VirtualScreen titled = VirtualScreen.ofFeeds(200, 10, dir, Arrays.asList(null, null), tech(), garden());
        assertTrue(titled.row(2).startsWith(" Tech Daily          2/2"), "short names, a narrow column: " + titled.text());
    }

    @Test
    void inAllArticlesAnOpenArticleKeepsItsPlaceWhenAnotherFeedWithTheSameIdReloads() {
        VirtualScreen s = open().press(KeyType.Enter);   // All articles, newest first
        assertTrue(s.text().contains("Same id, other feed"), s.text());
        s.press(key('G'), key('k')).press(KeyType.Enter);  // garden's "t1", third of four
        assertTrue(s.row(0).startsWith(" All articles — 3/4 · My garden"), s.text());
        s.sources.get(0).next = tech();                     // Tech Daily read again, whose newest article is "t1" too
        s.post(new Event.FeedChanged(0));
        assertTrue(s.row(0).startsWith(" All articles — 3/4 · My garden"), "not 'no longer in the list': " + s.text());
        s.press(key('p'));
        assertTrue(s.row(0).startsWith(" All articles — 2/4 · My garden"), "Tomatoes, the one before: " + s.text());
    }

    @Test
    void aFeedNamedInTheFeedsFileKeepsThatNameInItsArticlesHeader() {
        VirtualScreen s = VirtualScreen.ofFeeds(80, 10, dir, Arrays.asList("Tech", null), tech(), garden());
        s.press(key('j')).press(KeyType.Enter);
        assertTrue(s.row(0).startsWith(" Tech — 2 articles"), s.text());
        s.press(KeyType.Enter);
        assertTrue(s.row(0).startsWith(" Tech — 1/2"), "the name from the feeds file, not 'Tech Daily': " + s.text());
        s.press(key('q'), key('q'), key('j')).press(KeyType.Enter).press(KeyType.Enter);
        assertTrue(s.row(0).startsWith(" Garden Weekly — 1/2"), "without one, the feed's own title: " + s.text());
    }

    @Test
    void whenSeveralFetchesFailTheStatusSaysHowManyNotTheLastOnesReason() {
        VirtualScreen s = VirtualScreen.ofFeeds(120, 10, dir, Arrays.asList("Tech", "My garden"),
                Arrays.asList("http://example.invalid/tech", "http://example.invalid/garden"), tech(), garden());
        for (int i = 0; i < 2; i++) {
            s.sources.get(i).freshness = "cached copy from 2026-12-01 00:39";
            s.post(new Event.FeedChanged(i));
        }
        for (int i = 0; i < 2; i++) {
            s.sources.get(i).failure = s.state().feeds().get(i).where() + ": connection refused by example.invalid";
            s.post(new Event.FeedChanged(i));
        }
        assertEquals("2 feeds could not be updated; their earlier copies are shown (⚠ marks them)", s.row(9));
        assertTrue(s.row(2).contains("⚠ connection refused"), "the row names the feed already: " + s.row(2));
        assertTrue(s.row(3).contains("⚠ connection refused"), s.row(3));
        s.press(key('j'));
        assertEquals("⚠ http://example.invalid/tech: connection refused by example.invalid", s.row(9).stripTrailing(),
                "selected, the whole message");
    }

    @Test
    void rOnAFeedThatNeverLoadedSaysWhyInsteadOfReloadingForever() {
        VirtualScreen s = VirtualScreen.ofFeedsLoadingByHand(80, 10, dir, Arrays.asList(null, null),
                Arrays.asList("tech.json", "garden.xml"), List.of(false, false), tech(), garden());
        s.sources.get(1).failure = "garden.xml: no such file";
        s.runHeldLoad().runHeldLoad();
        s.press(key('j'), key('j'), key('r'));
        assertTrue(s.row(9).startsWith("Reloading"), s.row(9));
        s.runHeldLoad();
        assertEquals("Could not read garden.xml: no such file", s.row(9).stripTrailing());
        s.press(KeyType.Enter);
        assertEquals(" Could not read garden.xml: no such file (r tries again)", s.row(1).stripTrailing(),
                "its empty list says why it is empty, and which file");
    }

    @Test
    void aTitledFeedThatFailedNamesItsUrlInItsEmptyListWrappedToTheScreen() {
        VirtualScreen s = VirtualScreen.ofFeedsLoadingByHand(30, 10, dir, Arrays.asList(null, "My garden"),
                Arrays.asList("tech.json", "http://example.invalid/garden/feed.xml"), List.of(false, false),
                tech(), garden());
        s.sources.get(1).failure = "http://example.invalid/garden/feed.xml: HTTP 404 not found";
        s.runHeldLoad().runHeldLoad();
        s.press(key('j'), key('j')).press(KeyType.Enter);
        assertTrue(s.row(0).startsWith(" My garden"), s.row(0));
        assertEquals(List.of(
                " Could not read",
                " http://example.invalid/",
                " garden/feed.xml: HTTP 404 not",
                " found (r tries again)"), s.rows().subList(1, 5).stream().map(String::stripTrailing).toList(),
                "the feeds file's title hid the URL; the whole message, wrapped");
    }

    @Test
    void rRefreshesTheSelectedFeedAndAFailureShowsOnItsRow() {
        VirtualScreen s = VirtualScreen.ofFeeds(80, 10, dir, Arrays.asList(null, "My garden"),
                Arrays.asList("tech.json", "http://example.invalid/garden"), tech(), garden());
        s.sources.get(1).failure = "http://example.invalid/garden: HTTP 404 not found";
        s.press(key('j'), key('j'), key('r'));
        assertEquals(1, s.sources.get(0).loads);
        assertEquals(2, s.sources.get(1).loads);
        assertTrue(s.row(3).endsWith("2/2  ⚠ HTTP 404 not found"),
                "the earlier copy stays, and the row has room for the reason: " + s.row(3));
        assertEquals("My garden: reload failed, showing the earlier copy: HTTP 404 not found", s.row(9).stripTrailing(),
                "the feed by its name, the reason whole at 80 columns");
        s.press(key('k'));
        assertEquals(FeedsScreen.KEYS, s.row(9));
        s.press(key('j'));
        assertEquals("⚠ http://example.invalid/garden: HTTP 404 not found", s.row(9),
                "on the failed feed the status line has the whole message, which its row cuts");
        s.press(key('R'));
        assertEquals(2, s.sources.get(0).loads);
        assertEquals(3, s.sources.get(1).loads);
        assertTrue(s.row(9).startsWith("My garden: reload failed"), "a failure says so: " + s.row(9));
        s.sources.get(1).failure = null;
        s.press(key('R'));
        assertEquals("All 2 feeds refreshed", s.row(9),
                "once the last feed is in, R says so instead of \"Refreshing 2 feeds…\" for good");
    }
}
