package dev.gazette.ui;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.gazette.Corpus;
import dev.gazette.Fixtures;
import dev.gazette.cli.Cli;
import dev.gazette.comments.CommentJournal;
import dev.gazette.feed.Article;
import dev.gazette.feed.Feed;
import dev.gazette.feed.FeedException;
import dev.gazette.feed.FeedLoader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Mutated feeds and journals against every way in: {@code --check} and {@code --list} through
 * {@link Cli#run} in process (exit 0, or 2 with exactly one line on stderr; never 1; no raw
 * control character printed), and every input that still loads through the reader on the
 * virtual screen (open articles, G, o, a comment, Esc, the help, a resize to 20x6, quit):
 * no exception escapes, nothing says "Something went wrong", no article fails to open, no
 * cell holds a control character, and quitting leaves no exit reason.
 *
 * <p>The seeds are the fixtures of src/test/resources/feeds and, where it is checked out, the
 * shared corpus (JSON Feed, RSS and Atom; the XML files are "not a feed" until an XML
 * reader lands). A fixed seed replays the same cases. Tagged "fuzz": {@code mvn test} leaves
 * it out; {@code bench/fuzz.sh} (or {@code mvn test -Pfuzz}) runs it. Settings:
 * {@code -Dfuzz.cases=3000 -Dfuzz.seed=20250302 -Dfuzz.out=target/fuzz}. Each finding is
 * written there with the input that caused it.
 */
@Tag("fuzz")
class FuzzTest {
    static final long SEED = Long.getLong("fuzz.seed", 20250302L);
    static final int CASES = Integer.getInteger("fuzz.cases", 3000);
    static final Path OUT = Path.of(System.getProperty("fuzz.out", "target/fuzz"));
    /** The reader opens at most this many articles of one feed: the first ones, the last, some between. */
    static final int ARTICLES_PER_FEED = 6;

    @TempDir
    Path dir;

    record Seed(String name, byte[] bytes, JsonElement tree) {}

    /** What went wrong, once per kind, with how often and the first case that showed it. */
    static final class Finding {
        final String what;
        final int firstCase;
        int count;

        Finding(String what, int firstCase) {
            this.what = what;
            this.firstCase = firstCase;
        }
    }

    final Map<String, Finding> findings = new LinkedHashMap<>();
    final Map<String, Integer> counts = new LinkedHashMap<>();
    byte[] currentFeed;
    byte[] currentJournal;
    int currentCase;

    void count(String what) {
        counts.merge(what, 1, Integer::sum);
    }

    void found(String what) {
        Finding f = findings.computeIfAbsent(what, w -> new Finding(w, currentCase));
        if (f.count++ == 0) {
            try {
                Files.createDirectories(OUT);
                Files.write(OUT.resolve("finding-" + findings.size() + "-case-" + currentCase + ".json"), currentFeed);
                if (currentJournal != null) {
                    Files.write(OUT.resolve("finding-" + findings.size() + "-case-" + currentCase + ".comments.jsonl"),
                            currentJournal);
                }
            } catch (IOException e) {
                // the finding itself is still reported
            }
        }
    }

    @Test
    void mutatedFeedsAndJournalsNeverCrash() throws IOException {
        List<Seed> seeds = seeds();
        Random random = new Random(SEED);
        Mutations mutate = new Mutations(random);
        Path feedFile = dir.resolve("feed.json");
        Path journalFile = dir.resolve("feed.comments.jsonl");
        Map<String, String> env = Map.of("HOME", dir.toString(), "XDG_STATE_HOME", dir.resolve("state").toString());
        long started = System.nanoTime();
        long slowest = 0;
        int slowestCase = -1;
        for (int i = 0; i < CASES; i++) {
            long caseStart = System.nanoTime();
            currentCase = i;
            currentJournal = null;
            Seed seed = seeds.get(random.nextInt(seeds.size()));
            boolean structural = seed.tree() != null && random.nextInt(3) > 0;   // two in three: these reach the reader
            currentFeed = structural ? mutate.tree(seed.tree()).toString().getBytes(StandardCharsets.UTF_8)
                    : mutate.bytes(seed.bytes());
            count(structural ? "cases: JSON tree changed" : "cases: bytes changed");
            Files.write(feedFile, currentFeed);
            Files.deleteIfExists(journalFile);
            command(env, "--check", feedFile);
            command(env, "--list", feedFile);
            Feed feed = load(feedFile);
            if (feed != null) {
                List<String> ids = feed.articles().stream().map(Article::id).limit(20).toList();
                currentJournal = mutate.journal(ids);
                Files.write(journalFile, currentJournal);
                read(feed, journalFile, random);
            }
            long took = System.nanoTime() - caseStart;
            if (took > slowest) {
                slowest = took;
                slowestCase = i;
            }
        }
        long ms = (System.nanoTime() - started) / 1_000_000;
        report(seeds.size(), ms, slowest / 1_000_000, slowestCase);
        assertEquals(List.of(), findings.values().stream().map(f -> f.what).toList(), "see " + OUT.resolve("report.txt"));
    }

