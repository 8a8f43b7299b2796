package dev.gazette.bench;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.gazette.comments.CommentJournal;
import dev.gazette.feed.Feed;
import dev.gazette.feed.FeedLoader;
import dev.gazette.feed.LoadListener;
import dev.gazette.marks.ReadMarks;
import dev.gazette.ui.AppState;
import dev.gazette.ui.Channel;
import dev.gazette.ui.DisputedWidthScreen;
import dev.gazette.ui.EffectRunner;
import dev.gazette.ui.ErrorLog;
import dev.gazette.ui.Event;
import dev.gazette.ui.EventQueue;
import dev.gazette.ui.FeedSource;
import dev.gazette.ui.Program;
import dev.gazette.ui.ReadSet;
import dev.gazette.ui.Settings;
import dev.gazette.ui.Theme;
import dev.gazette.ui.Workers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Key-to-frame latency inside the process (a plain main, not a test): loads a feed, marks
 * every article read (so the read-marks file holds as many ids as the feed has articles),
 * then for each key times what {@code TerminalLoop} does for it: the update, the effects on
 * their worker threads until the key's result is on screen (for Enter: the article rendered
 * and its comments read), the draw and a delta refresh of a Lanterna screen over a 120x40
 * virtual terminal, without the terminal emulator or the pty. The keys are a fixed mix of
 * list moves (j k Space b G g) and article visits (Enter, j, Space inside the article,
 * Escape back), run first as a warm-up.
 *
 * <pre>java -cp CLASSES:gazette.jar dev.gazette.bench.KeyLatencyBenchmark bench/out/feed-100000.json [KEYS] [WARMUP]</pre>
 *
 * bench/open.sh compiles and runs it against the shaded jar. The last line is for scripts:
 * {@code RESULT keys=1000 p50_ms=... p99_ms=... max_ms=...}.
 */
public final class KeyLatencyBenchmark {
    private KeyLatencyBenchmark() {}

