package dev.gazette.feed;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import dev.gazette.feed.JsonPositions.Position;
import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Reads a JSON Feed (1.0 or 1.1) document from a streaming JsonReader, one item at a
 * time, so that a huge feed is never held as a JSON tree: the top-level object, the
 * version check, the feed's own fields and the items array. Items go to {@link ItemReader}.
 * The result is in file order; sorting is {@link ArticleOrder}'s job.
 */
final class JsonFeedReader {
    static final String VERSION_HTTPS = "https://jsonfeed.org/version/";
    /** Some feeds in the wild write the version URL with http. */
    static final String VERSION_HTTP = "http://jsonfeed.org/version/";

    private static final String NO_VERSION = "not a JSON Feed (no \"version\" such as \"https://jsonfeed.org/version/1.1\")";
    /** Dave Winer's RSS in JSON: an object with an "rss" member, the XML's elements as keys. */
    private static final String RSS_IN_JSON = "RSS written as JSON (a top-level \"rss\" object), not a JSON Feed";

    private final JsonReader in;
    private final ContentStore bodies;
    private final LoadListener listener;
    private final Progress progress;
    private final ProblemLog log = new ProblemLog();
    private final JsonValues values = new JsonValues(log);
    private final ItemReader items;

    private String version;
    private boolean hasItems;
    private boolean rssInJson;
    private String title;
    /** A title of the wrong type is reported where it stands, not again as missing. */
    private boolean titleGiven;
    private String homePageUrl;
    private String feedUrl;
    private String description;
    private List<Author> feedAuthors = List.of();  // 1.1 "authors"
    private List<Author> feedAuthor10 = List.of(); // 1.0 "author", as a list
    private final List<Article> articles = new ArrayList<>();
    private int itemsSeen;
    private int skipped;
    /** Items with a problem, by index: a body's control characters are found after its item was read. */
    private final BitSet repaired = new BitSet();

    JsonFeedReader(JsonReader in, ContentStore bodies, LoadListener listener, Progress progress) {
        this(in, bodies, null, listener, progress);
    }

    /** @param inFile where bodies are left in the file, or null to keep them all in the store */
    JsonFeedReader(JsonReader in, ContentStore bodies, JsonFileBodies inFile, LoadListener listener,
                   Progress progress) {
        this.in = in;
        this.bodies = bodies;
        this.listener = listener;
        this.progress = progress;
        this.items = new ItemReader(values, bodies, inFile);
    }

    /** Reads the whole document; articles are in file order. */
    Feed read() throws IOException, FeedFormatException {
        JsonToken top = peekTop();
        if (top != JsonToken.BEGIN_OBJECT) {
            throw new FeedFormatException("not a JSON Feed (top level is " + JsonPositions.describe(top) + ")");
        }
        in.beginObject();
        while (in.hasNext()) {
            String name = in.nextName();
            values.startItem(0);
            switch (name) {
                case "version": readVersion(); break;
                case "title": titleGiven = in.peek() != JsonToken.NULL; title = values.string(in, name); break;
                case "home_page_url": homePageUrl = values.string(in, name); break;
                case "feed_url": feedUrl = values.string(in, name); break;
                case "description": description = values.string(in, name); break;
                case "authors": feedAuthors = List.copyOf(items.authors(in)); break;
                case "author": feedAuthor10 = listOf(items.author(in, name)); break;
                case "items": hasItems = true; readItems(); break;
                case "rss": rssInJson = true; in.skipValue(); break;
                default: in.skipValue();
            }
        }
        in.endObject();
        expectEndOfDocument();
        if (version == null) throw new FeedFormatException(rssInJson ? RSS_IN_JSON : NO_VERSION);
        if (!titleGiven) log.add(0, 0, "feed: no \"title\" (JSON Feed requires one; the file's name is shown)");
        if (!hasItems) log.add(0, 0, "feed: no \"items\" (JSON Feed requires the array, even empty)");
        for (ContentStore.Controls c : bodies.finish()) {
            if (c.html() != null) values.bodyHadControls(c.item(), c.html(), "content_html");
            if (c.text() != null) values.bodyHadControls(c.item(), c.text(), "content_text");
            if (c.summary() != null) values.bodyHadControls(c.item(), c.summary(), "summary");
            repaired.set(c.item());
        }
        progress.done(itemsSeen);
        return new Feed(title, homePageUrl, feedUrl, description, withFeedAuthors(articles),
                log.problems(), skipped, repaired.cardinality());
    }

