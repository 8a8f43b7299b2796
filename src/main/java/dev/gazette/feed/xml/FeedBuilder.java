package dev.gazette.feed.xml;

import dev.gazette.feed.Article;
import dev.gazette.feed.Author;
import dev.gazette.feed.BodyPlacement;
import dev.gazette.feed.ContentSource;
import dev.gazette.feed.ContentStore;
import dev.gazette.feed.DerivedIds;
import dev.gazette.feed.Feed;
import dev.gazette.feed.LoadListener;
import dev.gazette.feed.ProblemLog;
import dev.gazette.feed.Progress;
import dev.gazette.feed.UniqueIds;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects an RSS or Atom feed as it is read, for either reader: the feed's own fields,
 * the articles in file order (each handed to the listener as soon as it is complete, so a
 * huge file shows its first headlines at once), the bodies in the {@link ContentStore},
 * the warnings with the item they belong to, and the counts for the header.
 */
final class FeedBuilder implements XmlCursor.Warnings {
    /** Names, tags and whole author and tag lists repeat across items: one copy each, up to this many. */
    private static final int MAX_SHARED = 50_000;
    private static final int MAX_QUOTED = 60;

    private final ContentStore bodies;
    private final LoadListener listener;
    private final Progress progress;
    private final ProblemLog log = new ProblemLog();
    private final DerivedIds ids = new DerivedIds();
    private final BodyPlacement placement = new BodyPlacement();
    private final Map<Object, Object> shared = new HashMap<>();
    private final List<Article> articles = new ArrayList<>();
    private final List<Author> feedAuthors = new ArrayList<>(1);
    private Author editor;
    private final UniqueIds uniqueIds = new UniqueIds();

    String title;
    String homePageUrl;
    String feedUrl;
    String description;

    private boolean started;
    private ItemDraft current;
    private int items;
    private int repaired;

    FeedBuilder(ContentStore bodies, LoadListener listener, Progress progress) {
        this.bodies = bodies;
        this.listener = listener;
        this.progress = progress;
    }

    /** An item or entry starts at line:column; its fields go into the draft returned. */
    ItemDraft startItem(int line, int column) {
        if (!started) {
            started = true;
            listener.itemsStarting(title);
        }
        items++;
        current = new ItemDraft(items, line, column);
        return current;
    }

    /**
     * Whether the current item's body is to be read now even where bodies could stay in the
     * file: while the feed's bodies are measured or when they are short ({@link BodyPlacement}),
     * and when the item's list entry needs it (an untitled item shows its opening words, one
     * with no id and no link is known by an id derived from its body).
     */
    boolean bodyNeededNow() {
        ItemDraft d = current;
        return !placement.leaveInFile() || d == null || d.title == null || d.title.isBlank()
                || d.id == null && d.link == null;
    }

    /** The current item is complete. */
    void endItem() throws InterruptedIOException {
        ItemDraft d = current;
        Article a = unique(d, d.build(this));
        current = null;
        if (d.repaired) repaired++;
        articles.add(a);
        listener.article(a);
        progress.item(items);
    }

    /**
     * The article, with "#2", "#3"... after its id when an earlier item of the feed has the
     * same one (a feed that gives one guid to two items): the id keys comments and read
     * marks, which must never land on the wrong item. File order decides, so it is stable.
     */
    private Article unique(ItemDraft d, Article a) {
        String id = uniqueIds.claim(a.id(), d.index);
        if (id.equals(a.id())) return a;
        problem(d.line, d.column, "item " + d.index + " has the id of item " + uniqueIds.earlierItem() + "; using "
                + quote(id), true);
        return new Article(id, a.idDerived(), a.title(), a.url(), a.externalUrl(), a.discussionUrl(), a.image(), a.published(),
                a.modified(), a.authors(), a.tags(), a.attachments(), a.content());
    }

    /** An author of the whole feed: credited on the items that name none (Atom's rule). */
    void feedAuthor(Author a) {
        if (a != null && a.displayName() != null && !feedAuthors.contains(a)) feedAuthors.add(share(a));
    }

