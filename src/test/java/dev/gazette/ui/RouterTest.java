package dev.gazette.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.gazette.comments.Comment;
import dev.gazette.feed.Article;
import dev.gazette.feed.Feed;
import dev.gazette.text.ArticleBodyRenderer;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The router's updates without a terminal: loading, reloading and what a key asks for. */
class RouterTest {

    static final Settings SETTINGS = new Settings("ana", Theme.monochrome(), ZoneOffset.UTC);

    AppState state = AppState.start(SETTINGS, new TerminalSize(80, 24));
    List<Effect> effects = List.of();

    RouterTest apply(Event e) {
        Next next = Router.update(state, e);
        state = next.state();
        effects = next.effects();
        return this;
    }

    RouterTest key(char c) {
        return apply(new Event.Key(new KeyStroke(c, false, false)));
    }

    RouterTest key(KeyType type) {
        return apply(new Event.Key(new KeyStroke(type)));
    }

    RouterTest started() {
        Next next = Router.start(state);
        state = next.state();
        effects = next.effects();
        return this;
    }

    List<String> titles() {
        return state.headlines().visible().stream().map(a -> a.title()).toList();
    }

    @Test
    void startingAsksForTheFeedAndTheMarks() {
        started();
        assertEquals(List.of(new Effect.LoadFeed(0, 1), new Effect.LoadMarks(0), new Effect.LoadDrafts(0),
                new Effect.LoadCounts(0)), effects);
        assertTrue(state.feed().loading());
        assertEquals("Gazette — 0 articles, 0 unread · loading 0%", HeadlinesHeader.text(state));
    }

    @Test
    void rDuringTheFirstLoadIsQueuedNotDoubled() {
        started().apply(new Event.FeedProgress(0, 1, TestFeeds.many(10), 40));
        key('r');
        assertEquals(List.of(), effects, "no second load while one runs");
        assertEquals("Reload queued: the feed is still loading", state.status());
        key('r');
        assertEquals(List.of(), effects);
        apply(new Event.FeedLoaded(0, 1, TestFeeds.many(20), null));
        assertEquals(List.of(new Effect.LoadFeed(0, 2)), effects, "one reload once the first load is in");
        assertEquals(20, state.headlines().visible().size());
    }

    @Test
    void lateProgressFromAnOlderLoadIsDropped() {
        started().apply(new Event.FeedLoaded(0, 1, TestFeeds.many(5), null));
        key('r');
        assertEquals(List.of(new Effect.LoadFeed(0, 2)), effects);
        apply(new Event.FeedProgress(0, 1, TestFeeds.many(2), 90));
        apply(new Event.FeedLoaded(0, 1, TestFeeds.many(3), null));
        apply(new Event.FeedFailed(0, 1, "old news"));
        assertEquals(5, state.feed().articles().size(), "nothing of generation 1 after 2 started");
        assertTrue(state.feed().loading());
        apply(new Event.FeedLoaded(0, 2, TestFeeds.many(7), null));
        assertEquals(7, state.feed().articles().size());
        assertFalse(state.feed().loading());
        assertEquals("Reloaded: 7 articles, 2 new", state.status(), "many(7) has two ids many(5) had not");
    }

    @Test
    void aReloadShowsTheEarlierCopyUntilTheNewOneIsWhole() {
        started().apply(new Event.FeedLoaded(0, 1, TestFeeds.many(5), null));
        key('r').apply(new Event.FeedProgress(0, 2, TestFeeds.many(1), 50));
        assertEquals(5, state.headlines().visible().size());
        assertTrue(HeadlinesHeader.text(state).endsWith("· reloading"), HeadlinesHeader.text(state));
    }

    @Test
    void theFileChangingDuringALoadReloadsOnceItEnds() {
        started().apply(new Event.FeedChanged(0));
        assertEquals(List.of(), effects);
        apply(new Event.FeedLoaded(0, 1, TestFeeds.many(3), null));
        assertEquals(List.of(new Effect.LoadFeed(0, 2)), effects);
        assertNull(state.status(), "an automatic reload says nothing");
    }

