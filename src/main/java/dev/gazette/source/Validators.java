package dev.gazette.source;

import java.util.Optional;

/** What makes a GET conditional: the ETag and Last-Modified the server gave with the cached copy. */
record Validators(Optional<String> etag, Optional<String> lastModified) {
    static final Validators NONE = new Validators(Optional.empty(), Optional.empty());

    boolean any() {
        return etag.isPresent() || lastModified.isPresent();
    }
}
