package dev.gazette.cli;

import dev.gazette.feed.Article;
import dev.gazette.feed.CleanText;
import dev.gazette.feed.Feed;
import dev.gazette.feed.FeedException;
import dev.gazette.feed.FeedLoader;
import dev.gazette.feed.LoadListener;
import dev.gazette.feed.Problem;
import dev.gazette.source.FeedCache;
import dev.gazette.source.FileSource;
import dev.gazette.source.Opml;
import dev.gazette.source.PathNames;
import dev.gazette.source.Refresher;
import dev.gazette.source.Sidecars;
import dev.gazette.source.Source;
import dev.gazette.source.SourceException;
import dev.gazette.ui.Dates;
import dev.gazette.ui.FeedSource;
import dev.gazette.ui.HeadlineText;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Runs one command line: parse, load, then list, check or open the terminal UI. Every
 * failure becomes one line on stderr and an exit code; only a bug gives exit 1, with the
 * details written to a log file rather than the user's terminal.
 */
public final class Cli {
    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int BAD_INPUT = 2;

    private static final DateTimeFormatter LIST_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;
    private final boolean interactiveTerminal;
    /** The command line, for the crash log. */
    private List<String> args = List.of();

    public Cli(PrintStream out, PrintStream err, Map<String, String> env, boolean interactiveTerminal) {
        this.out = out;
        this.err = ControlEscapes.wrap(err);
        this.env = env;
        this.interactiveTerminal = interactiveTerminal;
    }

