package dev.gazette.cli;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.MouseCaptureMode;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;
import dev.gazette.comments.CommentJournal;
import dev.gazette.comments.DraftStore;
import dev.gazette.marks.ReadMarks;
import dev.gazette.source.FeedCache;
import dev.gazette.source.FileSource;
import dev.gazette.source.Refresher;
import dev.gazette.source.Sidecars;
import dev.gazette.source.Source;
import dev.gazette.source.UrlSource;
import dev.gazette.ui.AppState;
import dev.gazette.ui.Channel;
import dev.gazette.ui.EffectRunner;
import dev.gazette.ui.ErrorLog;
import dev.gazette.ui.Event;
import dev.gazette.ui.EventQueue;
import dev.gazette.ui.FeedSource;
import dev.gazette.ui.FirstFrameWarmUp;
import dev.gazette.ui.Program;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The interactive reader: wires each source's files (feed, journal, marks) to the UI,
 * starts the loads, and runs the terminal loop. A small file feed is read before the first
 * frame, so its errors still come out as one line and exit 2, with no screen at all; a big
 * one, or a URL, shows its first headlines (or its cached copy) while the rest comes.
 */
final class Reader {
    /** A feed up to this size is read before the screen opens (a few dozen milliseconds). */
    private static final long READ_FIRST_BYTES = 1024 * 1024;
    /** Even a small feed on a slow disk does not keep the screen waiting longer than this. */
    private static final long SMALL_FEED_WAIT_MS = 1000;
    /** A big file that is not a feed at all fails in its first bytes: catch that before the screen opens. */
    private static final long BIG_FEED_WAIT_MS = 20;
    /** The read-marks files are small; this bounds the wait on a hung disk. */
    private static final long MARKS_WAIT_MS = 5000;
    /** On quit, unsaved read marks and comments get this long to reach the disk. */
    private static final long SAVE_ON_EXIT_MS = 3000;

    private final Map<String, String> env;
    private final ErrorLog errors;
    /** Where what could not be saved is printed once the screen is closed. */
    private final PrintStream err;

    Reader(Map<String, String> env, ErrorLog errors, PrintStream err) {
        this.env = env;
        this.errors = errors;
        this.err = err;
    }

    /**
     * Runs the reader; returns the reason it stopped on its own (the only feed could not be
     * read), or null.
     *
     * @param notes what choosing the sources had to say (lines of the feeds file skipped):
     *              printed before the screen opens, where it is hidden until Gazette quits,
     *              so the first is on the status line too
     */
    String run(Options options, List<Source> sources, List<String> notes) throws IOException {
        String clash = journalIsTheFeed(options.comments(), sources);
        if (clash != null) return clash;
        ZoneId zone = ZoneId.systemDefault();
        Settings settings = new Settings(CommentJournal.defaultAuthor(options.author(), env), Theme.forEnvironment(env),
                zone, options.offline());
        FirstFrameWarmUp.start(settings, new TerminalSize(80, 24));
        FeedCache cache = FeedCache.at(env);
        List<Channel> channels = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<String> wheres = new ArrayList<>();
        List<Boolean> hidden = new ArrayList<>();
        List<List<String>> tags = new ArrayList<>();
        // Never fall back to a Swing window (DESIGN.md section 3): the terminal is built here,
        // and set up while the rest starts and the first feed loads (it draws nothing yet).
        System.setProperty("java.awt.headless", "true");
        TerminalStart<Utf8UnixTerminal> start = TerminalStart.begin(() -> new Utf8UnixTerminal(System.in,
                Utf8UnixTerminal.bufferedStdout(), StandardCharsets.UTF_8, UnixLikeTerminal.CtrlCBehaviour.TRAP));
        boolean screenShown = false;
        try (Refresher refresher = FeedSources.needNetwork(sources, options.offline()) ? new Refresher(cache) : null) {
            List<String> startNotes = new ArrayList<>(notes);
            for (Source s : sources) {
                Channel channel = channel(s, options, cache, refresher, zone);
                channels.add(channel);
                labels.add(s.title().orElse(null));
                wheres.add(s.display());
                hidden.add(s.hidden());
                tags.add(s.tags());
                String unusable = unusableJournal(channel.journal().file());
                if (unusable != null) {
                    err.println("gazette: " + unusable);   // read once the screen is closed
                    startNotes.add(unusable);
                }
            }
            Workers workers = Workers.threads();
            TerminalClipboard clipboard = new TerminalClipboard(env);
            EffectRunner effects = new EffectRunner(channels, new LinkOpener(env), clipboard, zone, workers, errors);
            effects.useEditor(new ExternalEditor(env));
            AppState first = AppState.start(settings.withNotes(startNotes), new TerminalSize(80, 24), labels, wheres, hidden,
                    tags);
            Program program = new Program(first, new EventQueue(), effects, errors);
            program.start();
            if (!startNotes.isEmpty()) program.queue().post(new Event.Status(notesLine(startNotes)));
            if (!awaitFirstLoads(program, sources, channels.size())) return null;
            program.drain();
            if (!program.state().running()) return program.state().exit();
            effects.warmUp(program.state().feed().feed());

            Utf8UnixTerminal terminal = start.get();
            screenShown = true;
            if (options.mouse()) terminal.setMouseCaptureMode(MouseCaptureMode.CLICK_RELEASE);
            clipboard.attach(terminal::writeControl);
            // A hangup (the ssh session or the terminal window closed) ends the JVM with SIGHUP:
            // what is still unsaved (read marks, drafts) gets written on the way out all the same.
            // A draft no save could write is printed then too, once (a SIGTERM's stderr may be a file).
            AtomicBoolean reported = new AtomicBoolean();
            Runnable leave = () -> {
                effects.finish(SAVE_ON_EXIT_MS);
                String unsaved = UnsavedDrafts.report(channels.stream().map(Channel::drafts).toList());
                if (unsaved != null && reported.compareAndSet(false, true)) {
                    err.print(unsaved);
                    err.flush();
                }
            };
            Runtime.getRuntime().addShutdownHook(new Thread(leave, "gazette-hangup"));
            try {
                return new TerminalLoop(terminal).run(program, effects, true).exit();
            } finally {
                leave.run();
            }
        } finally {
            // No screen (the feed could not be read, or something failed on the way): the
            // terminal gets its settings back before the reason is printed.
            if (!screenShown) start.abandon();
        }
    }

