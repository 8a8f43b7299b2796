package dev.gazette.feed;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import dev.gazette.feed.JsonPositions.Position;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one JSON Feed item into an {@link Article}, and the author objects that feeds and
 * items share. Only what the headline list needs is kept as objects; the bodies go to a
 * {@link ContentStore}. Unknown keys and "_" extensions are skipped.
 */
final class ItemReader {
    /**
     * Names, tags, mime types and whole author and tag lists repeat across items; share one
     * copy, up to this many distinct values. (Article copies lists with List.copyOf, which
     * keeps an immutable list as it is.)
     */
    private static final int MAX_SHARED = 50_000;

    private final JsonValues values;
    private final ContentStore bodies;
    private final JsonFileBodies inFile; // null: every body is kept in the store
    private final BodyPlacement placement = new BodyPlacement();
    private final DerivedIds ids = new DerivedIds();
    private final UniqueIds uniqueIds = new UniqueIds();
    private final Map<Object, Object> shared = new HashMap<>();

    ItemReader(JsonValues values, ContentStore bodies) {
        this(values, bodies, null);
    }

    /** @param inFile where bodies are left in the file (big files in the reader), or null to keep them all */
    ItemReader(JsonValues values, ContentStore bodies, JsonFileBodies inFile) {
        this.values = values;
        this.bodies = bodies;
        this.inFile = inFile;
    }

    /**
     * Reads the item object the reader has just peeked.
     *
     * @param index the item's 1-based place in the items array, for messages
     */
    Article read(JsonReader in, int index) throws IOException {
        Position start = JsonPositions.startOfPeeked(in);
        values.startItem(index);
        String id = null;
        String title = null;
        String url = null;
        String externalUrl = null;
        String image = null;
        String html = null;
        String text = null;
        String summary = null;
        Instant published = null;
        Instant modified = null;
        List<Author> authors = List.of();
        Author author = null;
        List<String> tags = List.of();
        List<Attachment> attachments = List.of();
        // Bodies left in the file, when leaving them there is allowed (see leaveInFile).
        JsonFileBodies.Span htmlAt = null;
        JsonFileBodies.Span textAt = null;
        JsonFileBodies.Span summaryAt = null;
        // Where each body read here was written, so that a problem in one is reported there.
        Position htmlFrom = null;
        Position textFrom = null;
        Position summaryFrom = null;

        in.beginObject();
        while (in.hasNext()) {
            String name = in.nextName();
            switch (name) {
                case "id": id = values.id(in, name); break;
                case "title": title = values.string(in, name); break;
                case "url": url = values.string(in, name); break;
                case "external_url": externalUrl = values.string(in, name); break;
                case "image": image = values.string(in, name); break;
                case "content_html":
                    htmlAt = leaveInFile(id, url, title) ? inFile.skipString(in) : null;
                    if (htmlAt == null) {
                        htmlFrom = valueStart(in);
                        html = values.body(in, name);
                    }
                    break;
                case "content_text":
                    textAt = leaveInFile(id, url, title) ? inFile.skipString(in) : null;
                    if (textAt == null) {
                        textFrom = valueStart(in);
                        text = values.body(in, name);
                    }
                    break;
                case "summary":
                    summaryAt = leaveInFile(id, url, title) ? inFile.skipString(in) : null;
                    if (summaryAt == null) {
                        summaryFrom = valueStart(in);
                        summary = values.body(in, name);
                    }
                    break;
                case "date_published": published = values.date(in, name); break;
                case "date_modified": modified = values.date(in, name); break;
                case "authors": authors = authors(in); break;
                case "author": author = author(in, name); break;
                case "tags": tags = tags(in); break;
                case "attachments": attachments = attachments(in); break;
                default: in.skipValue();
            }
        }
        in.endObject();

        boolean derived = id == null || id.isEmpty();
        boolean leftInFile = htmlAt != null || textAt != null || summaryAt != null;
        if (leftInFile && (html != null || text != null || summary != null || !leaveInFile(id, url, title))) {
            // Rare (a key order where the title or id came after a body, or part of the body
            // read here): the bodies go to the store after all, read back from the file.
            if (htmlAt != null) html = inFile.read(htmlAt);
            if (textAt != null) text = inFile.read(textAt);
            if (summaryAt != null) summary = inFile.read(summaryAt);
            leftInFile = false;
        }
        if (derived) {
            id = ids.derive(url, title, html, text, summary);
            values.problem(start, "item " + index + " has no id; using " + ProblemText.quote(id));
        }
        String given = id;
        id = uniqueIds.claim(given, index);
        if (!id.equals(given)) {
            values.problem(start, "item " + index + " has the id of item " + uniqueIds.earlierItem() + "; using "
                    + ProblemText.quote(id));
        }
        // JSON Feed 1.1 "authors" supersedes 1.0 "author".
        if (authors.isEmpty() && author != null) authors = List.of(author);
        if (id.equals(url)) url = id; // often the same text: keep one copy
        return new Article(id, derived, title, url, externalUrl, null, image, published, modified,
                share(List.copyOf(authors)), share(List.copyOf(tags)), attachments,
                leftInFile ? inFile.source(htmlAt, textAt, summaryAt)
                        : keep(html, text, summary, index, new ContentBlock.Origins(
                                orStart(htmlFrom, start), orStart(textFrom, start), orStart(summaryFrom, start))));
    }

