package dev.gazette.ui;

import dev.gazette.comments.Comment;
import dev.gazette.comments.CommentJournal;
import dev.gazette.comments.Discussion;
import dev.gazette.comments.JournalException;
import dev.gazette.feed.Article;
import dev.gazette.feed.ArticleContent;
import dev.gazette.feed.Feed;
import dev.gazette.feed.FeedException;
import dev.gazette.feed.FileText;
import dev.gazette.feed.UrlChars;
import dev.gazette.text.ArticleBodyRenderer;
import dev.gazette.text.Document;

import java.io.IOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

/**
 * Carries out effects on worker threads ({@link Workers}) and answers each with an event:
 * loads, article rendering, journal appends, read-mark saves, the browser. The only class
 * of the UI that reaches files, the network and processes, and only through each feed's
 * {@link Channel} and the browser it is given.
 */
public final class EffectRunner {
    private final List<Channel> channels;
    private final List<MarksSaver> marks = new ArrayList<>();
    private final List<DraftSaver> drafts = new ArrayList<>();
    private final Browser browser;
    private final Clipboard clipboard;
    private volatile Editor editor = Editor.NONE;
    private volatile TerminalControl terminal = TerminalControl.NONE;
    /** The workers are stopped (quitting, or the terminal hung up while a key was handled). */
    private volatile boolean finished;
    private final ZoneId zone;
    private final Workers workers;
    private final ErrorLog errors;

    public EffectRunner(List<Channel> channels, Browser browser, ZoneId zone, Workers workers, ErrorLog errors) {
        this(channels, browser, Clipboard.NONE, zone, workers, errors);
    }

    /**
     * @param clipboard where y puts a link ({@link Clipboard#NONE}: the status line shows it)
     */
    public EffectRunner(List<Channel> channels, Browser browser, Clipboard clipboard, ZoneId zone, Workers workers,
                        ErrorLog errors) {
        this.channels = List.copyOf(channels);
        this.browser = browser;
        this.clipboard = clipboard;
        this.zone = zone;
        this.workers = workers;
        this.errors = errors;
        for (int i = 0; i < channels.size(); i++) {
            marks.add(new MarksSaver(i, channels.get(i).marks(), workers.marks, workers.marksLater));
            drafts.add(new DraftSaver(i, channels.get(i).drafts(), workers.marks, workers.marksLater));
        }
    }

    /** The editor that {@link Effect.ComposeInEditor} runs. */
    public void useEditor(Editor e) {
        this.editor = e;
    }

    /** The terminal that the editor and Ctrl-Z borrow; {@link TerminalLoop} sets it. */
    public void useTerminal(TerminalControl t) {
        this.terminal = t;
    }

    /** One feed: the common case. */
    public EffectRunner(Channel channel, Browser browser, ZoneId zone, Workers workers, ErrorLog errors) {
        this(List.of(channel), browser, zone, workers, errors);
    }

    public void run(Effect effect, Consumer<Event> post) {
        try {
            dispatch(effect, post);
        } catch (RejectedExecutionException e) {
            // A hangup's shutdown hook stops the workers while the loop may still handle an
            // event: its effects have nowhere to go, and that is no error worth a crash log.
            if (!finished) throw e;
        }
    }

