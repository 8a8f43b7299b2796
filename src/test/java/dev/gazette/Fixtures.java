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

    /** feeds/{@code name} (a bodies-in-file fixture) made big, as {@link #bigCopy} does it. */
    public static Path bigBodiesInFile(Path dir, String name) throws IOException {
        return bigCopy(feed(name), dir);
    }

    /**
     * A copy of a JSON Feed, RSS or Atom file made big: over 5 MB, past the 4 MB from which a
     * feed is decoded ahead and its bodies may stay in the file. The padding is ASCII the loader
     * passes over (an extension member of a JSON Feed, a comment after the XML declaration or
     * before the root), placed before the items so their places in the text are far in.
     */
    public static Path bigCopy(Path feed, Path dir) throws IOException {
        byte[] bytes = Files.readAllBytes(feed);
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        String name = feed.getFileName().toString();
        int at;
        String padding;
        if (name.endsWith(".json")) {
            at = head.indexOf('{') + 1;
            padding = "\"_padding\": \"" + "ab\\\"c <x> ".repeat(5 * 1024 * 1024 / 12) + "\",\n";
        } else {
            int declaration = head.indexOf("?>", Math.max(0, head.indexOf("<?xml")));
            at = head.contains("<?xml") ? declaration + 2 : head.startsWith("\uFEFF") ? 3 : 0;
            padding = "\n<!-- " + "ab&c <x> ".repeat(5 * 1024 * 1024 / 9) + "-->\n";
        }
        byte[] pad = padding.getBytes(StandardCharsets.US_ASCII);
        byte[] big = new byte[bytes.length + pad.length];
        System.arraycopy(bytes, 0, big, 0, at);
        System.arraycopy(pad, 0, big, at, pad.length);
        System.arraycopy(bytes, at, big, at + pad.length, bytes.length - at);
        return Files.write(dir.resolve("big" + name.substring(name.lastIndexOf('.'))), big);
    }
}