    @Test
    void aFeedWithProblemItemsSaysHowManyOnlyWhatThereIs() {
        Feed many = TestFeeds.many(4);
        Feed both = new Feed(many.title(), many.homePageUrl(), many.feedUrl(), many.description(), many.articles(),
                many.problems(), 1, 2);
        started().apply(new Event.FeedLoaded(0, 1, both, null));
        assertEquals("1 item skipped, 2 repaired (gazette --check says why)", state.status());

        state = AppState.start(SETTINGS, new TerminalSize(80, 24));
        Feed skippedOnly = new Feed(many.title(), many.homePageUrl(), many.feedUrl(), many.description(),
                many.articles(), many.problems(), 3, 0);
        started().apply(new Event.FeedLoaded(0, 1, skippedOnly, null));
        assertEquals("3 items skipped (gazette --check says why)", state.status());
    }

    @Test
    void aFailedFirstLoadStopsWithTheMessageAFailedReloadKeepsTheFeed() {
        started().apply(new Event.FeedFailed(0, 1, "feed.json: no such file"));
        assertFalse(state.running());
        assertEquals("feed.json: no such file", state.exit());

        state = AppState.start(SETTINGS, new TerminalSize(80, 24));
        started().apply(new Event.FeedLoaded(0, 1, TestFeeds.many(4), null));
        key('r').apply(new Event.FeedFailed(0, 2, "feed.json:1:1: invalid JSON"));
        assertTrue(state.running());
        assertEquals(4, state.feed().articles().size());
        assertEquals("Reload failed, showing the earlier copy: feed.json:1:1: invalid JSON", state.status());
    }

    @Test
    void aReloadWithTheTopArticleOpenKeepsTheHeaderAndNOnIt() {
        Feed before = TestFeeds.threeArticles();
        started().apply(new Event.FeedLoaded(0, 1, before, null));
        key(KeyType.Enter);
        assertEquals("long", state.article().article().id());
        Feed after = TestFeeds.feed(TestFeeds.article("newer", "Newer", "2025-03-09T10:00:00Z", null, "n"),
                before.articles().get(0), before.articles().get(1), before.articles().get(2));
        apply(new Event.FeedChanged(0)).apply(new Event.FeedLoaded(0, 2, after, null));
        assertEquals(1, state.headlines().position().selected(), "the open article is selected, not row 0");
        key('n');
        assertEquals("short", state.article().article().id(), "n goes on from the open article");
    }

    @Test
    void aReloadAtRowZeroShowsTheNewestOnTop() {
        started().apply(new Event.FeedLoaded(0, 1, TestFeeds.threeArticles(), null));
        Feed after = TestFeeds.feed(TestFeeds.article("newer", "Newer", "2025-03-09T10:00:00Z", null, "n"),
                TestFeeds.threeArticles().articles().get(0));
        apply(new Event.FeedChanged(0)).apply(new Event.FeedLoaded(0, 2, after, null));
        assertEquals(List.of("Newer", "Long read"), titles());
        assertEquals(0, state.headlines().position().selected());
    }

    @Test
    void aWhileTheFirstReadingGoesOnSaysItWillAskOnceTheListIsIn() {
        started().apply(new Event.FeedProgress(0, 1, TestFeeds.many(64), 8));
        key('A');
        assertEquals(HeadlinesScreen.STILL_LOADING, state.status());
        assertNull(state.confirm(), "no question whose count is stale by the answer");
        apply(new Event.FeedLoaded(0, 1, TestFeeds.many(100), null));
        assertNull(state.status(), "not still loading any more");
        key('A');
        assertEquals(100, state.confirm().unread());
    }

    @Test
    void openingTheFilterLineAsksAWorkerToPrepareTheListsSearchTextBeforeTheFirstLetter() {
        started().apply(new Event.FeedLoaded(0, 1, TestFeeds.threeArticles(), null));
        key('/');
        assertEquals(1, effects.size(), effects.toString());
        assertTrue(effects.get(0) instanceof Effect.PrepareFilter p && p.filter() == state.feed().memo().filter(), effects.toString());
    }

