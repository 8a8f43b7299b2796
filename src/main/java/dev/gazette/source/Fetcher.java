package dev.gazette.source;

import dev.gazette.source.FetchError.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * One conditional GET of one URL with the JDK's HttpClient, following redirects itself
 * (the client's own following cannot count them, see a loop, or tell a permanent move).
 * It blocks its thread: the {@link Refresher} runs it on workers under the limits.
 *
 * <p>The whole fetch, redirects and body included, must finish within the request
 * timeout: the client's own timeout only covers the wait for the response headers, so a
 * watchdog closes the body stream when the time is up.
 */
final class Fetcher implements AutoCloseable {
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final String ACCEPT = "application/feed+json, application/atom+xml, application/rss+xml, "
            + "application/rdf+xml, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8";

    private final FetchSettings settings;
    private final CompletableFuture<HttpClient> client;
    private final Clock clock;
    private final ScheduledExecutorService watchdog;

    Fetcher(FetchSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        // Building a client sets up TLS (a few hundred milliseconds on a cold JVM): start it
        // now on another thread so that reading the cache and queueing overlap with it.
        this.client = CompletableFuture.supplyAsync(() -> HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build());
        this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "gazette-fetch-watchdog");
            t.setDaemon(true);
            return t;
        });
    }

    /** Stops the timeout watchdog; the HttpClient's own threads end with it (they are daemons). */
    @Override
    public void close() {
        watchdog.shutdownNow();
    }

    FetchSettings settings() {
        return settings;
    }

    /**
     * Fetches url, conditionally if validators are given, writing a new body to a
     * temporary file in folder. Never throws: every failure is a {@link FetchOutcome.Failed}.
     */
    FetchOutcome fetch(URI url, Validators validators, Path folder) {
        long deadline = System.nanoTime() + settings.requestTimeout().toNanos();
        List<URI> chain = new ArrayList<>(List.of(url));
        Optional<URI> movedTo = Optional.empty();
        boolean permanentSoFar = true;
        URI current = url;
        while (true) {
            HttpResponse<InputStream> response;
            try {
                response = client.join().send(request(current, validators, deadline), HttpResponse.BodyHandlers.ofInputStream());
            } catch (IOException e) {
                // The whole request's time ran out first, while connecting: the JDK calls that a connect timeout too.
                boolean pastDeadline = System.nanoTime() - deadline >= 0;
                return new FetchOutcome.Failed(FetchErrors.of(e, current, settings, pastDeadline), movedTo);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new FetchOutcome.Failed(FetchError.of(Kind.NETWORK, "fetch cancelled"), movedTo);
            }
            int status = response.statusCode();
            if (!REDIRECTS.contains(status)) return answer(response, current, validators, movedTo, deadline, folder);
            discard(response);
            Optional<String> location = response.headers().firstValue("Location");
            if (location.isEmpty()) {
                return failed(Kind.REDIRECT, "HTTP " + status + " redirect without a Location", movedTo);
            }
            URI next;
            try {
                next = Source.url(current.resolve(location.get().strip()).toString());
            } catch (SourceException | IllegalArgumentException e) {
                return failed(Kind.REDIRECT, "redirected to a URL that cannot be fetched: "
                        + SourceException.oneLine(location.get()), movedTo);
            }
            if (chain.contains(next)) {
                chain.add(next);
                return failed(Kind.REDIRECT, "redirect loop: " + chain.stream().map(URI::toString)
                        .collect(Collectors.joining(" -> ")), movedTo);
            }
            if (chain.size() > settings.maxRedirects()) {
                return failed(Kind.REDIRECT, "too many redirects (more than " + settings.maxRedirects() + ")", movedTo);
            }
            chain.add(next);
            permanentSoFar &= status == 301 || status == 308;
            if (permanentSoFar) movedTo = Optional.of(next);
            current = next;
        }
    }

    private HttpRequest request(URI url, Validators validators, long deadline) {
        Duration left = Duration.ofNanos(deadline - System.nanoTime());
        HttpRequest.Builder b = HttpRequest.newBuilder(url)
                .GET()
                .timeout(left.isNegative() || left.isZero() ? Duration.ofMillis(1) : left)
                // h2c upgrade requests on plain http trouble some servers; https negotiates HTTP/2 by ALPN.
                .version("https".equals(url.getScheme()) ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1)
                .header("User-Agent", settings.userAgent())
                .header("Accept", ACCEPT)
                .header("Accept-Encoding", "gzip, deflate");
        validators.etag().ifPresent(e -> b.header("If-None-Match", e));
        validators.lastModified().ifPresent(m -> b.header("If-Modified-Since", m));
        return b.build();
    }

    private FetchOutcome answer(HttpResponse<InputStream> response, URI url, Validators validators,
                                Optional<URI> movedTo, long deadline, Path folder) {
        int status = response.statusCode();
        Optional<String> etag = response.headers().firstValue("ETag");
        Optional<String> lastModified = response.headers().firstValue("Last-Modified");
        if (status == 304) {
            discard(response);
            if (!validators.any()) return failed(Kind.HTTP_STATUS, "HTTP 304 not modified, but nothing was cached", movedTo);
            return new FetchOutcome.NotModified(url, movedTo, etag, lastModified);
        }
        if (status == 429 || status == 503) {
            discard(response);
            Instant now = clock.instant();
            Optional<Instant> retryAt = RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null), now);
            String text = FetchErrors.statusText(status) + retryAt.map(at -> "; " + RetryAfter.text(at, now)).orElse("");
            return new FetchOutcome.Failed(new FetchError(Kind.RETRY_LATER, text, Optional.empty(), retryAt), movedTo);
        }
        if (status == 204) {
            discard(response);
            return failed(Kind.HTTP_STATUS, "HTTP 204: the server sent nothing", movedTo);
        }
        if (status < 200 || status > 299) {
            discard(response);
            return new FetchOutcome.Failed(FetchErrors.status(status), movedTo);
        }
        return body(response, url, movedTo, etag, lastModified, deadline, folder);
    }

    private FetchOutcome body(HttpResponse<InputStream> response, URI url, Optional<URI> movedTo, Optional<String> etag,
                              Optional<String> lastModified, long deadline, Path folder) {
        Path temp = null;
        AtomicBoolean timedOut = new AtomicBoolean();
        InputStream in = response.body();
        ScheduledFuture<?> alarm = watchdog.schedule(() -> {
            timedOut.set(true);
            close(in);
        }, Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        try {
            BodyDownload.checkAnnounced(response.headers(), settings.maxBytes());
            temp = tempFile(folder);
            BodyDownload.copy(in, response.headers(), settings.maxBytes(), temp);
            if (timedOut.get()) throw new IOException("timed out");
            if (FeedLinks.looksLikeHtml(head(temp))) {
                Optional<URI> offered = FeedLinks.offeredFeed(temp, url);
                String text = offered.map(u -> "an HTML page, not a feed; it links to the feed " + u)
                        .orElse("an HTML page, not a feed, and it names no feed");
                return new FetchOutcome.Failed(new FetchError(Kind.HTML_PAGE, text, offered, Optional.empty()), movedTo);
            }
            Path done = temp;
            temp = null;
            return new FetchOutcome.Downloaded(done, url, movedTo, etag, lastModified);
        } catch (BodyDownload.Failure f) {
            // A stream closed by the watchdog looks cut short; the time is the real reason.
            if (timedOut.get()) return failed(Kind.TIMEOUT, "no complete answer within " + FetchErrors.seconds(settings.requestTimeout()), movedTo);
            return new FetchOutcome.Failed(f.error, movedTo);
        } catch (IOException e) {
            if (timedOut.get()) return failed(Kind.TIMEOUT, "no complete answer within " + FetchErrors.seconds(settings.requestTimeout()), movedTo);
            return failed(Kind.TRUNCATED, "truncated: the connection broke while the feed arrived ("
                    + SourceException.oneLine(String.valueOf(e.getMessage())) + ")", movedTo);
        } finally {
            alarm.cancel(false);
            close(in);
            if (temp != null) deleteQuietly(temp);
        }
    }

    /**
     * A file for the body in folder (the cache, so that storing it is a rename); where the
     * cache cannot be written (a full disk, a read-only folder), in the system's temporary
     * folder: the feed is still read and shown, only not kept (RefreshResult.Uncached).
     */
    private static Path tempFile(Path folder) throws BodyDownload.Failure {
        try {
            Files.createDirectories(folder);
            return AtomicFiles.newTemp(folder, ".fetch");
        } catch (IOException e) {
            try {
                return Files.createTempFile("gazette-", ".fetch");
            } catch (IOException | RuntimeException elsewhere) {
                throw BodyDownload.cacheFailure(folder, e);
            }
        }
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(1024);
        }
    }

    private static FetchOutcome failed(Kind kind, String message, Optional<URI> movedTo) {
        return new FetchOutcome.Failed(FetchError.of(kind, message), movedTo);
    }

    /** Closing the stream unread gives the connection back or drops it; a redirect's body is not wanted. */
    private static void discard(HttpResponse<InputStream> response) {
        close(response.body());
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // Nothing to do: the stream is being abandoned.
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A stray temporary file in the cache is harmless; it is named .fetch*.part.
        }
    }
}