    /** Where the value about to be read starts (a string's opening quote). */
    private static Position valueStart(JsonReader in) throws IOException {
        in.peek();
        return JsonPositions.startOfPeeked(in);
    }

    /** A body read back from the file after all has no place of its own here: its item's start stands in. */
    private static Position orStart(Position from, Position start) {
        return from != null && from.known() ? from : start;
    }

    private ContentSource keep(String html, String text, String summary, int index, ContentBlock.Origins origins)
            throws InterruptedIOException {
        placement.kept(length(html) + length(text) + length(summary));
        return bodies.addChecked(html, text, summary, index, origins);
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }

    /**
     * Whether a body met now may stay in the file: when the feed's bodies are long enough for
     * that to pay ({@link BodyPlacement}), and the item's list entry will never need it, that
     * is when it has a title to show (an untitled post shows its opening words) and an id or
     * a url to be known by (else the id is derived from the body).
     */
    private boolean leaveInFile(String id, String url, String title) {
        return inFile != null && placement.leaveInFile() && title != null && !title.isBlank()
                && (id != null && !id.isEmpty() || url != null && !url.isEmpty());
    }

    /** A 1.1 "authors" array; entries without a name or url are dropped. */
    List<Author> authors(JsonReader in) throws IOException {
        if (!isArray(in, "authors")) return List.of();
        List<Author> list = new ArrayList<>(2);
        in.beginArray();
        for (int i = 0; in.hasNext(); i++) {
            Author a = author(in, "authors[" + i + "]");
            if (a != null) list.add(a);
        }
        in.endArray();
        return list;
    }

    /** A 1.0 "author" object (or one entry of "authors"); null when absent, empty or of the wrong type. */
    Author author(JsonReader in, String field) throws IOException {
        if (!isObject(in, field)) return null;
        String name = null;
        String url = null;
        in.beginObject();
        while (in.hasNext()) {
            String key = in.nextName();
            switch (key) {
                case "name": name = values.string(in, field + ".name"); break;
                case "url": url = values.string(in, field + ".url"); break;
                default: in.skipValue(); // avatar: the terminal shows no pictures
            }
        }
        in.endObject();
        Author a = new Author(share(name), share(url));
        return a.displayName() == null ? null : share(a);
    }

    private List<String> tags(JsonReader in) throws IOException {
        if (!isArray(in, "tags")) return List.of();
        List<String> list = new ArrayList<>();
        in.beginArray();
        for (int i = 0; in.hasNext(); i++) {
            String tag = values.string(in, "tags[" + i + "]");
            if (tag != null) list.add(share(tag));
        }
        in.endArray();
        return list;
    }

    private List<Attachment> attachments(JsonReader in) throws IOException {
        if (!isArray(in, "attachments")) return List.of();
        List<Attachment> list = new ArrayList<>();
        in.beginArray();
        for (int i = 0; in.hasNext(); i++) {
            String field = "attachments[" + i + "]";
            if (!isObject(in, field)) continue;
            Position start = JsonPositions.startOfPeeked(in);
            String url = null;
            String mimeType = null;
            String title = null;
            Long size = null;
            Long duration = null;
            in.beginObject();
            while (in.hasNext()) {
                String key = in.nextName();
                switch (key) {
                    case "url": url = values.string(in, field + ".url"); break;
                    case "mime_type": mimeType = share(values.string(in, field + ".mime_type")); break;
                    case "title": title = values.string(in, field + ".title"); break;
                    case "size_in_bytes": size = values.wholeNumber(in, field + ".size_in_bytes"); break;
                    case "duration_in_seconds": duration = values.wholeNumber(in, field + ".duration_in_seconds"); break;
                    default: in.skipValue();
                }
            }
            in.endObject();
            if (url == null || url.isEmpty()) {
                values.problem(start, values.where() + ": " + field + " has no url; ignored");
            } else {
                list.add(new Attachment(url, mimeType, title, size, duration));
            }
        }
        in.endArray();
        return list;
    }

    /** True when the next value is an array; false after skipping a null or reporting another type. */
    private boolean isArray(JsonReader in, String field) throws IOException {
        return is(in, JsonToken.BEGIN_ARRAY, field, "an array");
    }

    private boolean isObject(JsonReader in, String field) throws IOException {
        return is(in, JsonToken.BEGIN_OBJECT, field, "an object");
    }

    private boolean is(JsonReader in, JsonToken expected, String field, String description) throws IOException {
        JsonToken token = in.peek();
        if (token == expected) return true;
        if (token == JsonToken.NULL) in.nextNull();
        else values.wrongType(in, field, description);
        return false;
    }

    @SuppressWarnings("unchecked")
    private <T> T share(T value) {
        if (value == null) return null;
        Object known = shared.get(value);
        if (known != null) return (T) known;
        if (shared.size() < MAX_SHARED) shared.put(value, value);
        return value;
    }
}