    @Test
    void openingAnArticleAsksForItsPageWhichMarksItReadWhenItComes() {
        started().apply(new Event.FeedLoaded(0, 1, TestFeeds.threeArticles(), null));
        apply(new Event.MarksLoaded(0, ReadSet.EMPTY, null));
        key('j').key(KeyType.Enter);
        assertEquals(AppState.View.ARTICLE, state.view());
        assertEquals(1, effects.size(), effects.toString());
        assertTrue(effects.get(0) instanceof Effect.OpenArticle open && open.article().id().equals("short"));
        assertEquals(3, state.unread(), "not read until it is shown");
        assertNull(state.article().page(), "the page comes from a worker");
        Article a = state.article().article();
        ArticlePage page = new ArticlePage(a, ArticleBodyRenderer.render(a, a.content().load(), null), List.of(), 0,
                ZoneOffset.UTC);
        apply(new Event.ArticleReady(state.article().request(), page, null));
        assertTrue(effects.get(0) instanceof Effect.SaveMarks save && save.marks().contains("short"), effects.toString());
        assertEquals(2, state.unread());
        key('N');   // unread again, by hand; the page rendered again (a comment saved) leaves it so
        assertEquals(3, state.unread());
        long again = state.nextRequest();
        state = state.withArticle(state.article().withRequest(again));
        apply(new Event.ArticleReady(again, page, null));
        assertEquals(3, state.unread());
    }

    @Test
    void aSearchTypedWhileTheArticleOpensLooksOnceThePageIsThere() {
        started().apply(new Event.FeedLoaded(0, 1, TestFeeds.threeArticles(), null));
        key(KeyType.Enter);
        assertNull(state.article().page());
        key('/').key('s').key('h').key('o').key('r').key('t').key(KeyType.Enter);
        assertNull(state.status(), "no 'still opening', and the letters were no commands: " + state.status());
        assertEquals(AppState.View.ARTICLE, state.view());
        assertEquals("short", state.article().tools().search().query().text());
        Article a = state.article().article();
        apply(new Event.ArticleReady(state.article().request(), new ArticlePage(a,
                ArticleBodyRenderer.render(a, a.content().load(), null), List.of(), 0, ZoneOffset.UTC), null));
        ArticleSearch search = state.article().tools().search();
        assertFalse(search.matches().isEmpty(), "found once the page came");
        assertEquals(0, search.current());
    }

    @Test
    void scrollKeysTypedAheadOfThePageMoveItOnceItIsThere() {
        started().apply(new Event.FeedLoaded(0, 1, TestFeeds.threeArticles(), null));
        key(KeyType.Enter).key('G');     // in one read from the terminal, as over ssh
        Article a = state.article().article();
        ArticlePage page = new ArticlePage(a, ArticleBodyRenderer.render(a, a.content().load(), null), List.of(), 0,
                ZoneOffset.UTC);
        apply(new Event.ArticleReady(state.article().request(), page, null));
        int lines = state.article().lineCount();
        int height = Regions.article(state.size()).bodyHeight();
        assertTrue(lines > height, "the first article scrolls: " + lines);
        assertEquals(lines - height, state.article().top(), "G took it to the end");
        // Back to the list, and the same article again: j j k before it renders.
        key(KeyType.Escape).key(KeyType.Enter).key('j').key('j').key('k');
        apply(new Event.ArticleReady(state.article().request(), page, null));
        assertEquals(1, state.article().top(), "two down, one up, in order");
        key('j');
        assertEquals(2, state.article().top(), "nothing kept for the next page");
    }

