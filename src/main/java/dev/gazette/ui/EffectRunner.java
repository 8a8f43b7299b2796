package dev.gazette.ui;

import dev.gazette.comments.Comment;
import dev.gazette.comments.CommentJournal;
import dev.gazette.comments.JournalException;
import dev.gazette.feed.Article;
import dev.gazette.feed.ArticleContent;
import dev.gazette.feed.Feed;
import dev.gazette.feed.FeedException;
import dev.gazette.marks.ReadMarks;
import dev.gazette.text.ArticleBodyRenderer;
import dev.gazette.text.Document;

import java.io.IOException;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Carries out effects on worker threads ({@link Workers}) and answers each with an event:
 * loads, article rendering, journal appends, read-mark saves, the browser. The only class
 * of the UI that reaches files and processes, and only through the feed source, the journal,
 * the marks file and the browser it is given.
 */
public final class EffectRunner {
    private final FeedSource source;
    private final CommentJournal journal;
    private final ReadMarks marks;
    private final Browser browser;
    private final Clipboard clipboard;
    private final ZoneId zone;
    private final Workers workers;
    private final ErrorLog errors;

    /** The newest marks not yet written; saves are batched, so only the newest is ever written. */
    private final AtomicReference<ReadSet> unsavedMarks = new AtomicReference<>();
    private final AtomicBoolean marksSaveQueued = new AtomicBoolean();
    /** The marks as last read or written by this process (marks thread only): saves write the difference. */
    private Set<String> marksOnDisk = Set.of();

    /**
     * @param marks null when read marks are not kept (tests, benchmarks)
     */
    public EffectRunner(FeedSource source, CommentJournal journal, ReadMarks marks, Browser browser, ZoneId zone,
                        Workers workers, ErrorLog errors) {
        this(source, journal, marks, browser, Clipboard.NONE, zone, workers, errors);
    }

    /**
     * @param marks     null when read marks are not kept (tests, benchmarks)
     * @param clipboard where y puts a link ({@link Clipboard#NONE}: the status line shows it)
     */
    public EffectRunner(FeedSource source, CommentJournal journal, ReadMarks marks, Browser browser,
                        Clipboard clipboard, ZoneId zone, Workers workers, ErrorLog errors) {
        this.source = source;
        this.journal = journal;
        this.marks = marks;
        this.browser = browser;
        this.clipboard = clipboard;
        this.zone = zone;
        this.workers = workers;
        this.errors = errors;
    }

    public void run(Effect effect, Consumer<Event> post) {
        if (effect instanceof Effect.LoadFeed load) {
            workers.loads.execute(() -> load(load.generation(), post));
        } else if (effect instanceof Effect.OpenArticle open) {
            workers.articles.execute(() -> open(open, post));
        } else if (effect instanceof Effect.AppendComment append) {
            workers.journal.execute(() -> append(append, post));
        } else if (effect instanceof Effect.LoadMarks) {
            workers.marks.execute(() -> loadMarks(post));
        } else if (effect instanceof Effect.SaveMarks save) {
            unsavedMarks.set(save.marks());
            if (marksSaveQueued.compareAndSet(false, true)) workers.marks.execute(() -> saveMarks(post));
        } else if (effect instanceof Effect.OpenUrl open) {
            workers.browser.execute(() -> post.accept(new Event.Status(browser.open(open.url()))));
        } else if (effect instanceof Effect.CopyUrl copy) {
            workers.browser.execute(() -> post.accept(new Event.Status(clipboard.copy(copy.url()))));
        }
    }

    /** Asks the feed source whether the file changed (a stat); the watcher thread calls this once a second. */
    public void checkForChanges(Consumer<Event> post) {
        if (source.changed()) post.accept(new Event.FeedChanged());
    }

    /** Writes what is still unsaved and stops the workers, waiting up to {@code millis}. */
    public void finish(long millis) {
        workers.finish(millis);
    }

    /**
     * Reads the journal's index and renders one article in the background, so the first
     * article the user opens does not wait for the journal or for the renderer's first use.
     */
    public void warmUp(Feed feed) {
        workers.journal.execute(journal::unreadableLines);
        if (feed.articles().isEmpty()) return;
        Article first = feed.articles().get(0);
        workers.articles.execute(() -> {
            try {
                ArticleBodyRenderer.render(first, first.content().load(), feed.homePageUrl()).layout(80);
            } catch (RuntimeException e) {
                // only a warm-up: opening the article will say what is wrong
            }
        });
    }

    private void load(long generation, Consumer<Event> post) {
        try {
            ProgressRelay relay = new ProgressRelay(generation, post);
            Feed feed = source.load(relay);
            post.accept(new Event.FeedLoaded(generation, feed));
        } catch (FeedException e) {
            post.accept(new Event.FeedFailed(generation, e.getMessage()));
        } catch (OutOfMemoryError e) {
            post.accept(new Event.FeedFailed(generation, "not enough memory to read this feed"));
        } catch (RuntimeException e) {
            post.accept(new Event.FeedFailed(generation, failure(e)));
        }
    }

    private void open(Effect.OpenArticle open, Consumer<Event> post) {
        try {
            Article a = open.article();
            ArticleContent content = a.content().load();
            Document body = ArticleBodyRenderer.render(a, content, open.baseUrl());
            ArticlePage page = new ArticlePage(a, body, journal.commentsFor(a.id()), journal.unreadableLines(), zone);
            page.layout(open.width());   // laid out here, so the first frame does not wait for it
            post.accept(new Event.ArticleReady(open.request(), page, journal.readProblem()));
        } catch (RuntimeException | OutOfMemoryError e) {
            post.accept(new Event.ArticleFailed(open.request(), failure(e)));
        }
    }

    private void append(Effect.AppendComment append, Consumer<Event> post) {
        try {
            Comment saved = journal.append(append.articleId(), append.author(), append.text());
            post.accept(new Event.CommentSaved(append.articleId(), saved, journal.commentsFor(append.articleId()),
                    journal.unreadableLines()));
        } catch (JournalException e) {
            post.accept(new Event.CommentFailed(append.articleId(), e.getMessage()));
        } catch (RuntimeException e) {
            post.accept(new Event.CommentFailed(append.articleId(), failure(e)));
        }
    }

    private void loadMarks(Consumer<Event> post) {
        if (marks == null) {
            post.accept(new Event.MarksLoaded(ReadSet.EMPTY, null));
            return;
        }
        ReadMarks.Loaded loaded = marks.load();
        marksOnDisk = Set.copyOf(loaded.read());
        post.accept(new Event.MarksLoaded(ReadSet.of(loaded.read()), loaded.warning()));
    }

    private void saveMarks(Consumer<Event> post) {
        marksSaveQueued.set(false);
        ReadSet latest = unsavedMarks.getAndSet(null);
        if (latest == null || marks == null) return;
        Set<String> now = latest.toSet();
        Set<String> added = new HashSet<>(now);
        added.removeAll(marksOnDisk);
        Set<String> removed = new HashSet<>(marksOnDisk);
        removed.removeAll(now);
        if (added.isEmpty() && removed.isEmpty()) return;
        try {
            // Only this process's changes are written: another Gazette's marks in the file stay.
            marks.save(added, removed);
            marksOnDisk = now;
        } catch (IOException | RuntimeException e) {
            post.accept(new Event.Status("Read marks not saved to " + marks.file() + ": " + e.getMessage()));
        }
    }

    private String failure(Throwable e) {
        String where = errors.record(e);
        return e.getClass().getSimpleName() + (where == null ? "" : " (details in " + where + ")");
    }
}