    private void dispatch(Effect effect, Consumer<Event> post) {
        if (effect instanceof Effect.LoadFeed load) {
            Executor on = channels.get(load.source()).source().waitsOnNetwork() ? workers.networkLoads : workers.loads;
            on.execute(() -> load(load, post));
        } else if (effect instanceof Effect.OpenArticle open) {
            workers.articles.execute(() -> open(open, post));
        } else if (effect instanceof Effect.AppendComment append) {
            workers.journal.execute(() -> append(append, post));
        } else if (effect instanceof Effect.LoadMarks load) {
            marks.get(load.source()).load(post);
        } else if (effect instanceof Effect.SaveMarks save) {
            marks.get(save.source()).save(save.marks(), post);
        } else if (effect instanceof Effect.ReplyComment r) {
            workers.journal.execute(() -> write(r.source(), r.articleId(), r.parentId(), post,
                    j -> j.reply(r.articleId(), r.parentId(), r.author(), r.text()).id(), "Reply saved", true));
        } else if (effect instanceof Effect.EditComment e) {
            workers.journal.execute(() -> write(e.source(), e.articleId(), e.commentId(), post,
                    j -> j.edit(e.commentId(), e.author(), e.text()).target(), "Comment edited", true));
        } else if (effect instanceof Effect.WithdrawComment w) {
            workers.journal.execute(() -> write(w.source(), w.articleId(), w.commentId(), post,
                    j -> j.withdraw(w.commentId(), w.author()).target(), "Comment withdrawn", false));
        } else if (effect instanceof Effect.ShowComments show) {
            workers.articles.execute(() -> showComments(show, post));
        } else if (effect instanceof Effect.LoadCounts counts) {
            workers.journal.execute(() -> counts(counts.source(), post));
        } else if (effect instanceof Effect.LoadDrafts load) {
            drafts.get(load.source()).load(post);
        } else if (effect instanceof Effect.SaveDraft save) {
            drafts.get(save.source()).put(save.articleId(), save.draft(), post);
        } else if (effect instanceof Effect.ComposeInEditor compose) {
            // On the UI thread, on purpose: the editor has the terminal, nothing may draw meanwhile.
            terminal.handOver(() -> post.accept(edit(compose)));
        } else if (effect instanceof Effect.Suspend) {
            terminal.suspend();
        } else if (effect instanceof Effect.Redraw) {
            terminal.redraw();
        } else if (effect instanceof Effect.OpenUrl open) {
            String url = asSent(open.url());
            if (browser.needsTerminal(url)) {
                // w3m or lynx: it has the terminal until it exits, as the editor does.
                terminal.handOver(() -> post.accept(new Event.Status(browser.open(url))));
            } else {
                workers.browser.execute(() -> post.accept(new Event.Status(browser.open(url))));
            }
        } else if (effect instanceof Effect.CopyUrl copy) {
            String url = asSent(copy.url());
            workers.browser.execute(() -> post.accept(new Event.Status(clipboard.copy(url))));
        } else if (effect instanceof Effect.PrepareFilter prepare) {
            workers.articles.execute(prepare.filter()::prepare);
        }
    }

    /**
     * A link as a browser would send it: a feed's absolute link is kept as written (its
     * derived id depends on it), so a space in it is encoded only here, on its way out.
     */
    private static String asSent(String url) {
        return url == null ? null : UrlChars.encodeStrays(url.strip());
    }

    /** Asks each feed whether it changed (a stat); the watcher thread calls this once a second. */
    public void checkForChanges(Consumer<Event> post) {
        for (int i = 0; i < channels.size(); i++) {
            if (channels.get(i).source().changed()) post.accept(new Event.FeedChanged(i));
        }
    }

    /** Writes what is still unsaved (drafts and read marks at once) and stops the workers, waiting up to {@code millis}. */
    public void finish(long millis) {
        finished = true;
        for (DraftSaver d : drafts) d.flushAtQuit(e -> { });
        for (MarksSaver m : marks) m.flush(e -> { });
        workers.finish(millis);
    }

    /**
     * Reads the journals' indexes and renders one article in the background, so the first
     * article the user opens does not wait for a journal or for the renderer's first use.
     */
    public void warmUp(Feed feed) {
        for (Channel c : channels) workers.journal.execute(c.journal()::unreadableLines);
        if (feed == null || feed.articles().isEmpty()) return;
        Article first = feed.articles().get(0);
        workers.articles.execute(() -> {
            try {
                ArticleBodyRenderer.render(first, first.content().load(), feed.homePageUrl()).layout(80);
            } catch (RuntimeException e) {
                // only a warm-up: opening the article will say what is wrong
            }
        });
    }

    private void load(Effect.LoadFeed load, Consumer<Event> post) {
        int source = load.source();
        long generation = load.generation();
        FeedSource feeds = channels.get(source).source();
        try {
            Feed feed = feeds.load(new ProgressRelay(source, generation, post));
            post.accept(new Event.FeedLoaded(source, generation, feed, feeds.freshness()));
        } catch (FeedException e) {
            post.accept(new Event.FeedFailed(source, generation, e.getMessage()));
        } catch (OutOfMemoryError e) {
            post.accept(new Event.FeedFailed(source, generation, "not enough memory to read this feed"));
        } catch (RuntimeException e) {
            post.accept(new Event.FeedFailed(source, generation, failure(e)));
        }
    }