    @Test
    void keysThatActOnThePageTypedAheadDoWhatTheyDoOnceItIsThere() {
        started().apply(new Event.FeedLoaded(0, 1, TestFeeds.threeArticles(), null));
        apply(new Event.MarksLoaded(0, ReadSet.EMPTY, null));
        key(KeyType.Enter).key('N');       // "keep it unread", before the opening has marked it read
        Article a = state.article().article();
        ArticlePage page = new ArticlePage(a, ArticleBodyRenderer.render(a, a.content().load(), null), List.of(), 0,
                ZoneOffset.UTC);
        apply(new Event.ArticleReady(state.article().request(), page, null));
        assertEquals("Marked unread (N marks it read again)", state.status());
        assertEquals(3, state.unread(), "N after the opening's mark, not before it");
    }

    @Test
    void aLinkNumberAndYTypedAheadCopyThatLinkOnceThePageIsThere() {
        started().apply(new Event.FeedLoaded(0, 1, ArticleToolsScreenTest.linked(), null));
        key(KeyType.Enter).key('2').key('y');
        Article a = state.article().article();
        ArticlePage page = new ArticlePage(a, ArticleBodyRenderer.render(a, a.content().load(), null), List.of(), 0,
                ZoneOffset.UTC);
        apply(new Event.ArticleReady(state.article().request(), page, null));
        assertTrue(effects.stream().anyMatch(e -> e instanceof Effect.CopyUrl c && c.url().equals("https://news.example/second")),
                "not 'No link [2]' before the links were known: " + effects + " " + state.status());
        key(KeyType.Escape).key(KeyType.Enter).key('L');
        assertNull(state.article().tools().links(), "the page is not there yet");
        apply(new Event.ArticleReady(state.article().request(), page, null));
        assertTrue(state.article().tools().links() != null, "L opened the link list once it was: " + state.status());
    }

    @Test
    void ctrlNBeforeThePageIsThereIsTakenOnceItIs() {
        started().apply(new Event.FeedLoaded(0, 1, TestFeeds.threeArticles(), null));
        key(KeyType.Enter);
        key('/').key('e').key(KeyType.Enter);
        apply(new Event.Key(new KeyStroke('n', true, false)));
        assertNull(state.status(), "no 'No search' while the page is on its way: " + state.status());
        Article a = state.article().article();
        apply(new Event.ArticleReady(state.article().request(), new ArticlePage(a,
                ArticleBodyRenderer.render(a, a.content().load(), null), List.of(), 0, ZoneOffset.UTC), null));
        ArticleSearch search = state.article().tools().search();
        assertTrue(search.matches().size() > 2, search.matches().toString());
        assertEquals(1, search.current(), "the first match, and one step on");
    }

    @Test
    void anArticleThatCouldNotBeOpenedStaysUnread() {
        started().apply(new Event.FeedLoaded(0, 1, TestFeeds.threeArticles(), null));
        apply(new Event.MarksLoaded(0, ReadSet.EMPTY, null));
        key('j').key(KeyType.Enter);
        apply(new Event.ArticleFailed(state.article().request(), "f.json changed since it was read; it is being read again"));
        assertEquals(AppState.View.HEADLINES, state.view());
        assertEquals(3, state.unread());
        assertFalse(state.feeds().get(0).read().contains("short"));
        assertTrue(effects.isEmpty(), "no marks to save: " + effects);
        assertEquals("Could not open this article: f.json changed since it was read; it is being read again",
                state.status());
        apply(new Event.FeedChanged(0)).apply(new Event.FeedFailed(0, 2, "f.json:3:1: invalid JSON"));
        key('j').key(KeyType.Enter);
        apply(new Event.ArticleFailed(state.article().request(), "f.json changed since it was read; it is being read again"));
        assertEquals("Could not open this article: f.json changed since it was read; it is being read again; the last"
                + " reading of the feed failed: f.json:3:1: invalid JSON", state.status());
    }

    @Test
    void anAnswerForAnArticleNoLongerOpenIsDropped() {
        started().apply(new Event.FeedLoaded(0, 1, TestFeeds.threeArticles(), null));
        key(KeyType.Enter);
        long first = state.article().request();
        key(KeyType.Escape).key('j').key(KeyType.Enter);
        apply(new Event.ArticleFailed(first, "too late"));
        assertEquals("short", state.article().article().id());
        assertNull(state.status());
    }

