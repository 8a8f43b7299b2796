package dev.gazette.ui;

import dev.gazette.text.TextWidth;

/**
 * One followed feed: how it is loading, which of its articles are read, and what went wrong
 * last. A session has one entry per source (a file or a URL).
 *
 * @param label     the name the feeds file gives it, or null to use the feed's own title
 * @param where     the source as the user wrote it (a path or a URL), for a feed without a title
 * @param hidden    the feeds file hides it ("!" tag, as newsboat): no row on the feeds screen,
 *                  its articles still in All articles
 * @param feed      the feed and its loading state
 * @param read      the ids of its read articles
 * @param unread    how many of its articles are unread, kept in step with {@code read}
 * @param problem   why the last load or fetch failed, or null
 * @param freshness when a URL's copy was fetched ("fetched 2026-11-30 14:02"), or null
 * @param comments  how many comments each article has, by article id (none: absent), read on a worker
 */
public record FeedEntry(String label, String where, boolean hidden, java.util.List<String> tags, FeedState feed, ReadSet read, int unread, String problem, String freshness,
                        java.util.Map<String, Integer> comments) {

    public FeedEntry {
        tags = java.util.List.copyOf(tags);
        comments = java.util.Map.copyOf(comments);
    }

    /** @param tags the feeds file's tags for it (newsboat's urls file), matched by the filter in All articles */
    static FeedEntry named(String label, String where, boolean hidden, java.util.List<String> tags) {
        return new FeedEntry(label, where, hidden, tags, FeedState.empty(), ReadSet.EMPTY, 0, null, null, java.util.Map.of());
    }

    /** Comments on article {@code id}, 0 when none (or not counted yet). */
    public int commentCount(String id) {
        return comments.getOrDefault(id, 0);
    }

    FeedEntry withComments(java.util.Map<String, Integer> counts) {
        return new FeedEntry(label, where, hidden, tags, feed, read, unread, problem, freshness, counts);
    }

    /** The name on the feeds screen and in the source column. */
    public String name() {
        if (label != null) return label;
        return feed.feed().title() != null || where == null ? feed.title() : where;
    }

    /** What went wrong, naming the source first: "/feeds/gone.xml: no such file". */
    String problemWithSource() {
        if (problem == null || where == null || problem.startsWith(where)) return problem;
        return where + ": " + problem;
    }

    /**
     * What went wrong, for a hidden feed's, which has no row to show it: "NAME (hidden): why",
     * the source not said twice when the feed's name is where it comes from.
     */
    String hiddenProblem() {
        String name = name();
        return name + " (hidden): " + (name != null && name.equals(where) ? reason() : problem);
    }

    /**
     * What went wrong without the source it starts with ("HTTP 500 internal server error"),
     * for the places that already name the feed (its row, its header): at 80 columns the
     * source would leave no room for the reason. The status line gives the whole message.
     */
    String reason() {
        if (problem == null || where == null) return problem;
        if (problem.startsWith(where + ": ")) return problem.substring(where.length() + 2);
        // "FILE:19:84: invalid XML…": the place in the file stays, the file's name goes.
        if (problem.startsWith(where + ":") && problem.length() > where.length() + 1
                && Character.isDigit(problem.charAt(where.length() + 1))) {
            return "at " + problem.substring(where.length() + 1);
        }
        return problem;
    }

    FeedEntry withFeed(FeedState f) {
        int count = f.feed() == feed.feed() ? unread : Marking.countUnread(f.articles(), read);
        return new FeedEntry(label, where, hidden, tags, f, read, count, problem, freshness, comments);
    }

    FeedEntry withRead(ReadSet r, int unreadCount) {
        return new FeedEntry(label, where, hidden, tags, feed, r, unreadCount, problem, freshness, comments);
    }

    FeedEntry withProblem(String why) {
        return new FeedEntry(label, where, hidden, tags, feed, read, unread, why, freshness, comments);
    }

    FeedEntry withFreshness(String fetched) {
        return new FeedEntry(label, where, hidden, tags, feed, read, unread, problem, fetched, comments);
    }

    /**
     * When a URL's copy was fetched ({@link #freshness}) in {@code room} columns, for a row or a
     * header that would cut it: first without the year, which the reader knows, then in the
     * fewest words ("checked 12-02 14:34, not modified", then "checked 12-02 14:34", rather
     * than "checked 2026-12-0…"; "offline, 12-01 09:05" rather than "offline: copy fetched…").
     */
    static String fitted(String freshness, int room) {
        if (TextWidth.columns(freshness) <= room) return freshness;
        String noYear = freshness.replaceFirst("\\b\\d{4}-(\\d\\d-\\d\\d \\d\\d:\\d\\d)", "$1");
        if (TextWidth.columns(noYear) <= room) return noYear;
        return noYear.replace(", not modified", "").replace("offline: copy fetched", "offline,")
                .replace("cached copy from", "cached");
    }
}