    private JsonToken peekTop() throws IOException, FeedFormatException {
        try {
            return in.peek();
        } catch (EOFException onlyWhitespace) {
            throw new FeedFormatException("empty file");
        }
    }

    /** Checked as soon as it is seen, so a file that is not a feed fails before its items are read. */
    private void readVersion() throws IOException, FeedFormatException {
        JsonToken token = in.peek();
        if (token != JsonToken.STRING) {
            if (token == JsonToken.NULL) throw new FeedFormatException(NO_VERSION);
            throw new FeedFormatException("not a JSON Feed (\"version\" is " + JsonPositions.describe(token) + ", not a string)");
        }
        String v = in.nextString();
        if (!v.startsWith(VERSION_HTTPS) && !v.startsWith(VERSION_HTTP)) {
            throw new FeedFormatException("not a JSON Feed (version " + ProblemText.quote(v)
                    + " is not a JSON Feed version such as \"https://jsonfeed.org/version/1.1\")");
        }
        version = v;
    }

    private void readItems() throws IOException {
        JsonToken token = in.peek();
        if (token != JsonToken.BEGIN_ARRAY) {
            values.wrongType(in, "items", "an array");
            return;
        }
        in.beginArray();
        listener.itemsStarting(title);
        while (in.hasNext()) {
            itemsSeen++;
            JsonToken kind = in.peek();
            if (kind == JsonToken.BEGIN_OBJECT) {
                Article a = items.read(in, itemsSeen);
                if (values.repaired()) repaired.set(itemsSeen);
                a = withFeedAuthors(a);
                articles.add(a);
                if (version != null) listener.article(a);
            } else {
                // "null where an item should be is skipped" (DESIGN 5); so is any other non-object.
                Position at = JsonPositions.skipValue(in);
                skipped++;
                log.add(at, "item " + itemsSeen + (kind == JsonToken.NULL
                        ? " is null; skipped"
                        : " is " + JsonPositions.describe(kind) + ", not an object; skipped"));
            }
            progress.item(itemsSeen);
        }
        in.endArray();
        values.startItem(0);
    }

    /** Strict JSON: nothing but whitespace may follow the feed object. */
    private void expectEndOfDocument() throws IOException, FeedFormatException {
        try {
            if (in.peek() != JsonToken.END_DOCUMENT) {
                throw new FeedFormatException(JsonPositions.of(in),
                        "invalid JSON: unexpected text after the end of the feed object");
            }
        } catch (MalformedJsonException e) {
            throw JsonSyntaxErrors.trailingData(e);
        }
    }

    /** The feed's authors, for items that name none (JSON Feed: items inherit them). */
    private List<Author> feedAuthors() {
        return feedAuthors.isEmpty() ? feedAuthor10 : feedAuthors;
    }

    private static List<Author> listOf(Author a) {
        return a == null ? List.of() : List.of(a);
    }

    private Article withFeedAuthors(Article a) {
        List<Author> inherited = feedAuthors();
        if (!a.authors().isEmpty() || inherited.isEmpty()) return a;
        return new Article(a.id(), a.idDerived(), a.title(), a.url(), a.externalUrl(), a.discussionUrl(), a.image(),
                a.published(), a.modified(), inherited, a.tags(), a.attachments(), a.content());
    }

    /** Feed-level authors can come after the items in the file: apply them at the end too. */
    private List<Article> withFeedAuthors(List<Article> list) {
        if (feedAuthors().isEmpty()) return list;
        list.replaceAll(this::withFeedAuthors);
        return list;
    }
}
