package dev.gazette.cli;

import dev.gazette.feed.Feed;
import dev.gazette.feed.FeedException;
import dev.gazette.feed.FeedLoader;
import dev.gazette.feed.LoadListener;
import dev.gazette.source.Sidecars;
import dev.gazette.ui.FeedSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * A feed file on disk; "changed" means its size or modification time moved since the last
 * load. The first load may read a pipe (`gazette <(curl ...)`); a reload reads only a
 * regular file, because opening a pipe nobody writes to blocks forever and would leave the
 * reload worker dead for the rest of the session.
 */
final class FileFeedSource implements FeedSource {
    private final Path file;
    private final boolean bodiesInFile;
    /**
     * The file's stamp when it was last read, whether that reading worked or not: a file broken
     * on disk is read again when it changes again, not every second (each failure said so on
     * the status line, over whatever the user had just been told).
     */
    private volatile String readStamp;
    private volatile boolean loadedOnce;

    /**
     * @param bodiesInFile leave a big file's long bodies in it, read when opened (the reader);
     *                     false keeps them all (--check, --list)
     */
    FileFeedSource(Path file, boolean bodiesInFile) {
        this.file = file;
        this.bodiesInFile = bodiesInFile;
    }

    @Override
    public Feed load(LoadListener listener) throws FeedException {
        if (loadedOnce && !Files.isRegularFile(file)) {
            throw new FeedException(file + ": " + (Files.exists(file, LinkOption.NOFOLLOW_LINKS)
                    ? "is no longer a regular file; not read again" : "no such file"));
        }
        java.util.Optional<String> sidecar = Sidecars.whatIs(file);
        if (sidecar.isPresent()) throw new FeedException(file + ": " + sidecar.get() + ", not a feed");
        readStamp = stamp();
        Feed feed = FeedLoader.load(file, listener, null, bodiesInFile);
        loadedOnce = true;
        return feed;
    }

    @Override
    public boolean changed() {
        String now = stamp();
        return readStamp != null && now != null && !Objects.equals(now, readStamp);
    }

    /** Size, time and inode of a regular file; null for anything else, which is never watched. */
    private String stamp() {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            if (!a.isRegularFile()) return null;
            return a.size() + "/" + a.lastModifiedTime().toMillis() + "/" + a.fileKey();
        } catch (IOException e) {
            return null;
        }
    }
}
