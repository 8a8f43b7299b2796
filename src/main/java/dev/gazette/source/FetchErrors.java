package dev.gazette.source;

import dev.gazette.source.FetchError.Kind;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import javax.net.ssl.SSLException;

/**
 * Turns what went wrong on the network into one line a reader understands. The JDK's
 * HttpClient wraps causes several layers deep (a DNS failure is a ConnectException caused
 * by an UnresolvedAddressException), so the whole cause chain is searched.
 */
final class FetchErrors {
    private static final Map<Integer, String> REASONS = Map.ofEntries(
            Map.entry(400, "bad request"), Map.entry(401, "unauthorized (the feed needs a login)"),
            Map.entry(403, "forbidden"), Map.entry(404, "not found"), Map.entry(405, "method not allowed"),
            Map.entry(406, "not acceptable"), Map.entry(408, "request timeout"),
            Map.entry(410, "gone (the feed was removed)"), Map.entry(429, "too many requests"),
            Map.entry(451, "unavailable for legal reasons"), Map.entry(500, "internal server error"),
            Map.entry(501, "not implemented"), Map.entry(502, "bad gateway"), Map.entry(503, "service unavailable"),
            Map.entry(504, "gateway timeout"));

    private FetchErrors() { }

    static FetchError status(int code) {
        String reason = REASONS.get(code);
        return FetchError.of(Kind.HTTP_STATUS, "HTTP " + code + (reason == null ? "" : " " + reason));
    }

    static String statusText(int code) {
        String reason = REASONS.get(code);
        return "HTTP " + code + (reason == null ? "" : " " + reason);
    }

    /**
     * The failure to connect or to get a response from url; {@code pastDeadline}: the whole
     * request's time had run out when it failed.
     */
    static FetchError of(IOException e, URI url, FetchSettings settings, boolean pastDeadline) {
        if (has(e, HttpConnectTimeoutException.class) && !pastDeadline) {
            return FetchError.of(Kind.TIMEOUT, "could not connect within " + seconds(settings.connectTimeout()));
        }
        if (has(e, HttpTimeoutException.class)) {
            return FetchError.of(Kind.TIMEOUT, "no response within " + seconds(settings.requestTimeout()));
        }
        if (has(e, UnresolvedAddressException.class) || has(e, UnknownHostException.class)) {
            return FetchError.of(Kind.DNS, "host not found: " + url.getHost());
        }
        SSLException tls = find(e, SSLException.class);
        if (tls != null) return FetchError.of(Kind.TLS, "TLS error: " + tlsReason(tls));
        if (has(e, NoRouteToHostException.class)) {
            return FetchError.of(Kind.REFUSED, "no route to " + url.getHost());
        }
        if (has(e, ConnectException.class)) {
            return FetchError.of(Kind.REFUSED, "connection refused by " + hostPort(url));
        }
        String m = message(e).toLowerCase(Locale.ROOT);
        if (m.contains("eof") || m.contains("closed") || m.contains("reset")) {
            return FetchError.of(Kind.NETWORK, "connection closed by " + hostPort(url) + " before it answered");
        }
        return FetchError.of(Kind.NETWORK, "network error: " + message(e));
    }

    static String seconds(Duration d) {
        long ms = d.toMillis();
        if (ms % 1000 == 0) return ms / 1000 + " s";
        return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    /** A size as people say it: 50 MB, 64 KB, 1000 bytes. */
    static String size(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) return bytes / (1024 * 1024) + " MB";
        if (bytes >= 1024 && bytes % 1024 == 0) return bytes / 1024 + " KB";
        return bytes + " bytes";
    }

    private static String tlsReason(SSLException e) {
        String m = message(e);
        if (m.contains("PKIX") || m.contains("certification path")) return "certificate not trusted";
        if (m.contains("No subject alternative") || m.contains("No name matching")) return "certificate does not match the host name";
        if (m.toLowerCase(Locale.ROOT).contains("expired")) return "certificate expired";
        int colon = m.lastIndexOf(": ");
        return colon > 0 && colon < m.length() - 2 ? m.substring(colon + 2) : m;
    }

    private static String hostPort(URI url) {
        int port = url.getPort() != -1 ? url.getPort() : "https".equals(url.getScheme()) ? 443 : 80;
        return url.getHost() + ":" + port;
    }

    private static String message(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) return SourceException.oneLine(t.getMessage());
        }
        return e.getClass().getSimpleName();
    }

    private static boolean has(Throwable e, Class<? extends Throwable> type) {
        return find(e, type) != null;
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        int depth = 0;
        for (Throwable t = e; t != null && depth < 20; t = t.getCause(), depth++) {
            if (type.isInstance(t)) return type.cast(t);
        }
        return null;
    }
}
