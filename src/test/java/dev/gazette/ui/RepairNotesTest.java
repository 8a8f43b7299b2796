package dev.gazette.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.googlecode.lanterna.TerminalSize;
import dev.gazette.feed.Feed;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The status line after first loads whose items were repaired: one feed named, several counted. */
class RepairNotesTest {
    private static Feed repaired(String title, int skipped, int repaired) {
        return new Feed(title, null, null, null, TestFeeds.many(2).articles(), List.of(), skipped, repaired);
    }

    @Test
    void oneFeedIsNamedAndSeveralAreCountedInOneLine() {
        AppState s = Router.start(AppState.start(RouterTest.SETTINGS, new TerminalSize(80, 24), Arrays.asList(null, null, null),
                List.of("a.xml", "b.xml", "c.xml"))).state();
        s = Router.update(s, new Event.FeedLoaded(0, 1, repaired("DB-Engines.com Blog", 0, 1), null)).state();
        assertEquals("DB-Engines.com Blog: 1 item repaired (gazette --check says why)", s.status());
        s = Router.update(s, new Event.FeedLoaded(1, 1, repaired("Clean", 0, 0), null)).state();
        assertEquals("DB-Engines.com Blog: 1 item repaired (gazette --check says why)", s.status(), "a clean feed says nothing");
        s = Router.update(s, new Event.FeedLoaded(2, 1, repaired("Scripting News", 2, 1), null)).state();
        assertEquals("2 feeds had items repaired or skipped (gazette --check says why)", s.status(),
                "not Scripting News's alone, which hid DB-Engines's");
    }
}
