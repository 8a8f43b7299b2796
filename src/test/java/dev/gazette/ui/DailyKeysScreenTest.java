package dev.gazette.ui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.input.MouseAction;
import com.googlecode.lanterna.input.MouseActionType;
import dev.gazette.comments.CommentJournal;
import dev.gazette.comments.DraftStore;
import dev.gazette.feed.Feed;
import dev.gazette.marks.ReadMarks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Filter, next/previous, read marks, reload, links and the mouse, on the virtual terminal. */
class DailyKeysScreenTest {

    @TempDir
    Path dir;

    VirtualScreen open(Feed feed, int columns, int rows) {
        CommentJournal journal = new CommentJournal(dir.resolve("feed.comments.jsonl"));
        ReadMarks marks = new ReadMarks(dir.resolve("feed.state.json"));
        return VirtualScreen.of(columns, rows, feed, journal, marks, "ana");
    }

    static KeyStroke key(char c) {
        return new KeyStroke(c, false, false);
    }

    static Feed fiveTopics() {
        return TestFeeds.feed(
                TestFeeds.article("a", "Rust in the kernel", "2025-03-05T10:00:00Z", "Ana", "a"),
                TestFeeds.article("b", "東京の天気", "2025-03-04T10:00:00Z", null, "b"),
                TestFeeds.article("c", "Gardening notes", "2025-03-03T10:00:00Z", "Bo Rustad", "c"),
                TestFeeds.article("d", "Weekly roundup", "2025-03-02T10:00:00Z", null, "d"),
                TestFeeds.article("e", "Trusty tools", "2025-03-01T10:00:00Z", null, "e"));
    }

    static boolean selected(VirtualScreen s, int row) {
        return s.cell(3, row).getModifiers().contains(SGR.REVERSE);
    }

    @Test
    void slashFiltersAsYouTypeAndTheHeaderCounts() {
        VirtualScreen s = open(fiveTopics(), 70, 10);
        s.press(key('/'));
        assertEquals("/", s.row(9));
        s.type("rust");
        assertEquals(" Test News — 3 of 5 articles, 5 unread · /rust", s.row(0));
        assertTrue(s.row(1).contains("Rust in the kernel"));
        assertTrue(s.row(2).contains("Gardening notes"), "matches the author Bo Rustad");
        assertTrue(s.row(3).contains("Trusty tools"));
        assertEquals("", s.row(4));
        assertEquals("/rust", s.row(9));
        assertEquals(new TerminalPosition(5, 9), s.cursor());
        s.press(KeyType.Backspace, KeyType.Backspace, KeyType.Backspace, KeyType.Backspace).type("東京");
        assertTrue(s.row(1).contains("東京の天気"), s.text());
        assertTrue(s.row(0).contains("1 of 5"), s.row(0));
    }

    @Test
    void enterKeepsTheFilterForTheListKeysAndEscClearsIt() {
        VirtualScreen s = open(fiveTopics(), 70, 10);
        s.press(key('/')).type("rust").press(KeyType.Enter);
        assertEquals("↑↓ Move  Enter Open  / Filter  ? Help  q Quit", s.row(9));
        s.press(key('j'));
        assertTrue(selected(s, 2));
        s.press(KeyType.Enter);
        assertEquals("Gardening notes", s.row(1));
        s.press(KeyType.Escape);
        assertTrue(s.row(0).contains("3 of 5"), "the filter is kept after reading");
        s.press(key('/')).press(KeyType.Escape);
        assertTrue(s.row(0).startsWith(" Test News — 5 articles"), s.row(0));
        assertTrue(s.row(3).contains("Gardening notes"));
        assertTrue(selected(s, 3), "the selected article stays selected when the filter clears");
    }

    @Test
    void anOpenArticleThatLeavesTheFeedSaysSoAndNIsTheOneAfterIt() {
        VirtualScreen s = open(fiveTopics(), 70, 10);
        s.press(key('j'), key('j')).press(KeyType.Enter);
        assertEquals("Gardening notes", s.row(1));
        List<dev.gazette.feed.Article> without = fiveTopics().articles().stream()
                .filter(a -> !a.id().equals("c")).toList();
        s.sources.get(0).next = TestFeeds.feed(without.toArray(new dev.gazette.feed.Article[0]));
        s.post(new Event.FeedChanged(0));
        assertTrue(s.row(0).contains("no longer in the list, 4 articles"), s.row(0));
        assertEquals("Gardening notes", s.row(1), "still open, to finish reading");
        s.press(key('n'));
        assertEquals("Weekly roundup", s.row(1), "the article after it, none skipped");
        assertTrue(s.row(0).contains("3/4"), s.row(0));
    }

