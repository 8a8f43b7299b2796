package dev.gazette.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gazette.comments.CommentJournal;
import dev.gazette.feed.Feed;
import dev.gazette.feed.LoadListener;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On real workers: loads that wait on slow servers never hold up a file's load. */
class NetworkLoadsTest {
    @TempDir
    Path dir;

    /** A URL whose server does not answer until the test lets it. */
    private static final class SlowUrl implements FeedSource {
        private final CountDownLatch answer;

        SlowUrl(CountDownLatch answer) {
            this.answer = answer;
        }

        @Override
        public boolean changed() {
            return false;
        }

        @Override
        public Feed load(LoadListener listener) {
            try {
                answer.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return TestFeeds.many(1);
        }

        @Override
        public boolean waitsOnNetwork() {
            return true;
        }
    }

    @Test
    void aFileLoadsWhileSixUrlsWaitForTheirServers() throws Exception {
        CountDownLatch answer = new CountDownLatch(1);
        List<Channel> channels = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            channels.add(new Channel(new SlowUrl(answer), new CommentJournal(dir.resolve(i + ".jsonl")), null));
        }
        channels.add(new Channel(new VirtualScreen.FakeSource(TestFeeds.threeArticles()),
                new CommentJournal(dir.resolve("file.jsonl")), null));
        Workers workers = Workers.threads();
        try {
            EffectRunner effects = new EffectRunner(channels, url -> "", ZoneOffset.UTC, workers, ErrorLog.NONE);
            LinkedBlockingQueue<Event> posted = new LinkedBlockingQueue<>();
            for (int i = 0; i < channels.size(); i++) effects.run(new Effect.LoadFeed(i, 1), posted::add);
            Event first = posted.poll(10, TimeUnit.SECONDS);
            assertTrue(first instanceof Event.FeedLoaded, "the file's load ends first: " + first);
            assertEquals(6, ((Event.FeedLoaded) first).source());
            answer.countDown();
            int loaded = 0;
            for (Event e; loaded < 6 && (e = posted.poll(10, TimeUnit.SECONDS)) != null; ) {
                if (e instanceof Event.FeedLoaded) loaded++;
            }
            assertEquals(6, loaded, "then the six URLs");
        } finally {
            workers.finish(0);
        }
    }
}
