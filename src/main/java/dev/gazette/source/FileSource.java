package dev.gazette.source;

import dev.gazette.feed.CleanText;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A feed read from a file; its journal and marks live beside it ({@link Sidecars#beside}). */
public record FileSource(Path path, Optional<String> title, List<String> tags) implements Source {

    public FileSource {
        Objects.requireNonNull(path, "path");
        // A title is the user's (a feeds file's "~Title", an OPML outline's), shown on every
        // screen: cleaned here, where it enters, like feed text (DESIGN.md section 7).
        title = Objects.requireNonNullElse(title, Optional.<String>empty()).map(CleanText::line).filter(t -> !t.isBlank());
        tags = List.copyOf(Objects.requireNonNullElse(tags, List.of()));
    }

    public FileSource(Path path) {
        this(path, Optional.empty(), List.of());
    }

    @Override
    public String display() {
        return path.toString();
    }

    @Override
    public FileSource withLabels(Optional<String> title, List<String> tags) {
        return new FileSource(path, title, tags);
    }
}
