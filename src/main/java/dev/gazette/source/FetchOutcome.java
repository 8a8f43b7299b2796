package dev.gazette.source;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What one fetch (with its redirects) came to. {@code movedTo} is where a permanent redirect
 * (301, 308) at the start of the chain pointed: the URL to ask next time.
 */
sealed interface FetchOutcome {
    Optional<URI> movedTo();

    /** A 200: the decoded body is in a temporary file in the folder the fetcher was given. */
    record Downloaded(Path temp, URI finalUrl, Optional<URI> movedTo, Optional<String> etag,
                      Optional<String> lastModified) implements FetchOutcome { }

    /** A 304: the cached copy is current; nothing was downloaded or parsed. */
    record NotModified(URI finalUrl, Optional<URI> movedTo, Optional<String> etag,
                       Optional<String> lastModified) implements FetchOutcome { }

    record Failed(FetchError error, Optional<URI> movedTo) implements FetchOutcome { }
}
