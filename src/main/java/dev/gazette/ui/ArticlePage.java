package dev.gazette.ui;

import dev.gazette.comments.Comment;
import dev.gazette.feed.Article;
import dev.gazette.text.Document;
import dev.gazette.text.Sanitizer;
import dev.gazette.text.Style;
import dev.gazette.text.StyledLine;
import dev.gazette.text.TextWidth;
import dev.gazette.text.UrlText;
import dev.gazette.text.Wrap;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Everything the article view scrolls through: title, byline, body, and the comments
 * section, as lines for a given width. The lines are built once per width (the last two
 * widths are kept, so a resize back and forth is free), never on a key press.
 */
public final class ArticlePage {

    static final String NO_COMMENTS = "There are no comments to display";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final Article article;
    private final Document body;
    private final List<Comment> comments;
    private final int unreadableComments;
    private final ZoneId zone;

    private Layout current;
    private Layout previous;

    /**
     * The lines at one width, and where the last comment starts (to scroll to it).
     * {@code starts[i]} counts the letters and digits before line {@code i} ({@code starts[n]}
     * all of them): a position in the text that does not depend on the width, since
     * wrapping moves only spaces, and quote bars, bullets and rules are not letters.
     */
    public record Layout(int width, List<StyledLine> lines, int lastCommentLine, int[] starts) {

        public Layout(int width, List<StyledLine> lines, int lastCommentLine) {
            this(width, lines, lastCommentLine, letterStarts(lines));
        }

        /** Letters and digits before line {@code line} (clamped to the page). */
        public int offsetOf(int line) {
            return starts[Math.max(0, Math.min(line, lines.size()))];
        }

        /**
         * The line holding the letter at {@code offset}: the last line that starts at or
         * before it (so a line without letters, a blank or a rule, is never the answer
         * when a line with text starts at the same offset).
         */
        public int lineAt(long offset) {
            int lo = 0;
            int hi = lines.size() - 1;
            if (hi < 0) return 0;
            while (lo < hi) {                       // largest i < n with starts[i] <= offset
                int mid = (lo + hi + 1) >>> 1;
                if (starts[mid] <= offset) lo = mid;
                else hi = mid - 1;
            }
            return lo;
        }

        /** The first line that starts at {@code offset} exactly, or {@link #lineAt} when none does. */
        public int firstLineAt(long offset) {
            int line = lineAt(offset);
            while (line > 0 && starts[line - 1] == offset && starts[line] == offset) line--;
            return line;
        }

        private static int[] letterStarts(List<StyledLine> lines) {
            int[] out = new int[lines.size() + 1];
            int n = 0;
            for (int i = 0; i < lines.size(); i++) {
                out[i] = n;
                for (var span : lines.get(i).spans()) {
                    String t = span.text();
                    for (int k = 0; k < t.length(); k++) {
                        if (Character.isLetterOrDigit(t.charAt(k))) n++;
                    }
                }
            }
            out[lines.size()] = n;
            return out;
        }
    }

    public ArticlePage(Article article, Document body, List<Comment> comments, int unreadableComments, ZoneId zone) {
        this.article = article;
        this.body = body;
        this.comments = List.copyOf(comments);
        this.unreadableComments = unreadableComments;
        this.zone = zone;
    }

    public Article article() {
        return article;
    }

    public Document body() {
        return body;
    }

    public List<Comment> comments() {
        return comments;
    }

    /** A page with a new comment list, sharing the rendered body. */
    public ArticlePage withComments(List<Comment> newComments, int unreadable) {
        return new ArticlePage(article, body, newComments, unreadable, zone);
    }

    public Layout layout(int width) {
        int w = Math.max(1, width);
        if (current != null && current.width() == w) return current;
        if (previous != null && previous.width() == w) {
            Layout t = current;
            current = previous;
            previous = t;
            return current;
        }
        previous = current;
        current = build(w);
        return current;
    }

    /**
     * A position in the page that does not depend on the width: the letters and digits
     * before line {@code line} (see {@link Layout}). Used to keep the reading position on resize.
     */
    public long offsetOfLine(int width, int line) {
        return layout(width).offsetOf(line);
    }

    /** The line that holds the letter at {@code offset} at {@code width}. */
    public int lineAtOffset(int width, long offset) {
        return layout(width).lineAt(offset);
    }

    private Layout build(int width) {
        List<StyledLine> out = new ArrayList<>();
        // Untitled posts (microblogs) start with their byline, as they do on their sites.
        String title = article.title() == null ? "" : TextWidth.plainTitle(article.title());
        if (!title.isEmpty()) {
            for (String l : Wrap.wrap(title, width)) out.add(StyledLine.of(l, Style.HEADING));
        }
        String byline = byline();
        if (!byline.isEmpty()) {
            for (String l : Wrap.wrap(byline, width)) out.add(StyledLine.of(l, Style.DIM));
        }
        out.add(StyledLine.EMPTY);
        out.addAll(body.layout(width));
        out.add(StyledLine.EMPTY);
        for (String l : Wrap.wrap("Comments (" + comments.size() + ")", width)) out.add(StyledLine.of(l, Style.HEADING));
        out.add(StyledLine.EMPTY);
        int lastCommentLine = out.size();
        if (comments.isEmpty()) {
            for (String l : Wrap.wrap(NO_COMMENTS, width)) out.add(StyledLine.of(l, Style.DIM));
        }
        for (Comment c : comments) {
            lastCommentLine = out.size();
            String when = Dates.format(DAY_TIME, c.date(), zone);
            String head = Sanitizer.clean(c.author()) + (when.isEmpty() ? "" : " · " + when);
            for (String l : Wrap.wrap(head, width)) out.add(StyledLine.of(l, Style.BOLD));
            int indent = width > 8 ? 2 : 0;
            for (String l : Wrap.wrap(Sanitizer.cleanMultiline(c.text()), width - indent)) {
                out.add(StyledLine.plain(" ".repeat(indent) + l));
            }
            out.add(StyledLine.EMPTY);
        }
        if (unreadableComments > 0) {
            String note = "(" + unreadableComments + " unreadable line" + (unreadableComments == 1 ? "" : "s")
                    + " in the comment journal skipped)";
            for (String l : Wrap.wrap(note, width)) out.add(StyledLine.of(l, Style.DIM));
        }
        return new Layout(width, List.copyOf(out), lastCommentLine);
    }

    private String byline() {
        List<String> parts = new ArrayList<>();
        String by = article.byline();
        if (by != null) parts.add("By " + Sanitizer.clean(by));
        String day = Dates.format(DAY, article.date(), zone);
        if (!day.isEmpty()) parts.add(day);
        if (article.link() != null) parts.add(Sanitizer.clean(UrlText.readable(article.link())));
        return String.join(" · ", parts);
    }
}
