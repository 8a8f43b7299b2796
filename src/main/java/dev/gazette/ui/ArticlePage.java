package dev.gazette.ui;

import dev.gazette.comments.Comment;
import dev.gazette.comments.Discussion;
import dev.gazette.feed.Article;
import dev.gazette.text.Document;
import dev.gazette.text.Link;
import dev.gazette.text.Sanitizer;
import dev.gazette.text.Style;
import dev.gazette.text.StyledLine;
import dev.gazette.text.TextWidth;
import dev.gazette.text.UrlText;
import dev.gazette.text.Wrap;

import java.time.Instant;
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
    static final String NO_COMMENTS = CommentsSection.NO_COMMENTS;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);
    /** What sets the parts of the byline, the tags and an attachment line apart. */
    private static final String SEPARATOR = "·";
    private static final String BETWEEN_PARTS = " " + SEPARATOR + " ";
    /** Attachments shown under the byline; a gallery's others are in the Links list. */
    private static final int ATTACHMENT_LINES = 3;

    private final Article article;
    private final Document body;
    private final CommentWindow comments;
    private final ZoneId zone;

    private Layout current;
    private Layout previous;

    /**
     * The lines at one width and where each comment of the window is
     * ({@link CommentsSection.Places}). {@code starts[i]} counts the letters and digits before
     * line {@code i} ({@code starts[n]} all of them): a position in the text that does not
     * depend on the width, since
     * wrapping moves only spaces, and quote bars, bullets and rules are not letters.
     */
    public record Layout(int width, List<StyledLine> lines, CommentsSection.Places places, int[] starts) {

        public Layout(int width, List<StyledLine> lines, CommentsSection.Places places) {
            this(width, lines, places, letterStarts(lines));
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

    /** A page whose comments are the window given, read on a worker ({@link CommentWindow#read}). */
    public ArticlePage(Article article, Document body, CommentWindow comments, ZoneId zone) {
        this.article = article;
        this.body = body;
        this.comments = comments;
        this.zone = zone;
    }

    /** A page with a plain list of comments (tests, previews). */
    public ArticlePage(Article article, Document body, List<Comment> comments, int unreadableComments, ZoneId zone) {
        this(article, body, withUnreadable(CommentWindow.of(article.id(), comments), unreadableComments), zone);
    }

    private static CommentWindow withUnreadable(CommentWindow w, int unreadable) {
        return new CommentWindow(w.discussion(), w.from(), w.texts(), unreadable);
    }

    public Article article() {
        return article;
    }

    public Document body() {
        return body;
    }

    /** The part of the discussion laid out. */
    public CommentWindow comments() {
        return comments;
    }

    public Discussion discussion() {
        return comments.discussion();
    }

    /** A page with another window of comments (a new one saved, or scrolled to), sharing the rendered body. */
    public ArticlePage withComments(CommentWindow window) {
        return new ArticlePage(article, body, window, zone);
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

    private Layout build(int width) {
        List<StyledLine> out = new ArrayList<>();
        // Untitled posts (microblogs) start with their byline, as they do on their sites.
        String title = article.title() == null ? "" : TextWidth.plainTitle(article.title());
        if (!title.isEmpty()) {
            for (String l : Wrap.wrap(title, width)) out.add(StyledLine.of(l, Style.HEADING));
        }
        List<String> head = new ArrayList<>(List.of(byline(), tagLine()));
        head.addAll(attachmentLines());
        for (String line : head) {
            if (line.isEmpty()) continue;
            for (String l : wrapParts(line, width)) out.add(StyledLine.of(l, Style.DIM));
        }
        if (!out.isEmpty()) out.add(StyledLine.EMPTY);    // no blank first line above a body with neither
        out.addAll(body.layout(width));
        out.add(StyledLine.EMPTY);
        CommentsSection.Places places = CommentsSection.layout(comments, width, zone, out);
        return new Layout(width, List.copyOf(out), places);
    }

    /**
     * The item's categories, which the list's / filter matches too: without them on the page
     * a filter for "movies" would show an article that says "movies" nowhere. Set apart by
     * " · " as the byline's parts are: a tag may hold a comma ("Arts, Culture").
     */
    private String tagLine() {
        List<String> tags = article.tags().stream().map(t -> Sanitizer.clean(t).strip())
                .filter(t -> !t.isEmpty()).distinct().toList();
        return tags.isEmpty() ? "" : "Tags: " + String.join(BETWEEN_PARTS, tags);
    }

    /**
     * The item's attachments under the byline, numbered as in the Links list (4o plays [4]): a
     * podcast's episode is what its item is for, and newsboat shows it at the top too. At
     * most {@value #ATTACHMENT_LINES}; a gallery's rest is in the list.
     */
    private List<String> attachmentLines() {
        List<Link> all = body.attachments();
        List<String> out = new ArrayList<>();
        for (Link l : all.subList(0, Math.min(ATTACHMENT_LINES, all.size()))) {
            String url = UrlText.readable(l.url());
            // A size stays whole on its row: a no-break space between "54.9" and "MB".
            String label = l.label().replaceAll("(\\d) (bytes?|[kMGTPE]B)\\b", "$1\u00a0$2");
            out.add("Attachment [" + l.number() + "]: " + (label.isEmpty() ? url : label + BETWEEN_PARTS + url));
        }
        int more = all.size() - ATTACHMENT_LINES;
        if (more > 0) out.add(more + (more == 1 ? " more attachment" : " more attachments") + " under Links");
        return out;
    }

    /**
     * A line of parts set apart by " · " (the byline, tags, an attachment), wrapped with no
     * row starting with a "·" (a row that starts "· http://…" reads as a list): the dot goes
     * to the end of the row before where it fits, else the row break alone sets the parts apart.
     */
    static List<String> wrapParts(String line, int width) {
        List<String> rows = new ArrayList<>(Wrap.wrap(line, width));
        for (int i = 1; i < rows.size(); i++) {
            String row = rows.get(i);
            boolean alone = row.equals(SEPARATOR);
            if (!alone && !row.startsWith(SEPARATOR + " ")) continue;
            if (TextWidth.columns(rows.get(i - 1)) + 2 <= width) rows.set(i - 1, rows.get(i - 1) + " " + SEPARATOR);
            if (alone) rows.remove(i--);
            else rows.set(i, row.substring(2));
        }
        return rows;
    }

    private String byline() {
        List<String> parts = new ArrayList<>();
        String by = article.byline();
        if (by != null) parts.add("By " + Sanitizer.clean(by));
        // With the time of day, as several posts of a day (earthquakes, link posts) are told
        // apart by it; not for a date the feed gave without one.
        Instant date = article.date();
        String day = Dates.day(Dates.isDateOnly(date) ? DAY : DAY_TIME, date, zone);
        if (!day.isEmpty()) parts.add(day);
        if (article.link() != null) parts.add(Sanitizer.clean(UrlText.readable(article.link())));
        return String.join(BETWEEN_PARTS, parts);
    }
}