    @Test
    void aLongFeedTitleGivesWayToTheCountsAndThePosition() {
        dev.gazette.feed.Feed longTitled = new dev.gazette.feed.Feed(
                "The Extremely Long Newsletter Title of the Society for Verbose Naming of Periodicals Weekly",
                null, null, null, fiveTopics().articles(), List.of(), 0, 0);
        VirtualScreen s = open(longTitled, 60, 10);
        assertEquals(" The Extremely Long Newsletter Titl… — 5 articles, 5 unread", s.row(0).stripTrailing());
        s.press(KeyType.Enter);
        assertEquals(" The Extremely Long Newsletter Title of the Soci… — 1/5 Top", s.row(0).stripTrailing(),
                "the position stays, and where the page is");
        s.resize(20, 6);
        assertEquals(" The Ext… — 1/5 Top", s.row(0).stripTrailing(), "at 20 columns the name takes half at most");
    }

    @Test
    void aFilterOrUnreadOnlyThatHidesEveryRowSaysSoInsteadOfAnEmptyFeed() {
        VirtualScreen s = open(fiveTopics(), 70, 10);
        s.press(key('/')).type("zzz");
        assertEquals(" No headline matches the filter (Esc clears it).", s.row(1));
        s.press(KeyType.Enter);
        assertEquals(" No headline matches the filter (Esc clears it).", s.row(1), "kept, it says the same");
        s.press(KeyType.Escape);
        assertEquals(" Test News — 5 articles, 5 unread", s.row(0).stripTrailing(), "Esc cleared the kept filter");
        s.press(KeyType.Escape).press(key('A')).press(key('y')).press(key('u'));
        assertEquals(" No unread articles (u shows them all).", s.row(1));
        VirtualScreen empty = open(TestFeeds.feed(), 70, 10);
        assertEquals(" This feed has no articles.", empty.row(1));
    }

    @Test
    void escFollowedAtOnceByALetterIsEscThenTheLetter() {
        // What Lanterna makes of "Esc u" typed quickly: one Alt+u keystroke.
        VirtualScreen s = open(fiveTopics(), 70, 10);
        s.press(key('/')).type("rust").press(new KeyStroke('u', false, true));
        assertEquals(" Test News — 5 articles, 5 unread · unread only", s.row(0), "filter cleared, u applied");
        s.press(KeyType.Enter).press(new KeyStroke('j', false, true));
        assertTrue(s.row(9).startsWith("↑↓ Move"), "Esc left the article, j moved: " + s.text());
        assertTrue(selected(s, 2));
    }

    @Test
    void nextAndPreviousWalkTheFilteredListAndStopAtItsEnds() {
        VirtualScreen s = open(fiveTopics(), 70, 10);
        s.press(key('/')).type("rust").press(KeyType.Enter).press(KeyType.Enter);
        assertEquals("Rust in the kernel", s.row(1));
        s.press(key('p'));
        assertEquals("This is the first article", s.row(9));
        assertEquals("Rust in the kernel", s.row(1));
        s.press(key('n'));
        assertEquals("Gardening notes", s.row(1));
        s.press(key('n'));
        assertEquals("Trusty tools", s.row(1));
        s.press(key('n'));
        assertEquals("This is the last article", s.row(9));
        s.press(key('p'));
        assertEquals("Gardening notes", s.row(1));
        s.press(KeyType.Escape);
        assertTrue(selected(s, 2), "the list follows n and p");
    }

