package dev.gazette.source;

import java.time.Duration;
import java.util.Objects;

/**
 * How Gazette fetches: timeouts, the size cap, the redirect limit, how many fetches run at
 * once (in all, and per host, so that no site is hammered), and the User-Agent it sends.
 * {@link #defaults()} are the values DESIGN 5 promises; tests shrink them.
 */
public record FetchSettings(Duration connectTimeout, Duration requestTimeout, long maxBytes, int maxRedirects,
                            int maxConcurrent, int maxPerHost, String userAgent) {

    public FetchSettings {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(userAgent, "userAgent");
        if (maxBytes < 1) throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        if (maxRedirects < 0) throw new IllegalArgumentException("maxRedirects must not be negative: " + maxRedirects);
        if (maxConcurrent < 1 || maxPerHost < 1) throw new IllegalArgumentException("concurrency limits must be positive");
    }

    /** 10 s to connect, 30 s for the whole fetch, 50 MB, 5 redirects, 8 fetches at once and 2 per host. */
    public static FetchSettings defaults() {
        return new FetchSettings(Duration.ofSeconds(10), Duration.ofSeconds(30), 50L * 1024 * 1024, 5, 8, 2,
                userAgent(version()));
    }

    /** {@code Gazette/<version> (+terminal news reader)}. */
    public static String userAgent(String version) {
        return "Gazette/" + version + " (+terminal news reader)";
    }

    /** The version in the jar's manifest, or {@code dev} when run from classes. */
    static String version() {
        String v = FetchSettings.class.getPackage().getImplementationVersion();
        return v == null || v.isBlank() ? "dev" : v.strip().replace(' ', '-');
    }

    public FetchSettings withTimeouts(Duration connect, Duration request) {
        return new FetchSettings(connect, request, maxBytes, maxRedirects, maxConcurrent, maxPerHost, userAgent);
    }

    public FetchSettings withMaxBytes(long bytes) {
        return new FetchSettings(connectTimeout, requestTimeout, bytes, maxRedirects, maxConcurrent, maxPerHost, userAgent);
    }

    public FetchSettings withConcurrency(int total, int perHost) {
        return new FetchSettings(connectTimeout, requestTimeout, maxBytes, maxRedirects, total, perHost, userAgent);
    }
}
