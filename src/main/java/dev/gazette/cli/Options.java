package dev.gazette.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The parsed command line (DESIGN.md section 3).
 *
 * @param sources the SOURCE words as given (files or URLs); empty means "the default"
 * @param feeds   --feeds FILE, or null for the default feeds file
 */
public record Options(Mode mode, List<String> sources, Path feeds, Path importOpml, boolean offline, Path comments,
                      String author, boolean mouse) {

    public enum Mode { READ, LIST, CHECK, HELP, VERSION, IMPORT_OPML, EXPORT_OPML }

    public Options {
        sources = List.copyOf(sources);
    }

    static final String USAGE = """
            Usage: gazette [SOURCE...] [options]
              SOURCE                a feed file (JSON Feed, RSS or Atom) or an http(s) URL; several may be given.
                                    Default: ./feed.json if it exists, else the feeds in the feeds file
              --feeds FILE          the feeds file: one source a line, newsboat's urls format reads as it is
                                    (default: $XDG_CONFIG_HOME/gazette/feeds, ~/.config/gazette/feeds)
              --import-opml FILE    add an OPML file's feeds to the feeds file (no duplicates)
              --export-opml         print the feeds as OPML 2.0 (the feeds file's, unless sources are given)
              --offline             read cached copies only; no network
              --comments FILE       the comment journal, for one source (default: beside it, NAME.comments.jsonl)
              --author NAME         name on comments you write (default: $GAZETTE_AUTHOR, $USER, "anonymous")
              --list                print the headlines (date, title), one a line, and exit
              --check               validate each source, print each problem as SOURCE:LINE:COL: message
              --no-mouse            do not capture the mouse (keeps the terminal's own text selection)
              --help                show this help
              --version             show the version
            Exit codes: 0 ok, 2 bad input or usage, 1 internal error.""";

    /** Thrown for a command line that cannot be understood; its message is one line for stderr. */
    public static final class UsageException extends Exception {
        public UsageException(String message) {
            super(message);
        }
    }

    /** The options that take no value. */
    private static final Set<String> FLAGS =
            Set.of("--help", "--version", "--list", "--check", "--export-opml", "--offline", "--no-mouse");

    public static Options parse(List<String> args) throws UsageException {
        Mode mode = Mode.READ;
        List<String> sources = new ArrayList<>();
        Path feeds = null;
        Path importOpml = null;
        Path comments = null;
        String author = null;
        boolean offline = false;
        boolean onlySources = false;
        boolean mouse = true;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (onlySources || !a.startsWith("-") || a.equals("-")) {
                sources.add(a);
                continue;
            }
            // "--feeds=FILE" is "--feeds FILE"; a flag given a value that way is refused.
            int equals = a.startsWith("--") ? a.indexOf('=', 3) : -1;
            String name = equals < 0 ? a : a.substring(0, equals);
            String inline = equals < 0 ? null : a.substring(equals + 1);
            if (inline != null && FLAGS.contains(name)) {
                throw new UsageException(name + " takes no value; a source goes after it, with a space");
            }
            switch (name) {
                case "--" -> onlySources = true;
                case "--help", "-h" -> mode = pick(mode, Mode.HELP);
                case "--version" -> mode = pick(mode, Mode.VERSION);
                case "--list" -> mode = pick(mode, Mode.LIST);
                case "--check" -> mode = pick(mode, Mode.CHECK);
                case "--export-opml" -> mode = pick(mode, Mode.EXPORT_OPML);
                case "--import-opml" -> {
                    mode = pick(mode, Mode.IMPORT_OPML);
                    importOpml = Path.of(inline != null ? given(inline, name) : value(args, ++i, name));
                }
                case "--feeds" -> feeds = Path.of(inline != null ? given(inline, name) : value(args, ++i, name));
                case "--comments" -> comments = Path.of(inline != null ? given(inline, name) : value(args, ++i, name));
                case "--author" -> author = inline != null ? given(inline, name) : value(args, ++i, name);
                case "--offline" -> offline = true;
                case "--no-mouse" -> mouse = false;
                default -> throw new UsageException("unknown option '" + a + "'");
            }
        }
        if (comments != null && sources.size() > 1) {
            throw new UsageException("--comments names the journal of one source, but " + sources.size() + " were given");
        }
        return new Options(mode, sources, feeds, importOpml, offline, comments, author, mouse);
    }

    private static Mode pick(Mode current, Mode wanted) throws UsageException {
        if (current != Mode.READ && current != wanted) {
            throw new UsageException("--" + flag(current) + " and --" + flag(wanted) + " cannot be used together");
        }
        return wanted;
    }

    private static String flag(Mode m) {
        return m.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The value after an option. One that starts with "-" is taken for a forgotten value, not
     * used: "--author --no-mouse" signed comments "--no-mouse" and left the mouse on. Such a
     * value can still be given with "=".
     */
    private static String value(List<String> args, int i, String option) throws UsageException {
        if (i >= args.size()) throw new UsageException(option + " needs a value");
        String v = args.get(i);
        if (v.startsWith("-") && v.length() > 1) {
            throw new UsageException(option + " needs a value, not the option '" + v + "' (a value that starts with '-': "
                    + option + "=" + v + ")");
        }
        return given(v, option);
    }

    /** An option's value, given after a space or after "=": never empty. */
    private static String given(String value, String option) throws UsageException {
        if (value.isEmpty()) throw new UsageException(option + " was given an empty value");
        return value;
    }
}
