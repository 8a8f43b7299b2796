package dev.gazette.source;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A feed read from a file; its journal and marks live beside it ({@link Sidecars#beside}). */
public record FileSource(Path path, Optional<String> title, List<String> tags) implements Source {

    public FileSource {
        Objects.requireNonNull(path, "path");
        title = Objects.requireNonNullElse(title, Optional.empty());
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
