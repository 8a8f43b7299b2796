package dev.gazette.cli;

import com.googlecode.lanterna.terminal.MouseCaptureMode;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;
import dev.gazette.comments.CommentJournal;
import dev.gazette.feed.Article;
import dev.gazette.feed.Feed;
import dev.gazette.feed.FeedException;
import dev.gazette.feed.FeedLoader;
import dev.gazette.feed.Problem;
import dev.gazette.marks.ReadMarks;
import dev.gazette.source.Sidecars;
import dev.gazette.ui.App;
import dev.gazette.ui.HeadlineText;
import dev.gazette.ui.TerminalLoop;
import dev.gazette.ui.Theme;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one command line: parse, load, then list, check or open the terminal UI. Every
 * failure becomes one line on stderr and an exit code; only a bug gives exit 1, with the
 * details written to a log file rather than the user's terminal.
 */
public final class Cli {
    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int BAD_INPUT = 2;

    /**
     * A feed up to this size is read before the screen opens (a few dozen milliseconds), so
     * its errors come out as one line with no screen at all; a bigger one opens the screen at
     * once and shows its headlines while the rest loads.
     */
    private static final long READ_FIRST_BYTES = 1024 * 1024;
    /** Even a small feed on a slow disk does not keep the screen waiting longer than this. */
    private static final long SMALL_FEED_WAIT_MS = 1000;
    /** A big file that is not a feed at all fails in its first bytes: catch that before the screen opens. */
    private static final long BIG_FEED_WAIT_MS = 20;

    private static final DateTimeFormatter LIST_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;
    private final boolean interactiveTerminal;

    public Cli(PrintStream out, PrintStream err, Map<String, String> env, boolean interactiveTerminal) {
        this.out = out;
        this.err = err;
        this.env = env;
        this.interactiveTerminal = interactiveTerminal;
    }

    public int run(List<String> args) {
        try {
            return runOrThrow(args);
        } catch (RuntimeException | IOException | Error e) {
            return internalError(e);
        }
    }

    private int runOrThrow(List<String> args) throws IOException {
        Options options;
        try {
            options = Options.parse(args);
        } catch (Options.UsageException e) {
            err.println("gazette: " + e.getMessage() + " (see gazette --help)");
            return BAD_INPUT;
        }
        switch (options.mode()) {
            case HELP -> {
                out.println(Options.USAGE);
                return OK;
            }
            case VERSION -> {
                out.println("gazette " + version());
                return OK;
            }
            default -> { }
        }
        if (options.mode() == Options.Mode.READ && !interactiveTerminal) {
            err.println("gazette: not a terminal: the reader needs one (use --list to print the headlines)");
            return BAD_INPUT;
        }
        if (options.mode() == Options.Mode.READ) return read(options);
        Feed feed;
        try {
            feed = FeedLoader.load(options.feed());
        } catch (FeedException e) {
            err.println(e.getMessage());
            return BAD_INPUT;
        }
        return switch (options.mode()) {
            case LIST -> list(feed);
            case CHECK -> check(options.feed(), feed);
            default -> throw new IllegalStateException("unreachable");
        };
    }

    private int list(Feed feed) {
        ZoneId zone = ZoneId.systemDefault();
        for (Article a : feed.articles()) {
            String date = a.date() == null ? "----------" : LIST_DATE.format(a.date().atZone(zone));
            out.println(date + "  " + HeadlineText.of(a));
        }
        return OK;
    }

    private int check(Path file, Feed feed) {
        for (Problem p : feed.problems()) {
            String where = p.line() > 0 ? file + ":" + p.line() + ":" + p.column() : file.toString();
            out.println(where + ": " + p.message());
        }
        out.println(file + ": ok, " + feed.articles().size() + " items"
                + (feed.problems().isEmpty() ? "" : ", " + feed.problems().size() + " warnings"));
        return OK;
    }

