package dev.gazette.ui;

import dev.gazette.comments.Comment;
import dev.gazette.feed.Article;
import dev.gazette.text.Document;
import dev.gazette.text.Sanitizer;
import dev.gazette.text.Style;
import dev.gazette.text.StyledLine;
import dev.gazette.text.TextWidth;
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

    /** The lines at one width, and where the last comment starts (to scroll to it). */
    public record Layout(int width, List<StyledLine> lines, int lastCommentLine) {}

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
     * A position in the page that does not depend on the width: the number of text
     * characters before line {@code line}. Used to keep the reading position on resize.
     */
    public long offsetOfLine(int width, int line) {
        List<StyledLine> lines = layout(width).lines();
        long offset = 0;
        for (int i = 0; i < Math.min(line, lines.size()); i++) offset += lines.get(i).plain().length() + 1;
        return offset;
    }

    /** The line that holds text offset {@code offset} at {@code width}. */
    public int lineAtOffset(int width, long offset) {
        List<StyledLine> lines = layout(width).lines();
        long seen = 0;
        for (int i = 0; i < lines.size(); i++) {
            seen += lines.get(i).plain().length() + 1;
            if (seen > offset) return i;
        }
        return Math.max(0, lines.size() - 1);
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
        if (article.link() != null) parts.add(Sanitizer.clean(article.link()));
        return String.join(" · ", parts);
    }
}
