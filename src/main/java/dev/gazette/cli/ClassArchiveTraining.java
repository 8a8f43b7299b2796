package dev.gazette.cli;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.DefaultKeyDecodingProfile;
import com.googlecode.lanterna.input.InputDecoder;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.MouseCaptureMode;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.gazette.comments.CommentJournal;
import dev.gazette.comments.DraftStore;
import dev.gazette.feed.Article;
import dev.gazette.feed.FeedException;
import dev.gazette.feed.FeedLoader;
import dev.gazette.feed.LoadListener;
import dev.gazette.marks.ReadMarks;
import dev.gazette.source.FileSource;
import dev.gazette.source.Sidecars;
import dev.gazette.ui.AppState;
import dev.gazette.ui.BracketedPaste;
import dev.gazette.ui.Channel;
import dev.gazette.ui.EffectRunner;
import dev.gazette.ui.ErrorLog;
import dev.gazette.ui.Event;
import dev.gazette.ui.EventQueue;
import dev.gazette.ui.FirstFrameWarmUp;
import dev.gazette.ui.Program;
import dev.gazette.ui.Settings;
import dev.gazette.ui.TerminalLoop;
import dev.gazette.ui.Theme;
import dev.gazette.ui.Workers;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The session {@code ./gazette} records its class-data archive from
 * ({@code -XX:ArchiveClassesAtExit}), once after each build: it checks and lists a JSON
 * Feed, an RSS and an Atom file, reads the RSS file on a virtual terminal (the list, an
 * article, a comment, the help), and loads a big JSON Feed and RSS file, so that every later start finds those classes already
 * parsed and verified. Recorded from the user's first session instead, the archive held
 * only what that session touched: after a JSON Feed, an RSS file's first start loaded the
 * XML parser from the jar, about 40 ms of a cold start (README, Performance).
 *
 * <p>Nothing here touches the user's files or terminal: the samples are copied to a
 * temporary folder that is removed afterwards.
 */
public final class ClassArchiveTraining {
    private static final String[] SAMPLES = {"feed.json", "feed.rss", "feed.atom"};
    /** However the session goes, the archive is written when the JVM exits: never hang a start. */
    private static final long GIVE_UP_MS = 20_000;
    /**
     * Classes of a real start that the session below cannot run without a terminal: named, and
     * so loaded (a class literal loads its class), they go into the archive all the same.
     */
    static final List<Class<?>> TERMINAL_CLASSES = List.of(dev.gazette.Main.class, Reader.class, Tty.class,
            TerminalType.class, TerminalStart.class, Utf8UnixTerminal.class, CellOutput.class,
            UnixLikeTerminal.CtrlCBehaviour.class, MouseCaptureMode.class);
    /** Items of about 2 KB in each big training feed: 5.4 MB. */
    static final int BIG_ITEMS = 2_600;

    private ClassArchiveTraining() { }