    @Test
    void readMarksShowTogglePersistAndFilter() throws IOException {
        VirtualScreen s = open(fiveTopics(), 70, 10);
        s.press(KeyType.Enter).press(KeyType.Escape);
        assertTrue(s.row(1).startsWith("  2025-03-05"), "read: no mark " + s.row(1));
        assertTrue(s.row(2).startsWith("● 2025-03-04"), s.row(2));
        assertTrue(s.row(0).contains("4 unread"));
        s.press(key('j'), key('N'));
        assertTrue(s.row(2).startsWith("  "), s.row(2));
        s.press(key('N'));
        assertTrue(s.row(2).startsWith("● "), s.row(2));
        s.press(key('u'));
        assertTrue(s.row(0).contains("4 of 5"), s.row(0));
        assertFalse(s.text().contains("Rust in the kernel"));
        s.press(key('u'));
        assertTrue(s.text().contains("Rust in the kernel"));
        assertTrue(Files.readString(dir.resolve("feed.state.json")).contains("\"a\""));

        VirtualScreen again = open(fiveTopics(), 70, 10);
        assertTrue(again.row(1).startsWith("  2025-03-05"), "the mark survives a restart: " + again.row(1));
        again.press(key('A'));
        assertEquals("Mark 4 articles read? y/n", again.row(9).stripTrailing(), "A asks first, as newsboat does");
        again.press(key('n'));
        assertEquals("Nothing marked", again.row(9).stripTrailing());
        assertTrue(again.row(0).contains("4 unread"), "any key but y says no: " + again.row(0));
        again.press(key('A'), key('y'));
        assertTrue(again.row(0).contains("0 unread"), again.row(0));
        assertEquals("4 articles marked read", again.row(9), "only the ones that changed count");
    }

    @Test
    void aDamagedStateFileWarnsAndIsNotOverwrittenUntilAMarkChanges() throws IOException {
        Path state = Files.writeString(dir.resolve("feed.state.json"), "not json");
        VirtualScreen s = open(fiveTopics(), 100, 10);
        assertTrue(s.row(9).startsWith("feed.state.json is not valid JSON"), s.row(9));
        assertTrue(s.row(0).contains("5 unread"));
        s.press(key('j'), key('k'));
        assertEquals("not json", Files.readString(state));
        s.press(key('N'));
        assertTrue(Files.readString(state).contains("\"read\":[\"a\"]"), Files.readString(state));
    }

    @Test
    void aDamagedStateFileAndADamagedDraftsFileBothSaySo() throws IOException {
        Files.writeString(dir.resolve("feed.state.json"), "not json");
        Files.writeString(dir.resolve("feed.drafts.json"), "{not json either");
        VirtualScreen s = VirtualScreen.withDrafts(100, 10, fiveTopics(),
                new CommentJournal(dir.resolve("feed.comments.jsonl")), new ReadMarks(dir.resolve("feed.state.json")),
                new DraftStore(dir.resolve("feed.drafts.json")), "ana");
        String status = s.row(8) + " " + s.row(9);
        assertTrue(status.startsWith("feed.state.json is not valid JSON"), status);
        assertTrue(status.contains(". feed.drafts.json is not valid JSON; starting without drafts"), status);
        s.press(key('j'));
        assertFalse(s.text().contains("not valid JSON"), "a key clears both: " + s.text());
    }

    @Test
    void aReadMarkThatCannotBeSavedNamesTheStateFileAndWhy() throws IOException {
        // A folder that is a file: the save fails whoever runs the test (a folder of mode 555
        // would not stop root).
        Path notAFolder = Files.writeString(dir.resolve("feed.json"), "{}");
        Path state = notAFolder.resolve("feed.state.json");
        VirtualScreen s = VirtualScreen.of(160, 10, fiveTopics(),
                new CommentJournal(dir.resolve("feed.comments.jsonl")), new ReadMarks(state), "ana");
        s.press(KeyType.Enter);
        assertEquals("Read marks not saved to " + state + ": not a directory", s.row(9).strip());
    }

    @Test
    void oOpensTheLinkAndSaysSoWhenThereIsNone() {
        VirtualScreen s = open(fiveTopics(), 70, 10);
        s.press(KeyType.Enter).press(key('o'));
        assertEquals(List.of("https://example.invalid/a"), s.opened);
        assertEquals("Opening https://example.invalid/a", s.row(9));
        VirtualScreen t = open(TestFeeds.feed(new dev.gazette.feed.Article("x", false, "No link", null, null, null, null,
                null, null, List.of(), List.of(), List.of(),
                dev.gazette.feed.ContentSource.of(dev.gazette.feed.ArticleContent.EMPTY))), 70, 10);
        t.press(KeyType.Enter).press(key('o'));
        assertEquals("This article has no link to open", t.row(9));
        assertEquals(List.of(), t.opened);
    }