    /** The repeating key mix: list moves, two article visits (Enter ... Escape). */
    private static final String MIX = "j j j k Space j b G k j g Space Space b Enter j j Space Escape j k G Enter j Escape";

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: KeyLatencyBenchmark FEED.json [KEYS=1000] [WARMUP=2000]");
            System.exit(2);
        }
        Path feedFile = Path.of(args[0]);
        int keys = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 2_000;
        TerminalSize size = new TerminalSize(120, 40);

        long t0 = System.nanoTime();
        Feed feed = FeedLoader.load(feedFile);
        long loaded = System.nanoTime();

        Path journal = Files.createTempFile("gazette-bench", ".comments.jsonl");
        Files.delete(journal);   // the journal reads a missing file as "no comments"
        Path state = Files.createTempFile("gazette-bench", ".state.json");
        ReadMarks marks = new ReadMarks(state);
        List<String> allIds = new ArrayList<>();
        feed.articles().forEach(a -> allIds.add(a.id()));
        marks.save(allIds);
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(size);
        TerminalScreen screen = new DisputedWidthScreen(terminal);   // the screen the reader uses
        screen.startScreen();
        Workers workers = Workers.threads();
        try {
            FeedSource source = new FeedSource() {
                @Override
                public Feed load(LoadListener listener) {
                    return feed;
                }

                @Override
                public boolean changed() {
                    return false;
                }
            };
            EffectRunner effects = new EffectRunner(new Channel(source, new CommentJournal(journal), marks), url -> "",
                    ZoneOffset.UTC, workers, ErrorLog.NONE);
            Program app = new Program(AppState.start(new Settings("bench", Theme.monochrome(), ZoneOffset.UTC), size),
                    new EventQueue(), effects, ErrorLog.NONE);
            app.start();
            while (!app.state().feed().complete() || app.state().feeds().get(0).read() == ReadSet.EMPTY) step(app);
            long s = System.nanoTime();
            frame(app, screen, Screen.RefreshType.COMPLETE);
            long firstFrame = System.nanoTime() - s;

            String[] names = MIX.split(" ");
            KeyStroke[] strokes = Arrays.stream(names).map(KeyLatencyBenchmark::stroke).toArray(KeyStroke[]::new);
            for (int i = 0; i < warmup; i++) key(app, screen, strokes[i % strokes.length]);
            // Start the measured keys from the top of the list, outside an article.
            key(app, screen, stroke("g"));

            long[] nanos = new long[keys];
            Map<String, List<Long>> byKey = new LinkedHashMap<>();
            for (int i = 0; i < keys; i++) {
                int k = i % strokes.length;
                long start = System.nanoTime();
                key(app, screen, strokes[k]);
                nanos[i] = System.nanoTime() - start;
                byKey.computeIfAbsent(names[k], n -> new ArrayList<>()).add(nanos[i]);
            }
            if (!app.state().running()) throw new IllegalStateException("the key mix quit Gazette");

            System.out.printf(Locale.ROOT, "feed: %s, %d articles, %d read marks; FeedLoader.load %.0f ms, first frame %.1f ms%n",
                    feedFile, feed.articles().size(), allIds.size(), ms(loaded - t0), ms(firstFrame));
            System.out.printf(Locale.ROOT, "%d keys after %d warm-up keys, 120x40, key -> handle + draw + refresh:%n",
                    keys, warmup);
            System.out.printf(Locale.ROOT, "  %-7s %6s %8s %8s %8s%n", "key", "count", "p50 ms", "p99 ms", "max ms");
            for (Map.Entry<String, List<Long>> e : byKey.entrySet()) {
                long[] v = e.getValue().stream().mapToLong(Long::longValue).toArray();
                Arrays.sort(v);
                System.out.printf(Locale.ROOT, "  %-7s %6d %8.3f %8.3f %8.3f%n", e.getKey(), v.length,
                        ms(percentile(v, 50)), ms(percentile(v, 99)), ms(v[v.length - 1]));
            }
            Arrays.sort(nanos);
            System.out.printf(Locale.ROOT, "  %-7s %6d %8.3f %8.3f %8.3f%n", "all", keys,
                    ms(percentile(nanos, 50)), ms(percentile(nanos, 99)), ms(nanos[keys - 1]));
            System.out.printf(Locale.ROOT, "RESULT keys=%d p50_ms=%.3f p99_ms=%.3f max_ms=%.3f load_ms=%.0f first_frame_ms=%.1f%n",
                    keys, ms(percentile(nanos, 50)), ms(percentile(nanos, 99)), ms(nanos[keys - 1]),
                    ms(loaded - t0), ms(firstFrame));
        } finally {
            workers.finish(5000);
            screen.stopScreen();
            Files.deleteIfExists(journal);
            Files.deleteIfExists(state);
        }
    }

    /** One key until its result is on screen: an opened article waits for its rendered page. */
    private static void key(Program app, TerminalScreen screen, KeyStroke stroke) throws Exception {
        app.apply(new Event.Key(stroke));
        app.drain();
        while (app.state().article() != null && app.state().article().page() == null) step(app);
        frame(app, screen, Screen.RefreshType.DELTA);
    }

    /** Waits for the next event from a worker and applies it. */
    private static void step(Program app) throws InterruptedException {
        Event e = app.queue().take(10, TimeUnit.SECONDS);
        if (e == null) throw new IllegalStateException("no answer from the workers in 10 s");
        app.apply(e);
    }

    private static void frame(Program app, TerminalScreen screen, Screen.RefreshType refresh) throws java.io.IOException {
        app.draw(screen.newTextGraphics());
        screen.setCursorPosition(app.cursor());
        screen.refresh(refresh);
    }

    private static KeyStroke stroke(String name) {
        return switch (name) {
            case "Space" -> new KeyStroke(' ', false, false);
            case "Enter" -> new KeyStroke(KeyType.Enter);
            case "Escape" -> new KeyStroke(KeyType.Escape);
            default -> new KeyStroke(name.charAt(0), false, false);
        };
    }

    /** Nearest-rank percentile of sorted values. */
    private static long percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
