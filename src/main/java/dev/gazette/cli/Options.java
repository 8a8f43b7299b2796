package dev.gazette.cli;

import java.nio.file.Path;
import java.util.List;

/** The parsed command line (DESIGN.md section 3). */
public record Options(Mode mode, Path feed, Path comments, String author, boolean mouse) {

    public enum Mode { READ, LIST, CHECK, HELP, VERSION }

    static final String USAGE = """
            Usage: gazette [FEED] [options]
              FEED                  a JSON Feed file (default: ./feed.json)
              --comments FILE       the comment journal (default: FEED's name + .comments.jsonl, beside it)
              --author NAME         name on comments you write (default: $GAZETTE_AUTHOR, $USER, "anonymous")
              --list                print the headlines (date, title), one a line, and exit
              --check               validate FEED, print each problem as FILE:LINE:COL: message
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

    public static Options parse(List<String> args) throws UsageException {
        Mode mode = Mode.READ;
        Path feed = null;
        Path comments = null;
        String author = null;
        boolean onlyFiles = false;
        boolean mouse = true;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (onlyFiles || !a.startsWith("-") || a.equals("-")) {
                if (feed != null) throw new UsageException("only one feed file, got '" + feed + "' and '" + a + "'");
                feed = Path.of(a);
                continue;
            }
            switch (a) {
                case "--" -> onlyFiles = true;
                case "--help", "-h" -> mode = pick(mode, Mode.HELP);
                case "--version" -> mode = pick(mode, Mode.VERSION);
                case "--list" -> mode = pick(mode, Mode.LIST);
                case "--check" -> mode = pick(mode, Mode.CHECK);
                case "--comments" -> comments = Path.of(value(args, ++i, a));
                case "--author" -> author = value(args, ++i, a);
                case "--no-mouse" -> mouse = false;
                default -> {
                    if (a.startsWith("--comments=")) comments = Path.of(a.substring(11));
                    else if (a.startsWith("--author=")) author = a.substring(9);
                    else throw new UsageException("unknown option '" + a + "'");
                }
            }
        }
        return new Options(mode, feed == null ? Path.of("feed.json") : feed, comments, author, mouse);
    }

    private static Mode pick(Mode current, Mode wanted) throws UsageException {
        if (current != Mode.READ && current != wanted) {
            throw new UsageException("--" + current.name().toLowerCase(java.util.Locale.ROOT) + " and --" + wanted.name().toLowerCase(java.util.Locale.ROOT)
                    + " cannot be used together");
        }
        return wanted;
    }

    private static String value(List<String> args, int i, String option) throws UsageException {
        if (i >= args.size() || args.get(i).isEmpty()) throw new UsageException(option + " needs a value");
        return args.get(i);
    }
}
