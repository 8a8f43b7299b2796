package dev.gazette.source;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The last good copy of a URL in the cache: the body as fetched (decoded), ready for the
 * feed loader, when it was downloaded, when the server last confirmed it (a 304 counts),
 * and the URL it finally came from after redirects (the base for relative links).
 */
public record CachedCopy(Path body, Instant fetchedAt, Instant checkedAt, URI finalUrl) { }
