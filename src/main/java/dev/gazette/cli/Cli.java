package dev.gazette.cli;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.MouseCaptureMode;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;
import dev.gazette.comments.CommentJournal;
import dev.gazette.feed.Article;
import dev.gazette.feed.CleanText;
import dev.gazette.feed.Feed;
import dev.gazette.feed.FeedException;
import dev.gazette.feed.FeedLoader;
import dev.gazette.feed.Problem;
import dev.gazette.marks.ReadMarks;
import dev.gazette.source.Sidecars;
import dev.gazette.ui.AppState;
import dev.gazette.ui.Dates;
import dev.gazette.ui.EffectRunner;
import dev.gazette.ui.ErrorLog;
import dev.gazette.ui.Event;
import dev.gazette.ui.EventQueue;
import dev.gazette.ui.HeadlineText;
import dev.gazette.ui.Program;
import dev.gazette.ui.ReadSet;
import dev.gazette.ui.Settings;
import dev.gazette.ui.TerminalLoop;
import dev.gazette.ui.Theme;
import dev.gazette.ui.Workers;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

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
    /** The read marks file is small; this bounds the wait on a hung disk. */
    private static final long MARKS_WAIT_MS = 5000;
    /** On quit, unsaved read marks get this long to reach the disk. */
    private static final long SAVE_ON_EXIT_MS = 3000;

    private static final DateTimeFormatter LIST_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;
    private final boolean interactiveTerminal;
    /** The command line, for the crash log. */
    private List<String> args = List.of();

    public Cli(PrintStream out, PrintStream err, Map<String, String> env, boolean interactiveTerminal) {
        this.out = out;
        this.err = err;
        this.env = env;
        this.interactiveTerminal = interactiveTerminal;
    }

    public int run(List<String> args) {
        this.args = List.copyOf(args);
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
        if (options.mode() == Options.Mode.READ) {
            String refused = TerminalType.refusal(env);
            if (refused != null) {
                err.println(refused);
                return BAD_INPUT;
            }
            return read(options);
        }
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
            String date = Dates.format(LIST_DATE, a.date(), zone);
            if (date.isEmpty()) date = "----------";
            out.println(date + "  " + HeadlineText.of(a));
        }
        return OK;
    }

    private int check(Path file, Feed feed) {
        for (Problem p : feed.problems()) {
            String name = CleanText.line(file.toString());
            String where = p.line() > 0 ? name + ":" + p.line() + ":" + p.column() : name;
            out.println(where + ": " + p.message());
        }
        out.println(CleanText.line(file.toString()) + ": ok, " + feed.articles().size() + " items"
                + (feed.problems().isEmpty() ? "" : ", " + feed.problems().size() + " warnings"));
        return OK;
    }

    /**
     * The reader. The feed and the read marks start loading at once; a small feed is complete
     * before the first frame (so its errors still come out as one line and exit 2, with no
     * screen at all), a big one shows its first headlines while the rest loads.
     */
    private int read(Options options) throws IOException {
        Path feedFile = options.feed();
        Sidecars sidecars = Sidecars.beside(feedFile);
        CommentJournal journal = new CommentJournal(options.comments() != null ? options.comments() : sidecars.journal());
        ZoneId zone = ZoneId.systemDefault();
        Settings settings = new Settings(CommentJournal.defaultAuthor(options.author(), env), Theme.forEnvironment(env),
                zone);
        Workers workers = Workers.threads();
        ErrorLog errors = this::writeLog;
        TerminalClipboard clipboard = new TerminalClipboard(env);
        EffectRunner effects = new EffectRunner(new FileFeedSource(feedFile), journal,
                new ReadMarks(sidecars.state()), new LinkOpener(env), clipboard, zone, workers, errors);
        Program program = new Program(AppState.start(settings, new TerminalSize(80, 24), ReadSet.EMPTY),
                new EventQueue(), effects, errors);
        program.start();
        try {
            long wait = sizeOrZero(feedFile) <= READ_FIRST_BYTES ? SMALL_FEED_WAIT_MS : BIG_FEED_WAIT_MS;
            program.queue().awaitQueued(e -> e instanceof Event.FeedLoaded || e instanceof Event.FeedFailed,
                    wait, TimeUnit.MILLISECONDS);
            // No key can mark an article before the marks from disk are in: a save would lose them.
            program.queue().awaitQueued(e -> e instanceof Event.MarksLoaded, MARKS_WAIT_MS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return INTERNAL_ERROR;
        }
        program.drain();
        if (!program.state().running()) return stoppedEarly(program.state());
        effects.warmUp(program.state().feed().feed());

        // Never fall back to a Swing window (DESIGN.md section 3): the terminal is built here.
        System.setProperty("java.awt.headless", "true");
        Utf8UnixTerminal terminal = new Utf8UnixTerminal(System.in, System.out, StandardCharsets.UTF_8,
                UnixLikeTerminal.CtrlCBehaviour.TRAP);
        if (options.mouse()) terminal.setMouseCaptureMode(MouseCaptureMode.CLICK_RELEASE);
        clipboard.attach(terminal::writeControl);
        AppState last;
        try {
            last = new TerminalLoop(terminal).run(program, effects, true);
        } finally {
            effects.finish(SAVE_ON_EXIT_MS);
        }
        return stoppedEarly(last);
    }

    /** Exit 0 when the user quit; exit 2 with the reason when the feed could not be read. */
    private int stoppedEarly(AppState state) {
        if (state.exit() == null) return OK;
        err.println(state.exit());
        return BAD_INPUT;
    }

    private static long sizeOrZero(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private int internalError(Throwable e) {
        String log = writeLog(e);
        String where = log == null ? "no log could be written" : "details in " + log;
        if (e instanceof OutOfMemoryError) {
            err.println("gazette: out of memory (" + where + "); a larger heap helps: java -Xmx2g -jar gazette.jar");
        } else {
            err.println("gazette: internal error: " + e + " (" + where + ")");
        }
        return INTERNAL_ERROR;
    }

    /** Writes the details of an unexpected exception to a new log file; returns its path, or null. */
    private String writeLog(Throwable e) {
        Path log = CrashLog.write(e, args, version(), env);
        return log == null ? null : log.toString();
    }

    static String version() {
        String v = Cli.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }
}
