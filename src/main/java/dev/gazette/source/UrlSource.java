package dev.gazette.source;

import dev.gazette.feed.CleanText;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A feed fetched from an http(s) URL; its last good copy lives in the {@link FeedCache}
 * and its journal and marks in the data folder ({@link Sidecars#forUrl}).
 */
public record UrlSource(URI url, Optional<String> title, List<String> tags) implements Source {

    public UrlSource {
        Objects.requireNonNull(url, "url");
        // A title is the user's (a feeds file's "~Title", an OPML outline's), shown on every
        // screen: cleaned here, where it enters, like feed text (DESIGN.md section 7).
        title = Objects.requireNonNullElse(title, Optional.<String>empty()).map(CleanText::line).filter(t -> !t.isBlank());
        tags = List.copyOf(Objects.requireNonNullElse(tags, List.of()));
    }

    public UrlSource(URI url) {
        this(url, Optional.empty(), List.of());
    }

    @Override
    public String display() {
        return url.toString();
    }

    @Override
    public UrlSource withLabels(Optional<String> title, List<String> tags) {
        return new UrlSource(url, title, tags);
    }
}
