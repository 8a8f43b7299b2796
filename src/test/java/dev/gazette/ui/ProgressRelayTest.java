package dev.gazette.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gazette.feed.Article;
import dev.gazette.feed.Feed;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressRelayTest {
    @Test
    void theFirstScreenGoesAtOnceThenGrowingPartsFourTimesASecond() {
        List<Event.FeedProgress> posted = new ArrayList<>();
        long[] now = {0};
        ProgressRelay relay = new ProgressRelay(0, 7, e -> posted.add((Event.FeedProgress) e), () -> now[0]);
        relay.itemsStarting("Big");
        List<Article> all = TestFeeds.many(20_000).articles();
        for (int i = 0; i < all.size(); i++) {
            relay.article(all.get(i));
            now[0] += 1_000_000; // 1 ms an article
            relay.progress(i + 1, all.size(), i + 1);
        }
        Event.FeedProgress first = posted.get(0);
        assertEquals(ProgressRelay.FIRST_SCREEN, first.partial().articles().size(), "a screenful, at once");
        assertEquals("Big", first.partial().title());
        assertEquals(7, first.generation());
        // 20 s of loading, a post every 250 ms: about 80, the percentage rising
        assertTrue(posted.size() >= 76 && posted.size() <= 81, posted.size() + " posts");
        for (int i = 1; i < posted.size(); i++) {
            assertTrue(posted.get(i).percent() >= posted.get(i - 1).percent());
        }
        // but the articles so far only when they grew by half: a few copies, not 80
        List<Integer> sizes = new ArrayList<>();
        for (int i = 1; i < posted.size(); i++) {
            Event.FeedProgress before = posted.get(i - 1);
            Event.FeedProgress p = posted.get(i);
            if (p.partial() == before.partial()) continue;
            assertTrue(p.partial().articles().size() >= before.partial().articles().size() * 3 / 2);
            sizes.add(p.partial().articles().size());
        }
        assertTrue(sizes.size() <= 15, "snapshots after the first: " + sizes); // log1.5(20000 / 64) = 14
        assertSame(posted.get(posted.size() - 1).partial(), posted.get(posted.size() - 2).partial());
    }

    @Test
    void aSecondReadingFromTheStartNeverShowsAnArticleTwice() {
        List<Event.FeedProgress> posted = new ArrayList<>();
        long[] now = {0};
        ProgressRelay relay = new ProgressRelay(0, 1, e -> posted.add((Event.FeedProgress) e), () -> now[0]);
        List<Article> all = TestFeeds.many(1_000).articles();
        for (int i = 0; i < 700; i++) {
            relay.article(all.get(i));
            now[0] += 1_000_000;
            relay.progress(i + 1, all.size(), i + 1);
        }
        Feed shown = posted.get(posted.size() - 1).partial();
        relay.restarting();
        for (int i = 0; i < all.size(); i++) {
            relay.article(all.get(i));
            now[0] += 1_000_000;
            relay.progress(i + 1, all.size(), i + 1);
            Feed p = posted.get(posted.size() - 1).partial();
            assertTrue(p == shown || p.articles().size() > shown.articles().size(),
                    "what is on screen stays until the second reading has more: " + p.articles().size());
            assertEquals(p.articles().size(), new java.util.HashSet<>(p.articles()).size(), "no article twice");
        }
        // 1,000 is not half as many more as the 700 or so shown: the whole feed replaces them at the end.
        assertSame(shown, posted.get(posted.size() - 1).partial());
    }
}