    @Test
    void inTheListOOpensTheSelectedArticlesLinkAndAnUnboundLetterSaysSo() {
        // A newsboat user presses o on a headline, and keys newsboat has that Gazette has not.
        VirtualScreen s = open(fiveTopics(), 70, 10);
        s.press(key('j')).press(key('o'));
        assertEquals(List.of("https://example.invalid/b"), s.opened);
        assertEquals("Opening https://example.invalid/b", s.row(9));
        s.press(key('X'));
        assertEquals("No X key here: ? lists the keys", s.row(9));
        s.press(key('j'));
        assertEquals(HeadlinesScreen.KEYS, s.row(9), "the next key clears it");
    }

    @Test
    void aBrowserThatDrawsInTheTerminalGetsTheTerminalAGraphicalOneDoesNot() {
        VirtualScreen s = open(fiveTopics(), 70, 10);
        s.press(KeyType.Enter).press(key('o'));
        assertEquals(0, s.handOvers, "a graphical browser runs beside Gazette");
        s.terminalBrowser = true;
        s.press(key('o'));
        assertEquals(1, s.handOvers, "w3m has the terminal until it exits");
        assertEquals(List.of("https://example.invalid/a", "https://example.invalid/a"), s.opened);
        assertEquals("Opening https://example.invalid/a", s.row(9));
    }

    @Test
    void rReloadsAndTheSelectionStaysOnItsArticle() {
        VirtualScreen s = open(fiveTopics(), 70, 10);
        s.source.next = TestFeeds.feed(
                TestFeeds.article("new", "Brand new story", "2025-03-06T10:00:00Z", null, "n"),
                TestFeeds.article("a", "Rust in the kernel", "2025-03-05T10:00:00Z", "Ana", "a"),
                TestFeeds.article("c", "Gardening notes", "2025-03-03T10:00:00Z", "Bo Rustad", "c"));
        s.press(key('j'), key('j'), key('r'));
        assertEquals(2, s.source.loads);
        assertTrue(s.row(1).contains("Brand new story"), s.text());
        assertTrue(selected(s, 3), "still on Gardening notes: " + s.text());
        assertEquals("Reloaded: 3 articles, 1 new", s.row(9));
        s.source.failure = "feed.json:1:1: invalid JSON";
        s.press(key('r'));
        assertTrue(s.row(9).startsWith("Reload failed, showing the earlier copy: feed.json:1:1"), s.row(9));
        assertTrue(s.row(1).contains("Brand new story"));
    }

    @Test
    void aBigFeedShowsItsFirstHeadlinesWhileLoading() {
        VirtualScreen s = VirtualScreen.loadingByHand(70, 10, dir);
        assertEquals("Loading…", s.row(1).strip());
        s.post(new Event.FeedProgress(0, 1, TestFeeds.feed(TestFeeds.article("a", "First in file", null, null, "x")), 12));
        assertTrue(s.row(0).endsWith("· loading 12%"), s.row(0));
        assertTrue(s.row(1).contains("First in file"));
        s.press(key('j'));
        s.post(new Event.FeedLoaded(0, 1, fiveTopics(), null));
        assertFalse(s.row(0).contains("loading"), s.row(0));
        assertTrue(s.row(0).contains("5 articles"));
    }

    @Test
    void aBigFeedWhoseTailIsBrokenKeepsWhatIsShownAndSaysWhy() {
        // The first part of a big file was on screen when the parser met a broken tail (a
        // truncated download, a file rewritten while it loaded): Gazette must not quit on
        // the reader, who may be typing a comment.
        VirtualScreen s = VirtualScreen.loadingByHand(100, 10, dir);
        s.post(new Event.FeedProgress(0, 1, TestFeeds.many(10), 40));
        s.press(key('j')).press(KeyType.Enter);
        s.post(new Event.FeedFailed(0, 1, "big.json:655216:79: invalid JSON: the file ends too soon, inside a string"));
        assertTrue(s.state().running(), "still reading");
        assertEquals("Headline 1", s.row(1), "the open article stays open");
        assertEquals("Could not read the rest: big.json:655216:79: invalid JSON: the file ends too soon, inside a string (the first 10"
                + " articles are shown)", s.state().status());
        s.press(KeyType.Escape);
        assertTrue(s.row(2).contains("Headline 1"), s.text());
        s.post(new Event.FeedChanged(0));   // the file, mended, is read again
        s.post(new Event.FeedLoaded(0, 2, TestFeeds.many(20), null));
        assertEquals("Reloaded: 20 articles", s.state().status(), "the failure on the status line is over");
    }

