package dev.gazette.feed;

import dev.gazette.feed.JsonPositions.Position;
import java.util.ArrayList;
import java.util.List;

/**
 * The warnings collected while loading, for --check. Capped: a generated feed with the
 * same fault in every one of 100,000 items would otherwise print 100,000 lines and hold
 * them all in memory; the counts in {@link Feed} stay exact.
 */
public final class ProblemLog {
    static final int MAX_LISTED = 1000;

    private final List<Problem> problems = new ArrayList<>();
    private int notListed;

    void add(Position at, String message) {
        if (problems.size() < MAX_LISTED) problems.add(at.problem(message));
        else notListed++;
    }

    /** A problem at line and column (1-based; 0 when unknown), for readers outside this package. */
    public void add(int line, int column, String message) {
        add(new Position(line, column), message);
    }

    public List<Problem> problems() {
        if (notListed == 0) return problems;
        List<Problem> all = new ArrayList<>(problems);
        all.add(Problem.notListed(notListed));
        return all;
    }
}
