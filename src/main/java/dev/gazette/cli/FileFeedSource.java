package dev.gazette.cli;

import dev.gazette.feed.Feed;
import dev.gazette.feed.FeedException;
import dev.gazette.feed.FeedLoader;
import dev.gazette.feed.LoadListener;
import dev.gazette.ui.FeedSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/** A feed file on disk; "changed" means its size or modification time moved since the last load. */
final class FileFeedSource implements FeedSource {
    private final Path file;
    private volatile String loadedStamp;

    FileFeedSource(Path file) {
        this.file = file;
    }

    @Override
    public Feed load(LoadListener listener) throws FeedException {
        String before = stamp();
        Feed feed = FeedLoader.load(file, listener);
        loadedStamp = before;
        return feed;
    }

    @Override
    public boolean changed() {
        String now = stamp();
        return loadedStamp != null && now != null && !Objects.equals(now, loadedStamp);
    }

    private String stamp() {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return a.size() + "/" + a.lastModifiedTime().toMillis() + "/" + a.fileKey();
        } catch (IOException e) {
            return null;
        }
    }
}