    public int run(List<String> args) {
        this.args = List.copyOf(args);
        try {
            return runOrThrow(args);
        } catch (InvalidPathException e) {
            // A file name the locale cannot encode (LANG=C): one line with the way out.
            err.println("gazette: " + PathNames.whyInvalid(e.getInput() == null ? "" : e.getInput(), e));
            return BAD_INPUT;
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
        try {
            switch (options.mode()) {
                case HELP -> {
                    out.println(Options.USAGE);
                    return OK;
                }
                case VERSION -> {
                    out.println("gazette " + version());
                    return OK;
                }
                case IMPORT_OPML -> {
                    return importOpml(options);
                }
                default -> { }
            }
            SourceChoice.Chosen chosen = SourceChoice.choose(options, env, Path.of(""));
            for (String note : chosen.notes()) err.println("gazette: " + note);
            if (options.mode() == Options.Mode.READ) {
                // A file that is not there is the first thing to fix, with a terminal or without.
                String missing = onlyFileMissing(chosen.sources());
                String refused = missing != null ? missing
                        : !interactiveTerminal ? "gazette: not a terminal: the reader needs one (use --list to print the headlines)"
                        : TerminalType.refusal(env);
                if (refused != null) {
                    err.println(refused);
                    return BAD_INPUT;
                }
            }
            return switch (options.mode()) {
                case EXPORT_OPML -> {
                    out.print(Opml.export(named(chosen.sources())));
                    yield OK;
                }
                case LIST -> listOrCheck(options, chosen.sources(), false);
                case CHECK -> listOrCheck(options, chosen.sources(), true);
                default -> read(options, chosen.sources(), chosen.notes());
            };
        } catch (SourceException e) {
            for (String note : e.notes()) err.println("gazette: " + note);
            err.println("gazette: " + e.getMessage());
            return BAD_INPUT;
        }
    }

    /** "FILE: no such file" when the one source is a file that is not there; else null. */
    private static String onlyFileMissing(List<Source> sources) {
        if (sources.size() != 1 || !(sources.get(0) instanceof FileSource f)) return null;
        Path file = f.path();
        return Files.exists(file) || Files.isSymbolicLink(file) ? null : FeedLoader.noSuchFile(f.display());
    }

    /** The sources, each the feeds file gives no title named by its feed's own (read, not fetched). */
    private List<Source> named(List<Source> sources) {
        FeedCache cache = FeedCache.at(env);
        List<Source> named = new ArrayList<>();
        for (Source s : sources) {
            Optional<String> own = s.title().isPresent() ? Optional.empty() : FeedTitles.of(s, cache);
            named.add(own.isPresent() ? s.withLabels(own, s.tags()) : s);
        }
        return named;
    }

    private int importOpml(Options options) throws SourceException {
        Path feedsFile = SourceChoice.feedsFile(options, env);
        Opml.Imported imported = Opml.importInto(feedsFile, options.importOpml());
        for (String skipped : imported.skipped()) {
            err.println("gazette: " + CleanText.line(options.importOpml().toString()) + ": " + CleanText.line(skipped) + "; skipped");
        }
        int added = imported.added();
        String known = imported.known() == 0 ? ""
                : imported.known() == 1 ? "; 1 was there already" : "; " + imported.known() + " were there already";
        int r = imported.repeats();
        String repeats = r == 0 ? "" : r == 1 ? "; 1 repeated outline skipped" : "; " + r + " repeated outlines skipped";
        out.println("Added " + added + (added == 1 ? " feed" : " feeds") + " to " + CleanText.line(feedsFile.toString())
                + known + repeats);
        return OK;
    }

    /** --list and --check: every source in turn; exit 2 when any could not be read. */
    private int listOrCheck(Options options, List<Source> sources, boolean check) {
        ZoneId zone = ZoneId.systemDefault();
        FeedCache cache = FeedCache.at(env);
        boolean network = FeedSources.needNetwork(sources, options.offline());
        int code = OK;
        int skipped = 0;
        try (Refresher refresher = network ? new Refresher(cache) : null) {
            for (Source source : sources) {
                // A glob over a folder Gazette has read in takes in its files beside the feeds too.
                Optional<String> sidecar = source instanceof FileSource f ? Sidecars.whatIs(f.path()) : Optional.empty();
                if (sidecar.isPresent() && sources.size() > 1) {
                    err.println(CleanText.line(source.display()) + ": " + sidecar.get() + "; skipped");
                    skipped++;
                    continue;
                }
                Feed feed;
                try {
                    FeedSource from = FeedSources.of(source, cache, refresher, options.offline(), false, zone);
                    feed = from.load(LoadListener.NONE);
                    // --check is asked about what the server sends now, not about the copy kept from before.
                    String unreadable = from instanceof UrlFeedSource u ? u.unreadable() : null;
                    if (check && unreadable != null) throw new FeedException(unreadable);
                    if (from.note() != null) err.println(CleanText.line(source.display()) + ": " + from.note());
                } catch (FeedException e) {
                    err.println(e.getMessage());
                    code = BAD_INPUT;
                    continue;
                }
                if (check) check(source.display(), feed);
                else if (!list(feed, zone)) return code;   // stdout closed: nobody reads the rest
            }
        }
        return skipped == sources.size() ? BAD_INPUT : code;
    }

    /**
     * The headlines, written a block at a time (stdout flushes every line: a write each, 100,000
     * of them for a big feed); a reader that has gone (`| head -1`) stops it at the next block,
     * where every line after would have been an error caught in the stream.
     *
     * @return false when stdout is closed
     */
    private boolean list(Feed feed, ZoneId zone) {
        StringBuilder block = new StringBuilder(LIST_BLOCK + 256);
        for (Article a : feed.articles()) {
            String date = Dates.day(LIST_DATE, a.date(), zone);
            block.append(date.isEmpty() ? "----------" : date).append("  ").append(HeadlineText.of(a)).append('\n');
            if (block.length() >= LIST_BLOCK) {
                out.print(block);
                block.setLength(0);
                if (out.checkError()) return false;
            }
        }
        out.print(block);
        return !out.checkError();
    }

    /** Characters of headlines written at once by --list. */
    private static final int LIST_BLOCK = 1 << 16;

    /**
     * Each problem as FILE:LINE:COL: message; of a kind that comes more than {@value #SAME_KIND}
     * times (every item of a feed without guids, every date of a feed without seconds), the first
     * {@value #SAME_KIND_SHOWN} and then one line for the rest: thirty alike say no more than five.
     */
    private void check(String source, Feed feed) {
        String name = CleanText.line(source);
        List<Problem> problems = Problem.inFileOrder(feed.problems());
        Map<String, Integer> ofKind = new java.util.HashMap<>();
        for (Problem p : problems) ofKind.merge(kindOf(p), 1, Integer::sum);
        Map<String, Integer> listed = new java.util.HashMap<>();
        for (Problem p : problems) {
            String kind = kindOf(p);
            int total = ofKind.get(kind);
            int n = listed.merge(kind, 1, Integer::sum);
            if (total > SAME_KIND && n > SAME_KIND_SHOWN) continue;
            String where = p.line() <= 0 ? name : name + ":" + p.line() + (p.column() > 0 ? ":" + p.column() : "");
            out.println(where + ": " + p.message());
            if (total > SAME_KIND && n == SAME_KIND_SHOWN) {
                out.println(name + ": … and " + (total - n) + " more like the one above, not listed");
            }
        }
        out.println(name + ": ok, " + count(feed.articles().size(), "item")
                + (feed.problems().isEmpty() ? "" : ", " + count(Problem.count(feed.problems()), "warning")));
    }

    /** Kinds with more problems than this are listed in part. */
    private static final int SAME_KIND = 10;
    private static final int SAME_KIND_SHOWN = 5;

    /** A problem's message with what varies from item to item (numbers, quoted text) taken out. */
    private static String kindOf(Problem p) {
        return p.message().replaceAll("\"[^\"]*\"", "\"\"").replaceAll("[0-9]+", "0");
    }

    /** "1 item", "3 items". */
    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** The reader; exit 2 with the reason when the only feed could not be read. */
    private int read(Options options, List<Source> sources, List<String> notes) throws IOException {
        String stopped = new Reader(env, this::writeLog, err).run(options, sources, notes);
        if (stopped == null) return OK;
        err.println(stopped);
        return BAD_INPUT;
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