    /**
     * The reader. The feed starts loading at once; a small one is complete before the first
     * frame (so errors still come out as one line and exit 2, with no screen at all), a big
     * one shows its first headlines while the rest loads.
     */
    private int read(Options options) throws IOException {
        FileFeedSource source = new FileFeedSource(options.feed());
        ProgressRelay relay = new ProgressRelay();
        CompletableFuture<Feed> loading = new CompletableFuture<>();
        Thread loader = new Thread(() -> {
            try {
                loading.complete(source.load(relay));
            } catch (FeedException | RuntimeException | Error e) {
                loading.completeExceptionally(e);
            }
        }, "gazette-load");
        loader.setDaemon(true);
        loader.start();
        Feed loadedEarly;
        try {
            long wait = sizeOrZero(options.feed()) <= READ_FIRST_BYTES ? SMALL_FEED_WAIT_MS : BIG_FEED_WAIT_MS;
            loadedEarly = loading.get(wait, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            loadedEarly = null;
        } catch (ExecutionException e) {
            return loadFailed(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return INTERNAL_ERROR;
        }

        Feed first = loadedEarly;
        Sidecars sidecars = Sidecars.beside(options.feed());
        Path journalFile = options.comments() != null ? options.comments() : sidecars.journal();
        CommentJournal journal = new CommentJournal(journalFile);
        ReadMarks marks = new ReadMarks(sidecars.state());
        String author = CommentJournal.defaultAuthor(options.author(), env);
        Theme theme = Theme.forEnvironment(env);
        // Never fall back to a Swing window (DESIGN.md section 3): the terminal is built here.
        System.setProperty("java.awt.headless", "true");
        Utf8UnixTerminal terminal = new Utf8UnixTerminal(System.in, System.out, StandardCharsets.UTF_8,
                UnixLikeTerminal.CtrlCBehaviour.TRAP);
        if (options.mouse()) terminal.setMouseCaptureMode(MouseCaptureMode.CLICK_RELEASE);
        TerminalLoop loop = new TerminalLoop(terminal);
        Feed initial = first != null ? first : new Feed(null, null, null, null, List.of(), List.of(), 0, 0);
        if (first == null) {
            relay.attach(loop);
            loading.whenComplete((feed, failure) -> loop.post(app -> {
                if (failure == null) app.feedLoaded(feed, null);
                else app.fatal(failureMessage(failure));
            }));
        }
        // Read the journal once the feed is in, so the first article opens without that wait
        // (a journal of 100,000 comments takes a few hundred milliseconds to index).
        loading.whenComplete((feed, failure) -> preload(journal));
        EffectRunner effects = new EffectRunner(source, new LinkOpener(env));
        App app = loop.run(size -> {
            App started = new App(initial, journal, marks, author, theme, ZoneId.systemDefault(), size);
            if (first == null) started.loadProgress(initial, 0);
            return started;
        }, effects, source);
        if (app != null && app.fatalMessage() != null) {
            err.println(app.fatalMessage());
            return BAD_INPUT;
        }
        return OK;
    }

    private static void preload(CommentJournal journal) {
        Thread t = new Thread(journal::unreadableLines, "gazette-journal");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    private static long sizeOrZero(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private int loadFailed(Throwable cause) {
        if (cause instanceof FeedException) {
            err.println(cause.getMessage());
            return BAD_INPUT;
        }
        return internalError(cause);
    }

    private static String failureMessage(Throwable failure) {
        Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        return cause instanceof FeedException ? cause.getMessage() : "gazette: internal error: " + cause;
    }

    private int internalError(Throwable e) {
        Path log = Path.of(System.getProperty("java.io.tmpdir"), "gazette-error.log");
        String where;
        try {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            Files.writeString(log, trace.toString(), StandardCharsets.UTF_8);
            where = "details in " + log;
        } catch (IOException | RuntimeException logFailure) {
            where = "no log could be written";
        }
        err.println("gazette: internal error: " + e + " (" + where + ")");
        return INTERNAL_ERROR;
    }

    static String version() {
        String v = Cli.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }
}
