package dev.gazette.ui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.gazette.feed.Article;
import dev.gazette.feed.ArticleContent;
import dev.gazette.feed.Author;
import dev.gazette.feed.ContentSource;
import dev.gazette.feed.Feed;
import java.io.IOException;
import java.time.Instant;
import java.util.List;

/**
 * Draws a made-up headline list once, off screen, while the reader starts: the first real
 * frame then runs on code the JVM has loaded, initialised and partly compiled. A first draw
 * and refresh on cold code took 30-40 ms of a 200 ms start; a second one of the same state
 * 6 ms. Pure: it builds its own state and a virtual screen, and touches nothing shared.
 */
public final class FirstFrameWarmUp {
    private FirstFrameWarmUp() { }

    /** Starts the warm-up on a daemon thread of its own (there is a second core for it). */
    public static void start(Settings settings, TerminalSize size) {
        Thread t = new Thread(() -> drawOnce(settings, size), "gazette-warm-up");
        t.setDaemon(true); // never keeps the JVM alive
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /**
     * The list of a small feed, drawn and refreshed on a virtual terminal of the given size;
     * returns that terminal (for tests), or null when something failed.
     */
    static DefaultVirtualTerminal drawOnce(Settings settings, TerminalSize size) {
        try {
            AppState s = Router.start(AppState.start(settings, size)).state();
            long generation = s.feeds().get(0).feed().generation();
            s = Router.update(s, new Event.FeedLoaded(0, generation, sample(), null)).state();
            DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(size);
            TerminalScreen screen = new DisputedWidthScreen(terminal);
            screen.startScreen();
            Router.draw(s, screen.newTextGraphics());
            screen.setCursorPosition(Router.cursor(s));
            screen.refresh(Screen.RefreshType.COMPLETE);
            return terminal;
        } catch (IOException | RuntimeException e) {
            return null; // only a warm-up: the real frame says what is wrong, if anything is
        }
    }

    private static Feed sample() {
        List<Article> articles = List.of(
                article("1", "Welcome: a headline that is long enough to be cut at the edge of a small screen", "Gazette"),
                article("2", "日本語の見出し 👍🏽 and São Paulo — é", "著者"),
                article("3", null, null));
        return new Feed("Warm-up", null, null, null, articles, List.of(), 0, 0);
    }

    private static Article article(String id, String title, String author) {
        return new Article(id, false, title, "https://warm-up.gazette.invalid/" + id, null, null, null,
                Instant.parse("2026-01-0" + id + "T12:00:00Z"), null,
                author == null ? List.of() : List.of(new Author(author, null)), List.of(), List.of(),
                ContentSource.of(new ArticleContent(null, "A short body.", null)));
    }
}