    /**
     * RSS managingEditor: the feed's author only when it names no other, as feedparser reads
     * it, and only when it gives a name: a bare address ("dave@userland.com") on every
     * unsigned item read as noise, and showed the address to anyone reading.
     */
    void editor(Author a) {
        if (editor != null || a == null || a.displayName() == null) return;
        if (a.url() != null && a.url().equals("mailto:" + a.name())) return;
        editor = share(a);
    }

    /** Who is credited on an item that names nobody: the feed's authors, else its editor. */
    List<Author> feedAuthors() {
        return feedAuthors.isEmpty() && editor != null ? List.of(editor) : feedAuthors;
    }

    /** A problem of the current item (or the feed), which then counts as repaired. */
    @Override
    public void warn(int line, int column, String message) {
        problem(line, column, (current == null ? "feed: " : "item " + current.index + ": ") + message, true);
    }

    /** A problem of the current item at an {@link XmlCursor#position}. */
    void warn(long position, String message) {
        warn(XmlPosition.line(position), XmlPosition.column(position), message);
    }

    /** A problem with its whole message; repair says whether the current item counts as repaired. */
    void problem(int line, int column, String message, boolean repair) {
        log.add(line, column, message);
        if (repair && current != null) current.repaired = true;
    }

    String deriveId(String url, String itemTitle, String html, String text, String summary) {
        return ids.derive(url, itemTitle, html, text, summary);
    }

    ContentSource store(CharSequence html, CharSequence text, CharSequence summary) throws InterruptedIOException {
        placement.kept(length(html) + length(text) + length(summary));
        return bodies.add(html, text, summary);
    }

    private static int length(CharSequence s) {
        return s == null ? 0 : s.length();
    }

    /**
     * The feed in file order; what the feed says after its items applies here: its authors,
     * and its link, the base of item links that were relative and had none when read.
     */
    Feed finish() throws InterruptedIOException {
        bodies.finish();
        progress.done(items);
        if (!feedAuthors().isEmpty()) {
            List<Author> inherited = List.copyOf(feedAuthors());
            articles.replaceAll(a -> !a.authors().isEmpty() ? a
                    : new Article(a.id(), a.idDerived(), a.title(), a.url(), a.externalUrl(), a.discussionUrl(), a.image(),
                            a.published(), a.modified(), inherited, a.tags(), a.attachments(), a.content()));
        }
        if (homePageUrl != null && Links.isAbsolute(homePageUrl)) articles.replaceAll(this::withAbsoluteLinks);
        return new Feed(title, homePageUrl, feedUrl, description, articles, log.problems(), 0, repaired);
    }

    /** The article with its links made absolute against the feed's link where they are relative. */
    private Article withAbsoluteLinks(Article a) {
        if (isAbsoluteOrNull(a.url()) && isAbsoluteOrNull(a.externalUrl()) && isAbsoluteOrNull(a.discussionUrl())
                && isAbsoluteOrNull(a.image())) return a;
        return new Article(a.id(), a.idDerived(), a.title(), Links.resolve(homePageUrl, a.url()),
                Links.resolve(homePageUrl, a.externalUrl()), Links.resolve(homePageUrl, a.discussionUrl()),
                Links.resolve(homePageUrl, a.image()), a.published(), a.modified(), a.authors(), a.tags(),
                a.attachments(), a.content());
    }

    private static boolean isAbsoluteOrNull(String link) {
        return link == null || Links.isAbsolute(link);
    }

    @SuppressWarnings("unchecked")
    <T> T share(T value) {
        if (value == null) return null;
        Object known = shared.get(value);
        if (known != null) return (T) known;
        if (shared.size() < MAX_SHARED) shared.put(value, value);
        return value;
    }

    /** A value quoted for a message, cut to a readable length. */
    static String quote(String value) {
        String v = value.length() > MAX_QUOTED ? value.substring(0, MAX_QUOTED) + "\u2026" : value;
        return '"' + v + '"';
    }
}
