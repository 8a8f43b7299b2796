package dev.gazette.marks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;

/**
 * What a stat of the state file says, to see whether another process replaced it. Every save
 * renames a new file into place, so the inode (fileKey) alone tells; size and time cover
 * platforms without one.
 *
 * @param fileKey null when the platform has none, or when the file is missing
 */
record FileStamp(boolean exists, Object fileKey, long size, long lastModifiedNanos) {
    static final FileStamp MISSING = new FileStamp(false, null, -1, -1);

    static FileStamp of(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new FileStamp(true, a.fileKey(), a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS));
        } catch (IOException | RuntimeException e) {
            return MISSING;
        }
    }
}