    /**
     * Waits for a single small file's load and for the read marks, so a broken feed is one line
     * with no screen and no key can mark an article before the marks from disk are in (a save
     * would lose them). False when interrupted.
     */
    private static boolean awaitFirstLoads(Program program, List<Source> sources, int feeds) {
        try {
            if (sources.size() == 1 && sources.get(0) instanceof FileSource f) {
                long wait = sizeOrZero(f.path()) <= READ_FIRST_BYTES ? SMALL_FEED_WAIT_MS : BIG_FEED_WAIT_MS;
                program.queue().awaitQueued(e -> e instanceof Event.FeedLoaded || e instanceof Event.FeedFailed,
                        wait, TimeUnit.MILLISECONDS);
            }
            long deadline = System.currentTimeMillis() + MARKS_WAIT_MS;
            for (int i = 0; i < feeds; i++) {
                int source = i;
                program.queue().awaitQueued(e -> e instanceof Event.MarksLoaded m && m.source() == source,
                        Math.max(0, deadline - System.currentTimeMillis()), TimeUnit.MILLISECONDS);
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * The status line for what was skipped while choosing the feeds: the one note as it is;
     * several as a count, since one note and "(and 2 more…)" do not fit 80 columns and a cut
     * in the middle loses what the note says. `?` lists them all, and they are printed when
     * Gazette quits.
     */
    static String notesLine(List<String> notes) {
        if (notes.size() == 1) return notes.get(0);
        return notes.size() + " notes on the feeds (skipped lines, repeats): ? lists them";
    }

    private Channel channel(Source s, Options options, FeedCache cache, Refresher refresher, ZoneId zone)
            throws IOException {
        Sidecars files = Sidecars.of(s, env);
        // A URL's journal and marks live in the data folder, which may not exist yet.
        if (s instanceof UrlSource) Files.createDirectories(files.journal().toAbsolutePath().getParent());
        FeedSource feed = FeedSources.of(s, cache, refresher, options.offline(), true, zone);
        Path journal = options.comments() != null ? options.comments() : files.journal();
        return new Channel(feed, new CommentJournal(journal), new ReadMarks(files.state()), new DraftStore(files.drafts()));
    }

    /**
     * "--comments feed.json" (a slip for the feed's own journal) appended comments to the feed
     * and left it unreadable: refused before anything is written.
     */
    static String journalIsTheFeed(Path journal, List<Source> sources) {
        if (journal == null) return null;
        for (Source s : sources) {
            if (s instanceof FileSource f && sameFile(journal, f.path())) {
                return "gazette: --comments " + journal + " is the feed itself; comments go to a file of their own"
                        + " (default: beside the feed, NAME.comments.jsonl)";
            }
        }
        return null;
    }

    /**
     * Why no comment could be saved to {@code journal}, said when the reader opens rather than
     * after a comment is written (the draft is kept either way); null when nothing is wrong.
     */
    static String unusableJournal(Path journal) {
        if (Files.isDirectory(journal)) return "comments cannot be saved: " + journal + " is a folder";
        Path folder = journal.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            return "comments cannot be saved: folder " + folder + " does not exist";
        }
        return null;
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) return Files.isSameFile(a, b);
        } catch (IOException e) {
            // cannot tell: compared by name below
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    private static long sizeOrZero(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }
}