    /** One command line in process: exit 0, or 2 with one line on stderr; never 1; nothing raw printed. */
    private void command(Map<String, String> env, String option, Path feed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                    env, false).run(List.of(option, feed.toString()));
        } catch (Throwable t) {
            found(option + ": threw " + describe(t));
            return;
        }
        String stdout = out.toString(StandardCharsets.UTF_8);
        String stderr = err.toString(StandardCharsets.UTF_8);
        count(option + " exit " + code);
        if (code == Cli.BAD_INPUT) {
            if (stderr.lines().count() != 1 || !stderr.endsWith("\n")) found(option + ": exit 2 without exactly one line: " + stderr);
        } else if (code != Cli.OK) {
            found(option + ": exit " + code + ": " + firstLine(stderr));
        }
        String raw = rawControl(stdout + stderr);
        if (raw != null) found(option + ": printed " + raw);
    }

    private Feed load(Path file) {
        try {
            Feed f = FeedLoader.load(file);
            count("feeds that load");
            return f;
        } catch (FeedException e) {
            return null;
        } catch (Throwable t) {
            found("FeedLoader.load threw " + describe(t));
            return null;
        }
    }

    /** The reader on the virtual screen, as a user would go through it. */
    private void read(Feed feed, Path journal, Random random) {
        count("reader runs");
        VirtualScreen s;
        try {
            s = VirtualScreen.of(80, 24, feed, new CommentJournal(journal), null, "fuzz");
        } catch (Throwable t) {
            found("reader start threw " + describe(t));
            return;
        }
        try {
            check(s, "start");
            int n = feed.articles().size();
            for (List<KeyStroke> path : pathsToArticles(n, random)) {
                for (KeyStroke k : path) s.press(k);
                s.press(KeyType.Enter);
                if (s.state().view() == AppState.View.ARTICLE) count("articles opened");
                check(s, "opening an article");
                s.press(key('G'));
                check(s, "G in an article");
                s.press(key('o'));
                check(s, "o in an article");
                s.press(KeyType.Escape);
                check(s, "Esc from an article");
            }
            if (n > 0) {
                s.press(key('g')).press(KeyType.Enter).press(key('c')).type("fuzz \u001b[2J comment").press(KeyType.Enter);
                check(s, "writing a comment");
                s.press(KeyType.Escape).press(KeyType.Escape);
            }
            s.press(key('?'));
            check(s, "help");
            s.press(KeyType.Escape);
            s.resize(20, 6);
            check(s, "resize to 20x6");
            s.press(KeyType.Enter).press(key('G')).press(key('o'));
            check(s, "article at 20x6");
            s.press(KeyType.Escape).press(key('?'));
            check(s, "help at 20x6");
            s.press(KeyType.Escape).press(KeyType.Escape);
            s.resize(80, 24);
            for (String url : s.opened) {
                count("URLs handed to the browser");
                String raw = rawControl(url);
                if (raw != null) found("o handed the browser a URL holding " + raw);
            }
            s.press(key('q'));
            if (s.state().running()) found("q on the headlines did not quit");
            else if (s.state().exit() != null) found("quit with exit reason: " + s.state().exit());
        } catch (Throwable t) {
            found("reader threw " + describe(t));
        }
    }

    /** Key paths from the list's first row to the articles to open: the first ones, the last, some between. */
    private static List<List<KeyStroke>> pathsToArticles(int n, Random random) {
        List<List<KeyStroke>> paths = new ArrayList<>();
        if (n == 0) {
            paths.add(List.of(key('g')));
            return paths;
        }
        int direct = Math.min(n, ARTICLES_PER_FEED - 2);
        for (int i = 0; i < direct; i++) {
            List<KeyStroke> p = new ArrayList<>();
            p.add(key('g'));
            for (int j = 0; j < i; j++) p.add(key('j'));
            paths.add(p);
        }
        if (n > direct) paths.add(List.of(key('G')));
        if (n > direct + 1) {
            List<KeyStroke> p = new ArrayList<>();
            p.add(key('g'));
            for (int j = 0; j <= random.nextInt(Math.max(1, n / 20)); j++) p.add(new KeyStroke(KeyType.PageDown));
            paths.add(p);
        }
        return paths;
    }

    private void check(VirtualScreen s, String when) {
        AppState state = s.state();
        if (!state.running()) {
            found(when + ": the reader stopped: " + state.exit());
            return;
        }
        String status = state.status();
        if (status != null && (status.startsWith("Something went wrong") || status.startsWith("Could not open this article"))) {
            found(when + ": " + status.replaceAll("\\(details in .*\\)", ""));
        }
        TerminalSize size = s.screen.getTerminalSize();
        for (int y = 0; y < size.getRows(); y++) {
            for (int x = 0; x < size.getColumns(); x++) {
                String raw = rawControl(s.cell(x, y).getCharacterString());
                if (raw != null) {
                    found(when + ": a screen cell holds " + raw);
                    return;
                }
            }
        }
    }

    /** The first control, DEL, C1, bidi override or zero-width character in {@code s} other than a newline, or null. */
    static String rawControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') continue;
            if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
                    || c == 0x200b || c == 0xfeff) {
                return String.format(Locale.ROOT, "U+%04X", (int) c);
            }
        }
        return null;
    }

    static KeyStroke key(char c) {
        return new KeyStroke(c, false, false);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** The exception's class, its message's start and the first frame in Gazette's code. */
    private static String describe(Throwable t) {
        String where = "";
        for (StackTraceElement e : t.getStackTrace()) {
            if (e.getClassName().startsWith("dev.gazette.") && !e.getClassName().startsWith("dev.gazette.ui.FuzzTest")) {
                where = " at " + e.getClassName() + "." + e.getMethodName() + ":" + e.getLineNumber();
                break;
            }
        }
        String m = t.getMessage() == null ? "" : ": " + t.getMessage();
        return t.getClass().getSimpleName() + (m.length() > 120 ? m.substring(0, 120) + "…" : m) + where;
    }

    private List<Seed> seeds() throws IOException {
        List<Path> files = new ArrayList<>(Fixtures.jsonFeeds());
        files.add(Fixtures.feed("hostile.json"));
        files.add(Fixtures.feed("scripts.json"));
        files.addAll(Corpus.files("jsonfeed", ".json"));
        files.addAll(Corpus.files("rss", ".xml"));
        files.addAll(Corpus.files("atom", ".xml"));
        List<Seed> seeds = new ArrayList<>();
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            seeds.add(new Seed(f.getFileName().toString(), bytes, f.toString().endsWith(".json") ? tree(bytes) : null));
        }
        return seeds;
    }

    private static JsonElement tree(byte[] bytes) {
        try {
            JsonReader r = new JsonReader(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
            r.setStrictness(Strictness.LENIENT);
            JsonElement e = JsonParser.parseReader(r);
            return e.isJsonObject() ? e : null;
        } catch (RuntimeException e) {
            return null;   // the invalid seeds are only mutated as bytes
        }
    }

    private void report(int seedCount, long ms, long slowestMs, int slowestCase) throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "fuzz: %d cases from %d seed files (corpus %s), seed %d, %.1f s, slowest case %d (%d ms)%n",
                CASES, seedCount, Corpus.present("jsonfeed") ? "present" : "absent", SEED, ms / 1000.0, slowestCase, slowestMs));
        counts.forEach((k, v) -> sb.append(String.format(Locale.ROOT, "  %-28s %6d%n", k, v)));
        if (findings.isEmpty()) sb.append("findings: none\n");
        for (Finding f : findings.values()) {
            sb.append(String.format(Locale.ROOT, "FINDING x%d (first in case %d): %s%n", f.count, f.firstCase, f.what));
        }
        System.out.print(sb);
        Files.createDirectories(OUT);
        Files.writeString(OUT.resolve("report.txt"), sb.toString(), StandardCharsets.UTF_8);
    }
}
