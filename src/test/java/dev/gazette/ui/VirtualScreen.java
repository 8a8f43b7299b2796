package dev.gazette.ui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.gazette.comments.CommentJournal;
import dev.gazette.comments.DraftStore;
import dev.gazette.feed.Feed;
import dev.gazette.feed.FeedException;
import dev.gazette.feed.LoadListener;
import dev.gazette.marks.ReadMarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Gazette's UI on Lanterna's in-memory terminal: type keys, then read the screen back as
 * text, one string per row, wide characters read once (not "日 本"). Effects run at once on
 * the test's thread (real journal and marks files, a feed source and a browser that only
 * record), and every event they post is applied before the screen is read.
 */
final class VirtualScreen {
    final DefaultVirtualTerminal terminal;
    final TerminalScreen screen;
    final Program program;
    final FakeSource source;
    /** One fake source per feed, in order ({@link #source} is the first). */
    final List<FakeSource> sources = new ArrayList<>();
    final List<String> opened = new ArrayList<>();
    /** Loads asked for while the test plays the loader itself (see {@link #loadingByHand}). */
    final List<Runnable> heldLoads = new ArrayList<>();
    final EffectRunner effects;

    /** A feed source that hands out whatever feed the test gives it, or fails as told. */
    static final class FakeSource implements FeedSource {
        Feed next;
        String failure;
        boolean changed;
        int loads;
        /** What a URL's source says of its copy ("cached copy from …"); null as for a file. */
        String freshness;

        FakeSource(Feed feed) {
            this.next = feed;
        }

        @Override
        public Feed load(LoadListener listener) throws FeedException {
            loads++;
            changed = false;
            if (failure != null) throw new FeedException(failure);
            return next;
        }

        @Override
        public boolean changed() {
            return changed;
        }

        @Override
        public String freshness() {
            return freshness;
        }
    }

    /** What the editor effect runs in these tests: the test says what the user "writes" there. */
    java.util.function.UnaryOperator<String> editor = text -> text;
    /** Texts the editor was opened on, in order. */
    final List<String> edited = new ArrayList<>();
    int suspends;
    /** How many times Ctrl-L asked for a redraw. */
    int redraws;
    /** Whether the browser these tests open links with draws in the terminal (w3m). */
    boolean terminalBrowser;
    /** Times the terminal was handed over (the editor, a terminal browser). */
    int handOvers;

    private VirtualScreen(int columns, int rows, List<Feed> feeds, List<String> labels, List<CommentJournal> journals,
                          List<ReadMarks> marks, String author, boolean loadsByHand) {
        this(columns, rows, feeds, labels, journals, marks, java.util.Collections.nCopies(feeds.size(), null), author,
                loadsByHand, Theme.monochrome());
    }

    private VirtualScreen(int columns, int rows, List<Feed> feeds, List<String> labels, List<CommentJournal> journals,
                          List<ReadMarks> marks, String author, boolean loadsByHand, Theme theme) {
        this(columns, rows, feeds, labels, journals, marks, java.util.Collections.nCopies(feeds.size(), null), author,
                loadsByHand, theme);
    }

    private VirtualScreen(int columns, int rows, List<Feed> feeds, List<String> labels, List<CommentJournal> journals,
                          List<ReadMarks> marks, List<DraftStore> drafts, String author, boolean loadsByHand) {
        this(columns, rows, feeds, labels, journals, marks, drafts, author, loadsByHand, Theme.monochrome());
    }

    private VirtualScreen(int columns, int rows, List<Feed> feeds, List<String> labels, List<CommentJournal> journals,
                          List<ReadMarks> marks, List<DraftStore> drafts, String author, boolean loadsByHand,
                          Theme theme) {
        this(columns, rows, feeds, labels, java.util.Collections.nCopies(labels.size(), null),
                java.util.Collections.nCopies(labels.size(), false), journals, marks, drafts, author, loadsByHand, theme);
    }

