package dev.gazette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrashLogTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T16:29:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static IllegalStateException boom() {
        return new IllegalStateException("boom", new IOException("underneath"));
    }

    @Test
    void writesTheTraceVersionAndArgumentsToANewFileInTheStateFolder() throws IOException {
        Map<String, String> env = Map.of("XDG_STATE_HOME", dir.resolve("state").toString(), "HOME", "/nonexistent");
        Path log = CrashLog.write(boom(), List.of("feed.json", "--author", "ana \"x\"", ""), "0.2", env, CLOCK, 4242);

        assertEquals(dir.resolve("state/gazette/crash-20261130-162900-4242.log"), log);
        String text = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("Gazette 0.2 internal error at 2026-11-30T16:29Z\n"), text);
        assertTrue(text.contains("\nArguments: \"feed.json\" \"--author\" \"ana \\\"x\\\"\" \"\"\n"), text);
        assertTrue(text.contains("java.lang.IllegalStateException: boom"), text);
        assertTrue(text.contains("Caused by: java.io.IOException: underneath"), text);
        assertTrue(text.contains("at dev.gazette.cli.CrashLogTest.boom"), text);
    }

    @Test
    void theFolderIsOwnerOnlyAndTheFilePrivate() throws IOException {
        Path log = CrashLog.write(boom(), List.of(), "0.2", Map.of("XDG_STATE_HOME", dir.toString()), CLOCK, 1);
        assertNotNull(log);
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(log.getParent())));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(log)));
    }

    @Test
    void withoutXdgStateHomeItGoesUnderHome() {
        Path log = CrashLog.write(boom(), List.of(), "0.2", Map.of("HOME", dir.toString()), CLOCK, 7);
        assertEquals(dir.resolve(".local/state/gazette/crash-20261130-162900-7.log"), log);
        assertTrue(Files.isRegularFile(log));
    }

    @Test
    void aRelativeXdgStateHomeIsIgnored() {
        assertEquals(dir.resolve(".local/state/gazette"),
                CrashLog.folder(Map.of("XDG_STATE_HOME", "relative/state", "HOME", dir.toString())));
    }

    @Test
    void eachCrashGetsItsOwnFile() {
        Map<String, String> env = Map.of("XDG_STATE_HOME", dir.toString());
        Path first = CrashLog.write(boom(), List.of(), "0.2", env, CLOCK, 9);
        Path second = CrashLog.write(boom(), List.of(), "0.2", env, CLOCK, 9);
        assertNotNull(second);
        assertNotEquals(first, second);
        assertEquals("crash-20261130-162900-9-2.log", second.getFileName().toString());
    }

    @Test
    void aPlantedSymlinkIsNeverWrittenThrough() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("gazette"));
        Path victim = Files.writeString(dir.resolve("victim.txt"), "precious");
        Path dangling = dir.resolve("not-yet-there.txt");
        Files.createSymbolicLink(folder.resolve("crash-20261130-162900-5.log"), victim);
        Files.createSymbolicLink(folder.resolve("crash-20261130-162900-5-2.log"), dangling);

        Path log = CrashLog.write(boom(), List.of(), "0.2", Map.of("XDG_STATE_HOME", dir.toString()), CLOCK, 5);

        assertEquals(folder.resolve("crash-20261130-162900-5-3.log"), log);
        assertFalse(Files.isSymbolicLink(log));
        assertEquals("precious", Files.readString(victim));
        assertFalse(Files.exists(dangling, LinkOption.NOFOLLOW_LINKS), "a dangling link is not followed either");
    }

    @Test
    void nothingWritableGivesNullNotAnException() throws IOException {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        assertNull(CrashLog.write(boom(), List.of(), "0.2", Map.of("XDG_STATE_HOME", file.toString()), CLOCK, 3));
        assertNull(CrashLog.folder(Map.of("HOME", "relative/home")), "no absolute folder: nowhere to write");
    }
}