    @Test
    void gPressedWhileLoadingEndsOnTheRealLastArticle() {
        VirtualScreen s = VirtualScreen.loadingByHand(40, 8, dir);
        s.post(new Event.FeedProgress(0, 1, TestFeeds.many(10), 5));
        s.press(key('G'));
        assertTrue(s.row(6).contains("Headline 9"), s.text());
        s.post(new Event.FeedProgress(0, 1, TestFeeds.many(40), 50));
        s.post(new Event.FeedLoaded(0, 1, TestFeeds.many(100), null));
        assertTrue(s.row(6).contains("Headline 99"), s.text());
        assertTrue(selected(s, 6));
    }

    @Test
    void clickSelectsClickOnTheSelectedOpensAndTheWheelScrolls() {
        VirtualScreen s = open(TestFeeds.many(50), 40, 8);
        s.press(new MouseAction(MouseActionType.CLICK_DOWN, 1, new TerminalPosition(5, 3)));
        assertTrue(selected(s, 3), s.text());
        assertTrue(s.row(7).startsWith("↑↓ Move"), "a click leaves the list keys working");
        s.press(new MouseAction(MouseActionType.CLICK_DOWN, 1, new TerminalPosition(5, 3)));
        assertEquals("Headline 2", s.row(1));
        s.press(KeyType.Escape);
        s.press(new MouseAction(MouseActionType.SCROLL_DOWN, 5, new TerminalPosition(5, 3)));
        assertTrue(selected(s, 6), s.text());
        s.press(new MouseAction(MouseActionType.SCROLL_DOWN, 5, new TerminalPosition(5, 3)));
        assertTrue(s.row(6).contains("Headline 8"), s.text());
        s.press(key('g'));
        assertTrue(selected(s, 1));
    }

    @Test
    void theWheelScrollsTheArticleAndAClickOnTheInputFocusesIt() {
        VirtualScreen s = open(TestFeeds.threeArticles(), 60, 10);
        s.press(KeyType.Enter);
        s.press(new MouseAction(MouseActionType.SCROLL_DOWN, 5, new TerminalPosition(5, 3)));
        assertEquals("Paragraph 1 is short.", s.row(1));
        s.press(new MouseAction(MouseActionType.SCROLL_UP, 4, new TerminalPosition(5, 3)));
        assertEquals("Long read", s.row(1));
        s.press(new MouseAction(MouseActionType.CLICK_DOWN, 1, new TerminalPosition(5, 8)));
        s.type("hi");
        assertEquals("> hi", s.row(8));
    }

    @Test
    void helpOverlayIsBuiltFromTheKeyTableTheAppDispatchesOn() {
        List<String> lines = HelpScreen.lines("Article", KeyMap.ARTICLE.bindings(),
                "Comment input", KeyMap.COMMENT_INPUT_HELP);
        assertEquals("Article", lines.get(0));
        assertEquals("Article (any key closes this help; Ctrl-C quits)",
                HelpScreen.Box.of(lines, new TerminalSize(200, 60)).lines().get(0), "it fits: no key scrolls it");
        assertEquals("Article (↑↓ j k PgDn scroll; other keys close, ^C quits)",
                HelpScreen.Box.of(lines, new TerminalSize(80, 24)).lines().get(0), "too long for the screen: it says so");
        assertEquals(KeyMap.ARTICLE.bindings().size() + KeyMap.COMMENT_INPUT_HELP.size() + 4, lines.size());
        assertTrue(lines.contains("Comment input"));
        for (KeyBinding b : KeyMap.ARTICLE.bindings()) {
            assertTrue(lines.stream().anyMatch(l -> l.startsWith(b.keys()) && l.endsWith(b.description())), b.keys());
            for (KeyStroke stroke : b.strokes()) {
                assertEquals(b.command(), KeyMap.ARTICLE.commandFor(stroke).orElseThrow(), "dispatch agrees for " + b.keys());
            }
        }
        for (KeyBinding b : KeyMap.HEADLINES.bindings()) {
            for (KeyStroke stroke : b.strokes()) {
                assertEquals(b.command(), KeyMap.HEADLINES.commandFor(stroke).orElseThrow(), b.keys());
            }
        }
    }
}
