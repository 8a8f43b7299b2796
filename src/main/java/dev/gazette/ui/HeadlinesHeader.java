package dev.gazette.ui;

import dev.gazette.text.TextWidth;

/**
 * What the headline list says about itself: its header row (the feed's name, then counts,
 * the filter, loading, what went wrong or when the copy was fetched) and the line an empty
 * list shows instead of rows.
 */
final class HeadlinesHeader {
    private HeadlinesHeader() {}

    /** The whole header, uncut. */
    static String text(AppState s) {
        return name(s) + rest(s, Integer.MAX_VALUE);
    }

    /** The shown list's name in a header: a feed by its name in the feeds file ("~Title") when it has one. */
    static String name(AppState s) {
        return s.shown() == AppState.ALL ? s.feed().title() : s.feeds().get(s.shown()).name();
    }

    /**
     * The header after the name, for {@code room} columns with the name. When the copy was
     * fetched gets what the name and the counts leave: the whole name first, then the name cut
     * as {@link Bars#titled} cuts it; given up a year, then words, at a time ({@link
     * FeedEntry#fitted}), and left out rather than cut in the middle of a word.
     */
    static String rest(AppState s, int room) {
        FeedState f = s.feed();
        HeadlinesState h = s.headlines();
        int total = f.articles().size();
        FeedEntry entry = s.shown() == AppState.ALL ? null : s.feeds().get(s.shown());
        StringBuilder sb = new StringBuilder(" — ");
        if (h.visible().size() != total) sb.append(h.visible().size()).append(" of ");
        sb.append(total).append(total == 1 ? " article" : " articles").append(", ").append(s.unread()).append(" unread");
        if (f.feed().skippedItems() > 0) sb.append(", ").append(f.feed().skippedItems()).append(" skipped");
        if (f.feed().repairedItems() > 0) sb.append(", ").append(f.feed().repairedItems()).append(" repaired");
        if (!h.filter().text().isEmpty()) sb.append(" · /").append(h.filter().text());
        if (h.unreadOnly()) sb.append(" · unread only");
        if (f.firstReading()) sb.append(" · loading ").append(f.percent()).append('%');
        else if (f.loading()) sb.append(" · reloading");
        if (entry != null && entry.problem() != null) sb.append(" · ⚠ ").append(entry.reason());
        String counts = sb.toString();
        if (entry == null || entry.problem() != null || entry.freshness() == null) return counts;
        int name = TextWidth.columns(name(s));
        for (int nameColumns : new int[] {name, Math.min(name, Bars.NAME_AT_LEAST)}) {
            int left = room - nameColumns - TextWidth.columns(counts) - 3;
            String fetched = FeedEntry.fitted(entry.freshness(), left);
            if (TextWidth.columns(fetched) <= left) return counts + " · " + fetched;
        }
        return counts;
    }

    /** What an empty list shows: why it is empty, and what to do about it. */
    static String emptyMessage(AppState s) {
        if (s.feed().articles().isEmpty()) {
            if (s.feed().firstReading()) return "Loading…";
            FeedEntry entry = s.shown() == AppState.ALL ? null : s.feeds().get(s.shown());
            // Empty because it could not be read: the whole message, with the file or URL it
            // names (the header gives only the reason, and a feeds-file title hides the path).
            if (entry != null && entry.problem() != null) {
                return "Could not read " + entry.problemWithSource() + " (r tries again)";
            }
            return "This feed has no articles.";
        }
        if (!s.headlines().filter().text().isBlank()) return "No headline matches the filter (Esc clears it).";
        return "No unread articles (u shows them all).";
    }
}
