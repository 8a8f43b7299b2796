package dev.gazette.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** With --offline, r and R fetch nothing, and their status lines do not say they refreshed anything. */
class OfflineReloadTest {
    private static final Settings OFFLINE = new Settings("ana", Theme.monochrome(), ZoneOffset.UTC, true);

    private AppState state;

    private void apply(Event e) {
        state = Router.update(state, e).state();
    }

    private void key(char c) {
        apply(new Event.Key(new KeyStroke(c, false, false)));
    }

    private AppState twoFeedsLoaded(Settings settings) {
        state = Router.start(AppState.start(settings, new TerminalSize(80, 24), java.util.Arrays.asList(null, null),
                List.of("https://a.invalid/feed", "https://b.invalid/feed"))).state();
        apply(new Event.FeedLoaded(0, 1, TestFeeds.many(3), "offline: copy fetched 2026-11-30 21:00"));
        apply(new Event.FeedFailed(1, 1, "not fetched yet, and Gazette is offline"));
        return state;
    }

    @Test
    void rOnEveryFeedSaysNothingWasFetched() {
        twoFeedsLoaded(OFFLINE);
        key('R');
        assertEquals("Offline, nothing fetched: reading the 2 feeds again…", state.status());
        apply(new Event.FeedLoaded(0, 2, TestFeeds.many(3), "offline: copy fetched 2026-11-30 21:00"));
        apply(new Event.FeedFailed(1, 2, "not fetched yet, and Gazette is offline"));
        assertEquals("Offline, nothing fetched: 1 of 2 feeds could not be read (⚠ on their rows)", state.status());
    }

    @Test
    void rOnOneFeedSaysItReadTheCopyAgain() {
        twoFeedsLoaded(OFFLINE);
        state = FeedLoads.reload(state, 0, true).state();   // r on the first feed's row
        apply(new Event.FeedLoaded(0, 2, TestFeeds.many(3), "offline: copy fetched 2026-11-30 21:00"));
        assertEquals("Reloaded Many from its copy: 3 articles, none new", state.status());
    }

    @Test
    void onlineTheSameRefreshSaysRefreshed() {
        twoFeedsLoaded(RouterTest.SETTINGS);
        key('R');
        assertEquals("Refreshing 2 feeds…", state.status());
        apply(new Event.FeedLoaded(0, 2, TestFeeds.many(3), null));
        apply(new Event.FeedLoaded(1, 2, TestFeeds.many(1), null));
        assertEquals("All 2 feeds refreshed", state.status());
    }

    @Test
    void oneFeedRefreshedIsNotAllOneFeeds() {
        state = Router.start(AppState.start(RouterTest.SETTINGS, new TerminalSize(80, 24), java.util.Arrays.asList((String) null),
                List.of("https://a.invalid/feed"))).state();
        apply(new Event.FeedLoaded(0, 1, TestFeeds.many(3), null));
        key('R');
        apply(new Event.FeedLoaded(0, 2, TestFeeds.many(3), null));
        assertEquals("The feed refreshed", state.status());
    }
}
