package dev.gazette.ui;

import com.googlecode.lanterna.graphics.TextGraphics;
import dev.gazette.comments.Discussion;
import dev.gazette.comments.DiscussionRow;
import dev.gazette.text.Sanitizer;
import dev.gazette.text.Style;
import dev.gazette.text.StyledLine;
import dev.gazette.text.Wrap;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The comments under an article, as lines: "Comments (N)", then each comment of the
 * {@link CommentWindow} with its author, time and wrapped text, replies indented under their
 * parent. The indent is capped on narrow screens (at most width / 8 levels), so a deep thread
 * never squeezes its text to nothing. An edited comment says "(edited)" after its time, a
 * withdrawn one shows "[deleted]" and keeps its replies; a comment without a date shows
 * without a time. Rows beyond the window are announced with how to reach them.
 */
final class CommentsSection {
    static final String NO_COMMENTS = "There are no comments to display";
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    /** Columns per reply level. */
    private static final int STEP = 2;

    private CommentsSection() {}

    /**
     * Where each comment of the window starts and ends among the page's lines, to scroll to
     * one and to highlight the selected one.
     *
     * @param from   the window's first row
     * @param starts line of each row's header, {@code starts[row - from]}
     * @param ends   one past each row's last text line
     */
    record Places(int from, int[] starts, int[] ends) {
        static final Places NONE = new Places(0, new int[0], new int[0]);

        boolean contains(int row) {
            return row >= from && row < from + starts.length;
        }

        int start(int row) {
            return starts[row - from];
        }

        int end(int row) {
            return ends[row - from];
        }

        /** The last row whose header is at or above {@code line}, or -1 when none is. */
        int rowAtOrAbove(int line) {
            int i = Arrays.binarySearch(starts, line);
            if (i < 0) i = -i - 2;
            return i < 0 ? -1 : from + i;
        }

        /** The first row whose header is at or below {@code line}, or -1. */
        int rowAtOrBelow(int line) {
            int i = Arrays.binarySearch(starts, line);
            if (i < 0) i = -i - 1;
            return i >= starts.length ? -1 : from + i;
        }
    }

    /** Appends the section to {@code out}; returns where each comment went. */
    static Places layout(CommentWindow window, int width, ZoneId zone, List<StyledLine> out) {
        Discussion d = window.discussion();
        for (String l : Wrap.wrap("Comments (" + d.commentCount() + ")", width)) out.add(StyledLine.layoutOnly(l, Style.HEADING));
        out.add(StyledLine.EMPTY);
        if (d.size() == 0) note(out, width, NO_COMMENTS);
        if (window.from() > 0) {
            note(out, width, "↑ " + count(window.from()) + " earlier comments: [ on the first one shown goes back");
            out.add(StyledLine.EMPTY);
        }
        int n = window.texts().size();
        int[] starts = new int[n];
        int[] ends = new int[n];
        int maxLevels = Math.max(0, width / 8);
        for (int k = 0; k < n; k++) {
            int row = window.from() + k;
            DiscussionRow c = d.row(row);
            int indent = Math.min(c.depth(), maxLevels) * STEP;
            starts[k] = out.size();
            String pad = " ".repeat(indent);
            for (String l : Wrap.wrap(header(c, zone), Math.max(1, width - indent))) {
                out.add(StyledLine.of(pad + l, Style.BOLD));
            }
            int textIndent = width - indent > 8 ? indent + STEP : indent;
            String textPad = " ".repeat(textIndent);
            Style[] look = c.deleted() ? new Style[] {Style.DIM} : new Style[0];
            for (String l : Wrap.wrap(Sanitizer.cleanMultiline(window.text(row)), Math.max(1, width - textIndent))) {
                out.add(StyledLine.of(textPad + l, look));
            }
            ends[k] = out.size();
            out.add(StyledLine.EMPTY);
        }
        int after = d.size() - window.to();
        if (after > 0) note(out, width, "↓ " + count(after) + " more comments: ] on the last one shown goes on");
        if (window.unreadable() > 0) {
            int u = window.unreadable();
            note(out, width, "(" + u + " unreadable line" + (u == 1 ? "" : "s") + " in the comment journal skipped)");
        }
        return new Places(window.from(), starts, ends);
    }

    /** "ana · 2025-03-02 11:00 (edited)"; without a date, the author alone. */
    static String header(DiscussionRow c, ZoneId zone) {
        String when = Dates.format(DAY_TIME, c.date(), zone);
        StringBuilder sb = new StringBuilder(Sanitizer.clean(c.author()));
        if (!when.isEmpty()) sb.append(" · ").append(when);
        if (c.edited()) sb.append(" (edited)");
        return sb.toString();
    }

    /** Draws the selected comment's header line in the selection's look, over what the page drew. */
    static void highlight(TextGraphics g, Regions r, ArticleState a, Theme theme) {
        if (a.page() == null || a.comments().selected() < 0) return;
        Places p = a.page().layout(a.width()).places();
        int row = a.comments().selected();
        if (!p.contains(row)) return;
        List<StyledLine> lines = a.page().layout(a.width()).lines();
        for (int line = p.start(row); line < p.end(row); line++) {
            int y = r.bodyTop() + line - a.top();
            if (y < r.bodyTop() || y >= r.bodyTop() + r.bodyHeight()) continue;
            if (line == p.start(row)) {
                LineDrawer.fill(g, r.textLeft(), y, r.textWidth(), theme.selected());
                LineDrawer.draw(g, r.textLeft(), y, r.textWidth(), lines.get(line), theme, theme.selected());
            } else if (r.textLeft() > 0) {
                LineDrawer.drawText(g, r.textLeft() - 1, y, r.textLeft(), "▌", theme.secondary());
            }
        }
    }

    /** Gazette's own words under the article: dim, and not found by a search of it. */
    private static void note(List<StyledLine> out, int width, String text) {
        for (String l : Wrap.wrap(text, width)) out.add(StyledLine.layoutOnly(l, Style.DIM));
    }

    private static String count(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