    private void open(Effect.OpenArticle open, Consumer<Event> post) {
        try {
            CommentJournal journal = channels.get(open.source()).journal();
            Article a = open.article();
            ArticleContent content = a.content().load();
            Document body = ArticleBodyRenderer.render(a, content, open.baseUrl());
            // Only a window of the discussion is read and laid out: a million comments open as fast as ten.
            CommentWindow window = CommentWindow.read(journal.discussion(a.id()), 0, journal.unreadableLines());
            ArticlePage page = new ArticlePage(a, body, window, zone);
            page.layout(open.width());   // laid out here, so the first frame does not wait for it
            post.accept(new Event.ArticleReady(open.request(), page, journal.readProblem()));
        } catch (FileText.Unavailable e) {
            // The body was left in a feed file that changed since: not a fault of Gazette's.
            post.accept(new Event.ArticleFailed(open.request(), e.getMessage()));
        } catch (RuntimeException | OutOfMemoryError e) {
            post.accept(new Event.ArticleFailed(open.request(), failure(e)));
        }
    }

    private void append(Effect.AppendComment append, Consumer<Event> post) {
        int source = append.source();
        try {
            CommentJournal journal = channels.get(source).journal();
            Comment saved = journal.append(append.articleId(), append.author(), append.text());
            post.accept(saved(journal, source, append.articleId(), saved.id(), "Comment saved as " + saved.author(), true));
        } catch (JournalException e) {
            post.accept(new Event.CommentFailed(source, append.articleId(), e.getMessage()));
        } catch (RuntimeException e) {
            post.accept(new Event.CommentFailed(source, append.articleId(), failure(e)));
        }
    }

    /** What the journal does for a reply, an edit or a withdrawal: returns the comment to show. */
    @FunctionalInterface
    private interface JournalWrite {
        String write(CommentJournal journal) throws JournalException;
    }

    private void write(int source, String articleId, String commentId, Consumer<Event> post, JournalWrite write,
                       String message, boolean draftSent) {
        try {
            CommentJournal journal = channels.get(source).journal();
            String shown = write.write(journal);
            post.accept(saved(journal, source, articleId, shown, message, draftSent));
        } catch (JournalException e) {
            CommentWindow now = e.targetGone() ? windowAround(channels.get(source).journal(), articleId, commentId) : null;
            post.accept(new Event.CommentFailed(source, articleId, e.getMessage(), now, draftSent));
        } catch (RuntimeException e) {
            post.accept(new Event.CommentFailed(source, articleId, failure(e), null, draftSent));
        }
    }

    /** The discussion re-read around the comment just written, and the counts for the list. */
    private Event saved(CommentJournal journal, int source, String articleId, String commentId, String message,
                        boolean draftSent) {
        return new Event.CommentSaved(source, articleId, commentId, message, windowAround(journal, articleId, commentId),
                draftSent);
    }

    /** The article's discussion as the journal holds it now, laid out around comment {@code commentId}. */
    private static CommentWindow windowAround(CommentJournal journal, String articleId, String commentId) {
        Discussion d = journal.discussion(articleId);
        return CommentWindow.around(d, Math.max(0, d.rowOf(commentId)), journal.unreadableLines());
    }

    private void showComments(Effect.ShowComments show, Consumer<Event> post) {
        try {
            CommentJournal journal = channels.get(show.source()).journal();
            Discussion d = journal.discussion(show.articleId());
            post.accept(new Event.CommentsShown(show.request(), CommentWindow.around(d, show.row(), journal.unreadableLines()),
                    show.row()));
        } catch (RuntimeException | OutOfMemoryError e) {
            post.accept(new Event.Status("Could not read the comments: " + failure(e)));
        }
    }

    private void counts(int source, Consumer<Event> post) {
        try {
            post.accept(new Event.CommentCounts(source, channels.get(source).journal().commentCounts()));
        } catch (RuntimeException e) {
            post.accept(new Event.Status("Could not count the comments: " + failure(e)));
        }
    }

    private Event edit(Effect.ComposeInEditor compose) {
        try {
            return new Event.EditorDone(compose.source(), compose.articleId(), editor.edit(compose.text()), null);
        } catch (IOException | RuntimeException e) {
            return new Event.EditorDone(compose.source(), compose.articleId(), null, e.getMessage());
        }
    }

    private String failure(Throwable e) {
        String where = errors.record(e);
        return e.getClass().getSimpleName() + (where == null ? "" : " (details in " + where + ")");
    }
}
