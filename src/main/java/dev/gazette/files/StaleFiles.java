package dev.gazette.files;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Removes the temporary files ({@code .feed.state.json.123456.tmp}, {@code .feed.drafts.json.…tmp})
 * that a save leaves when the process is killed between creating and renaming them. Only regular
 * files of this file's name, older than a given age (another process may be saving right now), are removed;
 * anything that cannot be listed or removed is left as it is: this is tidying, not a duty.
 */
public final class StaleFiles {
    private StaleFiles() { }

    /** Removes the stale temporary files of {@code stateFile}; returns how many. */
    public static int remove(Path stateFile, long olderThanMillis) {
        Path dir = stateFile.toAbsolutePath().getParent();
        if (dir == null || stateFile.getFileName() == null) return 0;
        String prefix = "." + stateFile.getFileName() + ".";
        long cutoff = System.currentTimeMillis() - olderThanMillis;
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir,
                p -> isTemporaryName(p.getFileName().toString(), prefix))) {
            for (Path p : files) {
                if (isOldRegularFile(p, cutoff) && Files.deleteIfExists(p)) removed++;
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable folder: the next load tries again
        }
        return removed;
    }

    /** ".feed.state.json." + what Files.createTempFile puts in the middle + ".tmp". */
    static boolean isTemporaryName(String name, String prefix) {
        return name.length() > prefix.length() + ".tmp".length() && name.startsWith(prefix) && name.endsWith(".tmp");
    }

    private static boolean isOldRegularFile(Path p, long cutoff) {
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return a.isRegularFile() && a.lastModifiedTime().toMillis() < cutoff;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
