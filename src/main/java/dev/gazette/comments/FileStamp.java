package dev.gazette.comments;

import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * What a stat of the journal says, to tell "unchanged", "only grew" and "something else" apart
 * without reading it.
 *
 * @param fileKey inode identity where the platform has one (null otherwise); a different key
 *                means the file was replaced, e.g. by an editor saving a copy
 */
record FileStamp(Object fileKey, long size, long lastModifiedNanos) {

    static FileStamp of(BasicFileAttributes a) {
        return new FileStamp(a.fileKey(), a.size(),
                a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS));
    }

    /**
     * True when this looks like {@code earlier} plus appended bytes: the same file, larger.
     * An equal size with another mtime is an edit in place, which needs a full re-read.
     */
    boolean grewFrom(FileStamp earlier) {
        return earlier != null && Objects.equals(fileKey, earlier.fileKey) && size > earlier.size;
    }
}
