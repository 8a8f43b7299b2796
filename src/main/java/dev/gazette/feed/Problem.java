package dev.gazette.feed;

import java.util.Comparator;
import java.util.List;

/**
 * Something wrong in a feed file that did not stop it loading; line and column are 1-based,
 * 0 when unknown. The message quotes feed text, so it is made safe here, once, for every
 * loader: control, bidi and invisible characters are shown as escapes ({@code \u001b}).
 */
public record Problem(int line, int column, String message, int unlisted) {
    public Problem {
        message = ProblemText.oneLine(message);
    }

    /** One problem. */
    public Problem(int line, int column, String message) {
        this(line, column, message, 0);
    }

    /** The line that stands for {@code n} problems a capped list left out ({@link ProblemLog}). */
    static Problem notListed(int n) {
        return new Problem(0, 0, n + " more problems not listed", n);
    }

    /**
     * The problems as a compiler lists them, by line and column, whatever order the loader
     * found them in (a JSON Feed's body is checked after the item's other fields); those
     * with no place in the file after them, and the "not listed" line last.
     */
    public static List<Problem> inFileOrder(List<Problem> problems) {
        return problems.stream()
                .sorted(Comparator.comparingInt((Problem p) -> p.unlisted > 0 ? 2 : p.line > 0 ? 0 : 1)
                        .thenComparingInt(Problem::line).thenComparingInt(Problem::column))
                .toList();
    }

    /** How many problems a list stands for: each one, and those its last line says were left out. */
    public static int count(List<Problem> problems) {
        int n = 0;
        for (Problem p : problems) n += p.unlisted > 0 ? p.unlisted : 1;
        return n;
    }
}