    /**
     * @param wheres where each feed comes from, as the header and messages name it (a URL); null entries for none
     * @param hidden which feeds the feeds file hides ("!" tag)
     */
    private VirtualScreen(int columns, int rows, List<Feed> feeds, List<String> labels, List<String> wheres,
                          List<Boolean> hidden, List<CommentJournal> journals, List<ReadMarks> marks, List<DraftStore> drafts, String author,
                          boolean loadsByHand, Theme theme) {
        try {
            terminal = new DefaultVirtualTerminal(new TerminalSize(columns, rows));
            screen = new DisputedWidthScreen(terminal);
            screen.startScreen();
            List<Channel> channels = new ArrayList<>();
            for (int i = 0; i < feeds.size(); i++) {
                sources.add(new FakeSource(feeds.get(i)));
                channels.add(new Channel(sources.get(i), journals.get(i), marks.get(i), drafts.get(i)));
            }
            source = sources.get(0);
            Workers workers = loadsByHand ? Workers.direct(heldLoads::add) : Workers.direct();
            EffectRunner effects = new EffectRunner(channels, new Browser() {
                @Override
                public String open(String url) {
                    opened.add(url);
                    return "Opening " + url;
                }

                @Override
                public boolean needsTerminal(String url) {
                    return terminalBrowser;
                }
            }, ZoneOffset.UTC, workers, ErrorLog.NONE);
            effects.useEditor(text -> {
                edited.add(text);
                return editor.apply(text);
            });
            effects.useTerminal(new TerminalControl() {
                @Override
                public void handOver(Runnable body) {
                    handOvers++;
                    body.run();
                }

                @Override
                public void suspend() {
                    suspends++;
                }

                @Override
                public void redraw() {
                    redraws++;
                }
            });
            this.effects = effects;
            Settings settings = new Settings(author, theme, ZoneOffset.UTC);
            program = new Program(AppState.start(settings, screen.getTerminalSize(), labels, wheres, hidden), new EventQueue(),
                    effects, ErrorLog.NONE);
            program.start();
            program.drain();
            redraw();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static VirtualScreen of(int columns, int rows, Feed feed, CommentJournal journal, ReadMarks marks, String author) {
        return new VirtualScreen(columns, rows, List.of(feed), java.util.Arrays.asList((String) null), List.of(journal),
                java.util.Arrays.asList(marks), author, false);
    }

    /** One feed whose drafts are kept in {@code drafts}, as Gazette keeps them beside the feed. */
    static VirtualScreen withDrafts(int columns, int rows, Feed feed, CommentJournal journal, DraftStore drafts,
                                    String author) {
        return withDrafts(columns, rows, feed, journal, null, drafts, author);
    }

    /** One feed with its read marks and its drafts kept beside it. */
    static VirtualScreen withDrafts(int columns, int rows, Feed feed, CommentJournal journal, ReadMarks marks,
                                    DraftStore drafts, String author) {
        return new VirtualScreen(columns, rows, List.of(feed), java.util.Arrays.asList((String) null), List.of(journal),
                java.util.Arrays.asList(marks), java.util.Arrays.asList(drafts), author, false);
    }

    /** Several feeds, each with its own journal and marks file in {@code dir} (feedN.comments.jsonl, feedN.state.json). */
    static VirtualScreen ofFeeds(int columns, int rows, Path dir, List<String> labels, Feed... feeds) {
        return ofFeeds(columns, rows, dir, labels, java.util.Collections.nCopies(labels.size(), null), feeds);
    }

    /** The same, each feed from where {@code wheres} says (a URL, as a message names it). */
    static VirtualScreen ofFeeds(int columns, int rows, Path dir, List<String> labels, List<String> wheres,
                                 Feed... feeds) {
        return ofFeeds(columns, rows, dir, labels, wheres, java.util.Collections.nCopies(labels.size(), false), false,
                feeds);
    }

    /** Several feeds, those flagged in {@code hidden} hidden by the feeds file (a "!" tag). */
    static VirtualScreen ofFeedsHiding(int columns, int rows, Path dir, List<String> labels, List<Boolean> hidden,
                                       Feed... feeds) {
        return ofFeeds(columns, rows, dir, labels, java.util.Collections.nCopies(labels.size(), null), hidden, false,
                feeds);
    }

    /** The same, each from where {@code wheres} says, the loads waiting in {@link #heldLoads} until the test runs them. */
    static VirtualScreen ofFeedsLoadingByHand(int columns, int rows, Path dir, List<String> labels,
                                                    List<String> wheres, List<Boolean> hidden, Feed... feeds) {
        return ofFeeds(columns, rows, dir, labels, wheres, hidden, true, feeds);
    }

    /** Several feeds whose loads wait in {@link #heldLoads} until the test runs them. */
    static VirtualScreen ofFeedsLoadingByHand(int columns, int rows, Path dir, List<String> labels, Feed... feeds) {
        return ofFeeds(columns, rows, dir, labels, java.util.Collections.nCopies(labels.size(), null),
                java.util.Collections.nCopies(labels.size(), false), true, feeds);
    }

    private static VirtualScreen ofFeeds(int columns, int rows, Path dir, List<String> labels, List<String> wheres,
                                         List<Boolean> hidden, boolean loadsByHand, Feed... feeds) {
        List<CommentJournal> journals = new ArrayList<>();
        List<ReadMarks> marks = new ArrayList<>();
        for (int i = 0; i < feeds.length; i++) {
            journals.add(new CommentJournal(dir.resolve("feed" + i + ".comments.jsonl")));
            marks.add(new ReadMarks(dir.resolve("feed" + i + ".state.json")));
        }
        return new VirtualScreen(columns, rows, List.of(feeds), labels, wheres, hidden, journals, marks,
                java.util.Collections.nCopies(feeds.length, null), "ana", loadsByHand, Theme.monochrome());
    }

    /**
     * A screen whose loads do not run: the first load stays in progress, and the test posts
     * FeedProgress / FeedLoaded / FeedFailed events itself (generation 1 for the first load).
     */
    static VirtualScreen loadingByHand(int columns, int rows, Path dir) {
        return new VirtualScreen(columns, rows, List.of(TestFeeds.feed()), java.util.Arrays.asList((String) null),
                List.of(new CommentJournal(dir.resolve("test.comments.jsonl"))), java.util.Arrays.asList((ReadMarks) null),
                "tester", true);
    }

    /** A screen drawn in the given theme (colours, ASCII glyphs). */
    static VirtualScreen of(int columns, int rows, Feed feed, Path dir, Theme theme) {
        return new VirtualScreen(columns, rows, List.of(feed), java.util.Arrays.asList((String) null),
                List.of(new CommentJournal(dir.resolve("test.comments.jsonl"))), java.util.Arrays.asList((ReadMarks) null),
                "tester", false, theme);
    }

    static VirtualScreen of(int columns, int rows, Feed feed, Path dir) {
        return of(columns, rows, feed, new CommentJournal(dir.resolve("test.comments.jsonl")), null, "tester");
    }

    AppState state() {
        return program.state();
    }

    /** Queues keys as a terminal would deliver them and applies them and all that follows. */
    VirtualScreen press(KeyStroke... keys) {
        for (KeyStroke k : keys) terminal.addInput(k);
        try {
            KeyStroke k;
            while ((k = screen.pollInput()) != null) {
                program.apply(new Event.Key(k));
                program.drain();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        redraw();
        return this;
    }

    VirtualScreen press(KeyType... types) {
        for (KeyType t : types) press(new KeyStroke(t));
        return this;
    }

    /** Types text: each character a key, as Lanterna decodes typing. */
    VirtualScreen type(String text) {
        for (char c : text.toCharArray()) press(new KeyStroke(c, false, false));
        return this;
    }

    VirtualScreen ctrl(char c) {
        return press(new KeyStroke(c, true, false));
    }

    /** Runs the oldest load held back ({@link #ofFeedsLoadingByHand}) and what it posts, then redraws. */
    VirtualScreen runHeldLoad() {
        heldLoads.remove(0).run();
        program.drain();
        redraw();
        return this;
    }

    /** Applies an event as if it came from a worker, then redraws. */
    VirtualScreen post(Event event) {
        program.apply(event);
        program.drain();
        redraw();
        return this;
    }

    VirtualScreen resize(int columns, int rows) {
        terminal.setTerminalSize(new TerminalSize(columns, rows));
        TerminalSize size = screen.doResizeIfNecessary();
        if (size != null) post(new Event.Resize(size));
        redraw();
        return this;
    }

    void redraw() {
        try {
            program.draw(screen.newTextGraphics());
            screen.setCursorPosition(program.cursor());
            screen.refresh(Screen.RefreshType.COMPLETE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The screen as the terminal shows it, read from the screen's front buffer: the cells it
     * last sent, each a whole grapheme cluster at its width. (Lanterna's virtual terminal
     * re-splits what it is sent with the JDK 17 BreakIterator and its own width guess, so it
     * would show a flag as two cells and push a stressed Cyrillic vowel one column right;
     * real terminals follow wcwidth, as the screen does.)
     */
    List<String> rows() {
        TerminalSize size = screen.getTerminalSize();
        List<String> rows = new ArrayList<>();
        for (int y = 0; y < size.getRows(); y++) {
            StringBuilder sb = new StringBuilder();
            for (int x = 0; x < size.getColumns(); x++) {
                TextCharacter c = screen.getFrontCharacter(x, y);
                sb.append(c.getCharacterString());
                if (c.isDoubleWidth()) x++;
            }
            rows.add(sb.toString().stripTrailing());
        }
        return rows;
    }

    String row(int y) {
        return rows().get(y);
    }

    String text() {
        return String.join("\n", rows());
    }

    TextCharacter cell(int x, int y) {
        return screen.getFrontCharacter(x, y);
    }

    TerminalPosition cursor() {
        return terminal.isCursorVisible() ? terminal.getCursorPosition() : null;
    }
}