    @Test
    void marksFromDiskKeepWhatWasMarkedMeanwhile() {
        started().apply(new Event.FeedLoaded(0, 1, TestFeeds.threeArticles(), null));
        key(KeyType.Enter);
        Article a = state.article().article();
        apply(new Event.ArticleReady(state.article().request(), new ArticlePage(a,
                ArticleBodyRenderer.render(a, a.content().load(), null), List.of(), 0, ZoneOffset.UTC), null));
        key(KeyType.Escape);
        apply(new Event.MarksLoaded(0, ReadSet.of(List.of("third")), null));
        assertTrue(state.feeds().get(0).read().contains("long"));
        assertTrue(state.feeds().get(0).read().contains("third"));
        assertEquals(1, state.unread());
    }

    @Test
    void ctrlCStopsFromAnyScreen() {
        started().apply(new Event.FeedLoaded(0, 1, TestFeeds.threeArticles(), null));
        key(KeyType.Enter).key('c');
        assertTrue(state.article().inputFocused());
        apply(new Event.Key(new KeyStroke('c', true, false)));
        assertFalse(state.running());
        assertNull(state.exit(), "quitting is not a failure");
    }

    @Test
    void theTerminalGoingAwayStopsQuietly() {
        started().apply(new Event.FeedLoaded(0, 1, TestFeeds.threeArticles(), null));
        apply(new Event.InputClosed());
        assertFalse(state.running());
        assertNull(state.exit());
    }

    @Test
    void aCommentSavedBeforeTheArticlesPageArrivesAsksForThePageAgain() {
        started().apply(new Event.FeedLoaded(0, 1, TestFeeds.threeArticles(), null));
        key(KeyType.Enter);
        long first = state.article().request();
        key('c').key('h').key('i').key(KeyType.Enter);
        assertTrue(effects.get(0) instanceof Effect.AppendComment, effects.toString());
        apply(new Event.CommentSaved(0, "long", "c1", "Comment saved as ana", null, true));
        long second = state.article().request();
        assertTrue(second != first, "a new request for the page");
        assertTrue(effects.stream().anyMatch(e -> e instanceof Effect.OpenArticle open && open.request() == second),
                effects.toString());
        apply(new Event.ArticleFailed(first, "the answer to the first request"));
        assertEquals("long", state.article().article().id(), "the stale answer is dropped");
        assertEquals("Comment saved as ana", state.status());
        assertEquals(0, state.article().top(), "nothing to scroll to yet");

        // The page arrives with the comment: it is selected and the view goes down to it,
        // as when the page was there before the save (the long article's 40 paragraphs are above it).
        Article a = state.article().article();
        Comment saved = new Comment("c1", a.id(), "ana", Instant.parse("2025-03-04T10:00:00Z"), "hi");
        ArticlePage page = new ArticlePage(a, ArticleBodyRenderer.render(a, a.content().load(), null),
                List.of(saved), 0, ZoneOffset.UTC);
        apply(new Event.ArticleReady(second, page, null));
        assertEquals(0, state.article().comments().selected(), "the new comment is selected");
        assertTrue(state.article().top() > 40, "scrolled down to the comment: top " + state.article().top());
    }

    @Test
    void allArticlesMergesAFeedWhenItIsWholeNotAtEachPartOfItsFirstLoad() {
        state = AppState.start(SETTINGS, new TerminalSize(80, 24), java.util.Arrays.asList(null, null),
                java.util.Arrays.asList("a.json", "b.json"));
        started().apply(new Event.FeedLoaded(0, 1, TestFeeds.many(3), null));
        FeedState merged = state.all();
        assertEquals(3, merged.articles().size());
        apply(new Event.FeedProgress(1, 1, TestFeeds.many(64), 40));
        assertEquals(64, state.feeds().get(1).feed().articles().size(), "the feed's own list shows the part");
        assertTrue(state.all() == merged, "All articles is not sorted again for a part");
        apply(new Event.FeedLoaded(1, 1, TestFeeds.many(100), null));
        assertEquals(103, state.all().articles().size());
    }
}
