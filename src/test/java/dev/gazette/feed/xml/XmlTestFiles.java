package dev.gazette.feed.xml;

import dev.gazette.feed.Feed;
import dev.gazette.feed.FeedException;
import dev.gazette.feed.FeedLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small feeds a test writes as feed.xml in its temporary folder, then loads. */
final class XmlTestFiles {
    private XmlTestFiles() { }

    static Path write(Path dir, String content) {
        return write(dir, content.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path dir, byte[] content) {
        try {
            return Files.write(dir.resolve("feed.xml"), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Feed load(Path dir, String content) throws FeedException {
        return FeedLoader.load(write(dir, content));
    }

    static Feed load(Path dir, byte[] content) throws FeedException {
        return FeedLoader.load(write(dir, content));
    }

    /** The one-line error loading content gives, as if the user had typed "feed.xml". */
    static String error(Path dir, String content) {
        return error(dir, content.getBytes(StandardCharsets.UTF_8));
    }

    static String error(Path dir, byte[] content) {
        Path file = write(dir, content);
        try {
            FeedLoader.load(file);
            throw new AssertionError("loaded: " + new String(content, StandardCharsets.UTF_8));
        } catch (FeedException e) {
            if (e.getMessage().contains("\n")) throw new AssertionError("not one line: " + e.getMessage());
            return e.getMessage().replace(dir + "/", "");
        }
    }
}
