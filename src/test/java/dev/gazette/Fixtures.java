package dev.gazette;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The small feed files of src/test/resources/feeds, as paths: each one a trait of real feeds
 * (the corpus taught them) in a few lines, so every clone runs them.
 */
public final class Fixtures {
    private Fixtures() {}

    /** src/test/resources/feeds/{@code relative}, as compiled into the test classpath. */
    public static Path feed(String relative) {
        URL url = Fixtures.class.getResource("/feeds/" + relative);
        if (url == null) throw new IllegalArgumentException("no test fixture feeds/" + relative);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Path jsonFeed(String name) {
        return feed("jsonfeed/" + name);
    }

    /** Every fixture of feeds/jsonfeed, sorted by name. */
    public static List<Path> jsonFeeds() {
        try (Stream<Path> s = Files.list(feed("jsonfeed"))) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * feeds/bodies-in-file.json made big (5 MB, over the 4 MB from which a feed is decoded
     * ahead and its bodies may stay in the file) by an extension member the loader skips,
     * written before the items so their places in the text are far in.
     */
    public static Path bigBodiesInFile(Path dir) throws IOException {
        String fixture = Files.readString(feed("bodies-in-file.json"), StandardCharsets.UTF_8);
        String padding = "\"_padding\": \"" + "ab\\\"c日本 ".repeat(5 * 1024 * 1024 / 12) + "\",\n";
        int open = fixture.indexOf('{') + 1;
        return Files.writeString(dir.resolve("big.json"), fixture.substring(0, open) + padding + fixture.substring(open),
                StandardCharsets.UTF_8);
    }
}