    public static void main(String[] args) throws Exception {
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(GIVE_UP_MS);
                System.exit(0);
            } catch (InterruptedException done) {
                // finished in time
            }
        }, "gazette-training-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        Path dir = Files.createTempDirectory("gazette-training-");
        try {
            session(dir);
        } finally {
            delete(dir);
        }
        System.exit(0);
    }

    /**
     * The session, in dir: the samples are copied there, and the reader leaves a comment in
     * feed.comments.jsonl. Returns the exit codes of --check on each sample.
     */
    static List<Integer> session(Path dir) throws IOException, InterruptedException {
        for (String name : SAMPLES) copy(name, dir.resolve(name));
        Map<String, String> env = environment(dir);
        List<Integer> checks = commandLine(dir, env);
        reader(dir.resolve("feed.rss"), dir.resolve("feed.comments.jsonl"), env);
        terminalStart(dir);
        bigFeeds(dir);
        return checks;
    }

    /** HOME and the XDG folders in dir, so nothing the session writes lands in the user's. */
    private static Map<String, String> environment(Path dir) {
        return Map.of("HOME", dir.toString(), "XDG_CONFIG_HOME", dir.toString(), "XDG_DATA_HOME", dir.toString(),
                "XDG_STATE_HOME", dir.toString(), "XDG_CACHE_HOME", dir.toString());
    }

    /**
     * What a real start does before the first frame that the session above does not: read
     * marks saved before, the terminal classes (Lanterna's Unix terminal and Gazette's), the
     * key decoder reading the sequences a terminal sends, and stty, here on /dev/null, where
     * it changes nothing. Recorded
     * without these, a start loaded some 140 classes from the jar and the JDK (-Xlog:class+load).
     */
    static void terminalStart(Path dir) throws IOException {
        ReadMarks marks = new ReadMarks(dir.resolve("marks.state.json"));
        marks.save(List.of("an article"));
        marks.load(); // a start reads the marks a session before saved
        InputDecoder keys = new InputDecoder(new StringReader("a\u001b[A\u001b[B\u001bOA\u001b[5~\u001b[1;5C\r\t\u007f"
                + "\u0003\u001bx\u001b[<0;10;5M\u001b[<0;10;5m\u001b[200~pasted\u001b[201~\u001b[24;80R\u001b"));
        keys.addProfile(new DefaultKeyDecodingProfile());
        keys.addProfile(BracketedPaste::patterns);
        keys.addProfile(SgrMouse::patterns);
        BracketedPaste.Collector paste = new BracketedPaste.Collector();
        KeyStroke key;
        while ((key = keys.getNextCharacter(false)) != null && key.getKeyType() != KeyType.EOF) paste.accept(key);
        Stty.forTerminal(new File("/dev/null")).saveAndEnterKeyMode(); // fails on /dev/null, as intended
    }

    /**
     * A big JSON Feed and a big RSS file (over the 4 MB from which a feed is decoded ahead),
     * written here from generated items, loaded as the reader loads them, and the last
     * article's body read back from the file: the classes of a big load (decoding ahead,
     * bodies left in the file) go into the archive too. Returns the bodies read back.
     */
    static List<String> bigFeeds(Path dir) throws IOException {
        String body = "<p>" + "Training text for a big feed. ".repeat(70) + "</p>";
        StringBuilder json = new StringBuilder("{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"Big\","
                + " \"items\": [");
        StringBuilder rss = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
                + "<title>Big</title>");
        for (int i = 0; i < BIG_ITEMS; i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\": \"").append(i).append("\", \"title\": \"Item ").append(i)
                    .append("\", \"content_html\": \"").append(body).append("\"}\n");
            rss.append("<item><title>Item ").append(i).append("</title><guid>").append(i)
                    .append("</guid><description><![CDATA[").append(body).append("]]></description></item>\n");
        }
        List<String> read = new ArrayList<>();
        for (String name : new String[] {"big.json", "big.rss"}) {
            StringBuilder text = name.endsWith(".json") ? json.append("]}") : rss.append("</channel></rss>");
            Path file = Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
            try {
                List<Article> articles = FeedLoader.load(file, LoadListener.NONE, null, true).articles();
                read.add(articles.get(articles.size() - 1).content().load().html());
            } catch (FeedException e) {
                throw new IOException(e.getMessage(), e);
            }
        }
        return read;
    }

    private static List<Integer> commandLine(Path dir, Map<String, String> env) {
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        List<Integer> checks = new ArrayList<>();
        for (String name : SAMPLES) {
            String file = dir.resolve(name).toString();
            checks.add(new Cli(nowhere, nowhere, env, false).run(List.of("--check", file)));
            new Cli(nowhere, nowhere, env, false).run(List.of("--list", file));
        }
        return checks;
    }

    /**
     * The interactive reader's own classes, on a virtual terminal, put together as Reader puts
     * them (read marks, drafts, the browser, clipboard and editor, which no key here starts):
     * keys go in, q ends it.
     */
    private static void reader(Path feed, Path journal, Map<String, String> env) throws IOException, InterruptedException {
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(80, 24));
        Settings settings = new Settings("training", Theme.monochrome(), ZoneOffset.UTC);
        FirstFrameWarmUp.start(settings, terminal.getTerminalSize());
        Workers workers = Workers.threads();
        Sidecars files = Sidecars.of(new FileSource(feed), env);
        Channel channel = new Channel(new FileFeedSource(feed, true), new CommentJournal(journal),
                new ReadMarks(files.state()), new DraftStore(files.drafts()));
        EffectRunner effects = new EffectRunner(List.of(channel), new LinkOpener(env), new TerminalClipboard(env),
                ZoneOffset.UTC, workers, ErrorLog.NONE);
        effects.useEditor(new ExternalEditor(env));
        Program program = new Program(AppState.start(settings, terminal.getTerminalSize()), new EventQueue(), effects,
                ErrorLog.NONE);
        program.start();
        program.queue().awaitQueued(e -> e instanceof Event.FeedLoaded, 5, TimeUnit.SECONDS);
        List<KeyStroke> keys = List.of(key(KeyType.ArrowDown), key(KeyType.Enter), ch('j'), ch(' '), ch('G'),
                key(KeyType.Tab), ch('h'), ch('i'), key(KeyType.Enter), key(KeyType.Escape), ch('?'),
                key(KeyType.Escape), key(KeyType.Escape), ch('/'), ch('r'), key(KeyType.Enter), ch('q'),
                new KeyStroke('c', true, false)); // Ctrl-C, should anything above have left q to a text field
        for (KeyStroke k : keys) terminal.addInput(k);
        try {
            new TerminalLoop(terminal).run(program, effects, false);
        } finally {
            effects.finish(100); // the comment is saved by now; nothing else needs waiting for
        }
    }

    private static KeyStroke key(KeyType type) {
        return new KeyStroke(type);
    }

    private static KeyStroke ch(char c) {
        return new KeyStroke(c, false, false);
    }

    private static void copy(String name, Path to) throws IOException {
        try (InputStream in = ClassArchiveTraining.class.getResourceAsStream("training/" + name)) {
            if (in == null) throw new IOException("training sample " + name + " is missing from the jar");
            Files.copy(in, to);
        }
    }

    /** Best effort: a worker may still be writing into it as the JVM ends. */
    private static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            // a temporary folder: the system cleans it up in time
        }
    }
}
