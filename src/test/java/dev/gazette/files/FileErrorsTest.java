package dev.gazette.files;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The words a failed file operation is explained with; never the path the JDK put in the message. */
class FileErrorsTest {
    private static final String TEMP = "/home/ana/feeds/.world.state.json.1022309596840639533.tmp";

    @Test
    void aDeniedWriteSaysPermissionDeniedNotTheTemporaryPath() {
        // What Files.createTempFile throws in a folder of mode 555: the path and no reason.
        assertEquals("permission denied", FileErrors.reason(new AccessDeniedException(TEMP)));
    }

    @Test
    void theOperatingSystemsReasonIsGivenInLowerCase() {
        assertEquals("read-only file system", FileErrors.reason(new FileSystemException(TEMP, null, "Read-only file system")));
        assertEquals("not a directory", FileErrors.reason(new FileSystemException(TEMP, null, "Not a directory")));
        assertEquals("no space left on device", FileErrors.reason(new IOException("No space left on device")));
    }

    @Test
    void aFailureWithoutReasonIsNamedByItsKind() {
        assertEquals("no such file or folder", FileErrors.reason(new NoSuchFileException(TEMP)));
        assertEquals("file already exists", FileErrors.reason(new FileAlreadyExistsException(TEMP)));
        assertEquals("file system error", FileErrors.reason(new FileSystemException(TEMP)));
        assertEquals("input/output error", FileErrors.reason(new IOException()));
    }
}
