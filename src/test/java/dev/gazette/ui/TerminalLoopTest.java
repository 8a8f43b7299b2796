package dev.gazette.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.gazette.comments.CommentJournal;
import dev.gazette.feed.Article;
import dev.gazette.feed.ContentSource;
import dev.gazette.feed.Feed;
import dev.gazette.feed.FeedException;
import dev.gazette.feed.LoadListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The real loop with real worker threads on Lanterna's virtual terminal: a slow load that
 * reports progress, r during it, the file watcher, a screen that cannot be drawn, a hangup.
 * Every wait is for something to appear on the screen, with a time limit.
 */
class TerminalLoopTest {

    @TempDir
    Path dir;

    final ModesTerminal terminal = new ModesTerminal(new TerminalSize(60, 12));

    /** A virtual terminal that counts Ctrl-L's asking for the modes again. */
    static final class ModesTerminal extends DefaultVirtualTerminal implements TerminalModes {
        final AtomicInteger reasserted = new AtomicInteger();

        ModesTerminal(TerminalSize size) {
            super(size);
        }

        @Override
        public void release() { }

        @Override
        public void reacquire() { }

        @Override
        public void reassert() {
            reasserted.incrementAndGet();
        }
    }
    final Workers workers = Workers.threads();
    CompletableFuture<AppState> running;

    /** A feed source whose loads the test releases; it reports 100 articles of progress first. */
    static final class SlowSource implements FeedSource {
        final AtomicInteger loads = new AtomicInteger();
        final CountDownLatch release = new CountDownLatch(1);
        volatile boolean changed;
        volatile Feed feed = TestFeeds.many(100);

        @Override
        public Feed load(LoadListener listener) throws FeedException {
            int n = loads.incrementAndGet();
            changed = false;
            if (n == 1) {
                listener.itemsStarting("Slow News");
                for (Article a : feed.articles().subList(0, Math.min(ProgressRelay.FIRST_SCREEN, feed.articles().size()))) {
                    listener.article(a);
                }
                listener.progress(400, 1000, ProgressRelay.FIRST_SCREEN);
                try {
                    if (!release.await(10, TimeUnit.SECONDS)) throw new FeedException("never released");
                } catch (InterruptedException e) {
                    throw new FeedException("interrupted");
                }
            }
            return new Feed("Slow News", null, null, null, feed.articles(), List.of(), 0, 0);
        }

        @Override
        public boolean changed() {
            return changed;
        }
    }

    void start(FeedSource source) {
        EffectRunner effects = new EffectRunner(new Channel(source, new CommentJournal(dir.resolve("c.jsonl")), null),
                url -> "opened", ZoneOffset.UTC, workers, ErrorLog.NONE);
        Program program = new Program(AppState.start(new Settings("ana", Theme.monochrome(), ZoneOffset.UTC),
                terminal.getTerminalSize()), new EventQueue(), effects, e -> "the log");
        program.start();
        running = CompletableFuture.supplyAsync(() -> {
            try {
                return new TerminalLoop(terminal).run(program, effects, true);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @AfterEach
    void stop() {
        if (running != null && !running.isDone()) terminal.addInput(new KeyStroke('c', true, false));
        workers.finish(1000);
    }

    String screen() {
        TerminalSize size = terminal.getTerminalSize();
        StringBuilder sb = new StringBuilder();
        for (int y = 0; y < size.getRows(); y++) {
            for (int x = 0; x < size.getColumns(); x++) {
                TextCharacter c = terminal.getCharacter(x, y);
                sb.append(c.getCharacterString());
                if (c.isDoubleWidth()) x++;
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    void waitFor(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (running.isCompletedExceptionally()) running.join();
            if (System.nanoTime() > deadline) fail("waited 10 s for " + what + "; the screen:\n" + screen());
            Thread.onSpinWait();
        }
    }

    void waitForText(String text) {
        waitFor("\"" + text + "\"", () -> screen().contains(text));
    }

    @Test
    void aSlowLoadShowsItsFirstHeadlinesAndRDuringItReloadsOnceAfter() throws Exception {
        SlowSource source = new SlowSource();
        start(source);
        waitFor("the first screenful while loading", () -> {
            String now = screen();
            return now.contains("Slow News — 64 articles, 64 unread · loading") && now.contains("Headline 0");
        });
        terminal.addInput(new KeyStroke('r', false, false));
        waitForText("Reload queued: the feed is still loading");
        source.release.countDown();
        waitFor("the queued reload", () -> source.loads.get() == 2);
        waitForText("Slow News — 100 articles, 100 unread");
        terminal.addInput(new KeyStroke('q', false, false));
        AppState last = running.get(10, TimeUnit.SECONDS);
        assertFalse(last.running());
        assertNull(last.exit());
        assertEquals(2, source.loads.get(), "r while loading never starts a second parse at once");
    }

    @Test
    void theWatcherReloadsWhenTheFileChanges() {
        SlowSource source = new SlowSource();
        source.release.countDown();
        start(source);
        waitForText("100 articles");
        source.feed = TestFeeds.many(3);
        source.changed = true;
        waitForText("Slow News — 3 articles, 3 unread");
        assertEquals(2, source.loads.get());
    }

    @Test
    void aScreenThatCannotBeDrawnSaysSoAndEscGetsOut() {
        Article broken = new Article("x", false, null, null, null, null, null, null, null, List.of(), List.of(), List.of(),
                (ContentSource) () -> {
                    throw new IllegalStateException("body store gone");
                });
        List<Article> articles = new ArrayList<>(TestFeeds.threeArticles().articles());
        articles.add(broken);
        SlowSource source = new SlowSource();
        source.feed = TestFeeds.feed(articles.toArray(Article[]::new));
        source.release.countDown();
        start(source);
        // The message, the log's place and the way out, wrapped to the screen's width.
        waitFor("the failure screen", () -> screen().replaceAll("\\s+", " ").contains(
                "Something went wrong with drawing the screen: IllegalStateException (details in the log)"
                        + " Esc goes back, q or Ctrl-C quits"));
        terminal.addInput(new KeyStroke('q', false, false));
        waitFor("the loop to end", () -> running.isDone());
    }

    @Test
    void aHangupEndsTheLoopQuietly() throws Exception {
        SlowSource source = new SlowSource();
        source.release.countDown();
        start(source);
        waitForText("100 articles");
        terminal.addInput(new KeyStroke(KeyType.EOF));
        AppState last = running.get(10, TimeUnit.SECONDS);
        assertFalse(last.running());
        assertNull(last.exit(), "a hangup is not an error");
    }

    @Test
    void ctrlLAsksForTheTerminalsModesAgainAndRedraws() {
        SlowSource source = new SlowSource();
        source.release.countDown();
        start(source);
        waitForText("100 articles");
        terminal.addInput(new KeyStroke('l', true, false));
        waitFor("the modes asked for again", () -> terminal.reasserted.get() == 1);
        waitForText("100 articles");
    }

    @Test
    void aResizeRedrawsAtTheNewSize() {
        SlowSource source = new SlowSource();
        source.release.countDown();
        start(source);
        waitForText("100 articles");
        terminal.setTerminalSize(new TerminalSize(30, 6));
        waitFor("a 30-column list", () -> screen().startsWith(" Slow News — 100 articles, 1… \n● Headline 0"));
    }
}
