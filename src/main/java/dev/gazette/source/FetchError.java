package dev.gazette.source;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Why a fetch failed, as one line fit for a feed's row and header ({@link #message()}),
 * with its kind for whoever wants to react (offer the feed an HTML page links to, show a
 * retry time). The cached copy, if any, is still good: a failure never removes it.
 */
public record FetchError(Kind kind, String message, Optional<URI> feedOffered, Optional<Instant> retryAt) {

    public enum Kind {
        /** The host name does not resolve. */
        DNS,
        /** Nothing listens there. */
        REFUSED,
        /** No connection, or no complete answer, within the configured time. */
        TIMEOUT,
        /** The TLS handshake failed (certificate, protocol). */
        TLS,
        /** The server answered with an error status (404, 410, 500, ...). */
        HTTP_STATUS,
        /** 429 or 503: the server asks to wait; {@link #retryAt()} says until when, if it said. */
        RETRY_LATER,
        /** A redirect loop, too many redirects, or a redirect to somewhere that cannot be fetched. */
        REDIRECT,
        /** The body is larger than the size cap. */
        TOO_LARGE,
        /** The connection closed before the whole body arrived. */
        TRUNCATED,
        /** An HTML page instead of a feed; {@link #feedOffered()} is the feed it links to, if any. */
        HTML_PAGE,
        /**
         * A body that is no readable feed (cut short yet sent as whole, empty, an error sent
         * with 200): not cached, so the copy and its validators stay. The message is the
         * loader's, naming the URL: "URL:19:84: invalid XML: …".
         */
        UNREADABLE,
        /** The cache folder cannot be written. */
        CACHE,
        /** Anything else on the way (connection reset, an unsupported encoding). */
        NETWORK
    }

    public FetchError {
        Objects.requireNonNull(kind, "kind");
        message = SourceException.oneLine(message);
        feedOffered = Objects.requireNonNullElse(feedOffered, Optional.empty());
        retryAt = Objects.requireNonNullElse(retryAt, Optional.empty());
    }

    static FetchError of(Kind kind, String message) {
        return new FetchError(kind, message, Optional.empty(), Optional.empty());
    }

    @Override
    public String toString() {
        return message;
    }
}
