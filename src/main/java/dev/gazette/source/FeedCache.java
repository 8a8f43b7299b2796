package dev.gazette.source;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/**
 * The last good copy of each URL ({@code $XDG_CACHE_HOME/gazette/}): for a URL named N by
 * {@link UrlNames}, {@code N.feed} holds the body as fetched (decoded, ready for the feed
 * loader) and {@code N.meta.json} its validators (ETag, Last-Modified), when it was fetched
 * and last confirmed, the URL it finally came from, a permanent move, and a Retry-After
 * time. Both are replaced whole (temporary file, then rename), the body first, so a crash
 * never pairs a new validator with an old body (which would make the server answer 304 to
 * a copy it never sent). Everything here may be deleted: it is fetched again.
 */
public final class FeedCache {
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().create();

    private final Path folder;

    public FeedCache(Path folder) {
        this.folder = folder;
    }

    /** The cache in {@link XdgDirs#cache(Map)}. */
    public static FeedCache at(Map<String, String> env) {
        return new FeedCache(XdgDirs.cache(env));
    }

    public Path folder() {
        return folder;
    }

    /** The last good copy of url, if it was ever fetched and its body is still there. */
    public Optional<CachedCopy> copy(URI url) {
        return copy(url, meta(url));
    }

    Path bodyFile(URI url) {
        return folder.resolve(UrlNames.of(url) + ".feed");
    }

    Path metaFile(URI url) {
        return folder.resolve(UrlNames.of(url) + ".meta.json");
    }

    /** What is known of url; an unreadable or foreign sidecar counts as nothing known. */
    Meta meta(URI url) {
        try {
            Meta m = GSON.fromJson(Files.readString(metaFile(url), StandardCharsets.UTF_8), Meta.class);
            // Two URLs with the same name would need a SHA-256 collision; a hand-copied file is likelier.
            if (m == null || !url.toString().equals(m.url)) return new Meta(url);
            return m;
        } catch (NoSuchFileException e) {
            return new Meta(url);
        } catch (IOException | JsonParseException e) {
            return new Meta(url);
        }
    }

    Optional<CachedCopy> copy(URI url, Meta m) {
        Path body = bodyFile(url);
        Optional<Instant> fetched = instant(m.fetchedAt);
        Optional<URI> finalUrl = uri(m.finalUrl);
        if (fetched.isEmpty() || !Files.isRegularFile(body)) return Optional.empty();
        return Optional.of(new CachedCopy(body, fetched.get(), instant(m.checkedAt).orElse(fetched.get()), finalUrl.orElse(url)));
    }

    /** Moves a freshly downloaded body into place, then records its validators. */
    CachedCopy storeBody(URI url, FetchOutcome.Downloaded d, Meta m, Instant now) throws IOException {
        Files.createDirectories(folder);
        AtomicFiles.move(d.temp(), bodyFile(url));
        m.etag = d.etag().orElse(null);
        m.lastModified = d.lastModified().orElse(null);
        m.fetchedAt = now.toString();
        m.checkedAt = now.toString();
        m.finalUrl = d.finalUrl().toString();
        m.retryNotBefore = null;
        d.movedTo().ifPresent(to -> m.movedTo = to.toString());
        writeMeta(url, m);
        return copy(url, m).orElseThrow(() -> new IOException(bodyFile(url) + ": vanished after it was written"));
    }

    /** Records that the server confirmed the cached copy (a 304), with any new validators. */
    CachedCopy confirm(URI url, FetchOutcome.NotModified n, Meta m, Instant now) throws IOException {
        n.etag().ifPresent(e -> m.etag = e);
        n.lastModified().ifPresent(l -> m.lastModified = l);
        m.checkedAt = now.toString();
        m.retryNotBefore = null;
        n.movedTo().ifPresent(to -> m.movedTo = to.toString());
        writeMeta(url, m);
        return copy(url, m).orElseThrow(() -> new IOException(bodyFile(url) + ": missing although the server says it is current"));
    }

    /**
     * The cached copy of url could not be read as a feed (stored by an older Gazette, or
     * damaged on disk): its validators go, so the next fetch asks for the whole body instead
     * of whether this copy is still current, which a server would confirm with a 304 forever.
     */
    public void distrust(URI url) {
        Meta m = meta(url);
        if (m.etag == null && m.lastModified == null) return;
        m.etag = null;
        m.lastModified = null;
        try {
            writeMeta(url, m);
        } catch (IOException e) {
            // Then the next fetch may be answered 304 once more, and this is tried again.
        }
    }

    /**
     * Records what a failure teaches for next time: when to retry. Not where a permanent
     * redirect pointed: a move is learned only from a fetch that ends in a feed, since a 301
     * into a loop or an error, once remembered, sent every later fetch there, after the
     * server was mended too (found by a review against a local server).
     */
    void noteFailure(URI url, FetchOutcome.Failed f, Meta m) throws IOException {
        if (f.error().retryAt().isEmpty()) return;
        m.retryNotBefore = f.error().retryAt().get().toString();
        writeMeta(url, m);
    }

    private void writeMeta(URI url, Meta m) throws IOException {
        AtomicFiles.write(metaFile(url), (GSON.toJson(m) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    static Optional<Instant> instant(String s) {
        if (s == null) return Optional.empty();
        try {
            return Optional.of(Instant.parse(s));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static Optional<URI> uri(String s) {
        if (s == null) return Optional.empty();
        try {
            return Optional.of(Source.url(s));
        } catch (SourceException e) {
            return Optional.empty();
        }
    }

    /** The sidecar as stored; strings so that Gson needs no adapters and a hand edit cannot crash a read. */
    static final class Meta {
        String url;
        String finalUrl;
        String etag;
        String lastModified;
        String fetchedAt;
        String checkedAt;
        String movedTo;
        String retryNotBefore;

        Meta(URI url) {
            this.url = url.toString();
        }

        Validators validators() {
            return new Validators(Optional.ofNullable(etag), Optional.ofNullable(lastModified));
        }
    }
}
