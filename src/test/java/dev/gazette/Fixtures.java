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

    /** Items put before a feed's own by {@link #bigCopy}, each titled "Filler n". */
    public static final int FILLERS = 64;

    /**
     * A copy of a JSON Feed, RSS or Atom file made big: {@link #FILLERS} items of 80 KB each
     * before its own, over 5 MB in all, past the 4 MB from which a feed is decoded ahead, and
     * long enough that the bodies after them stay in the file (the loader keeps and measures
     * the first bodies to decide). ASCII only, so a file's encoding reads them the same.
     * Returns null for a file with no items to put them before.
     */
    public static Path bigCopy(Path feed, Path dir) throws IOException {
        byte[] bytes = Files.readAllBytes(feed);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        String name = feed.getFileName().toString();
        String body = "Lorem ipsum dolor sit amet. ".repeat(80 * 1024 / 28);
        StringBuilder fillers = new StringBuilder();
        int at;
        if (name.endsWith(".json")) {
            int items = text.indexOf("\"items\"");
            int open = items < 0 ? -1 : text.indexOf('[', items);
            if (open < 0) return null;
            at = open + 1;
            boolean empty = text.substring(at).stripLeading().startsWith("]");
            for (int i = 1; i <= FILLERS; i++) {
                fillers.append("{\"id\": \"filler-").append(i).append("\", \"title\": \"Filler ").append(i)
                        .append("\", \"content_html\": \"<p>").append(body).append("</p>\"}")
                        .append(i < FILLERS || !empty ? ",\n" : "\n");
            }
        } else {
            boolean atom = name.endsWith(".atom") || feed.toAbsolutePath().getParent().endsWith("atom");
            at = text.indexOf(atom ? "<entry" : "<item");
            if (at < 0) return null;
            for (int i = 1; i <= FILLERS; i++) {
                fillers.append(atom
                        ? "<entry><title>Filler " + i + "</title><id>urn:filler:" + i + "</id>"
                                + "<updated>2000-01-01T00:00:00Z</updated><content type=\"html\">" + body + "</content></entry>\n"
                        : "<item><title>Filler " + i + "</title><guid>filler-" + i + "</guid><description>" + body
                                + "</description></item>\n");
            }
        }
        byte[] pad = fillers.toString().getBytes(StandardCharsets.US_ASCII);
        byte[] big = new byte[bytes.length + pad.length];
        System.arraycopy(bytes, 0, big, 0, at);
        System.arraycopy(pad, 0, big, at, pad.length);
        System.arraycopy(bytes, at, big, at + pad.length, bytes.length - at);
        return Files.write(dir.resolve("big" + name.substring(name.lastIndexOf('.'))), big);
    }
}
