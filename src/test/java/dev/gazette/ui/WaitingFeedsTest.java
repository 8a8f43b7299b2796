package dev.gazette.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TerminalSize;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A feeds screen of URLs: which loads wait for a connection to their server and which are downloading. */
class WaitingFeedsTest {
    private static AppState started(Settings settings) {
        return Router.start(AppState.start(settings, new TerminalSize(100, 10), Arrays.asList(null, null, null),
                List.of("https://slow.example/a.xml", "https://slow.example/b.xml", "garden.json"))).state();
    }

    private static String row(AppState s, int feed) {
        return FeedsScreen.row(s, feed, 100, 30);
    }

    @Test
    void aUrlWaitsForItsServerUntilItsDownloadBegins() {
        AppState s = started(RouterTest.SETTINGS);
        assertTrue(row(s, 0).endsWith("waiting for slow.example…"), row(s, 0));
        assertTrue(row(s, 2).endsWith("loading…"), "a file waits for nothing: " + row(s, 2));
        s = Router.update(s, new Event.FeedStarted(0, 1)).state();
        assertTrue(row(s, 0).endsWith("loading…"), row(s, 0));
        assertTrue(row(s, 1).endsWith("waiting for slow.example…"), row(s, 1));
        s = Router.update(s, new Event.FeedStarted(1, 0)).state();
        assertTrue(row(s, 1).endsWith("waiting for slow.example…"), "an older load's word is dropped: " + row(s, 1));
    }

    @Test
    void aNarrowRowSaysWaitingWithoutACutHost() {
        AppState s = started(RouterTest.SETTINGS);
        String row = FeedsScreen.row(s, 0, 40, 20);
        assertTrue(row.endsWith("waiting…"), row);
    }

    @Test
    void offlineNothingWaitsForAServer() {
        AppState s = started(new Settings("ana", Theme.monochrome(), ZoneOffset.UTC, true));
        assertTrue(row(s, 0).endsWith("loading…"), row(s, 0));
    }
}
