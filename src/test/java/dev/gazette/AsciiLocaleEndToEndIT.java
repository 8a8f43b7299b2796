package dev.gazette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar under LANG=C, where the JVM names files in ASCII: a file name it cannot
 * encode is one line and exit 2, not an internal error with a crash log (found by a review).
 */
class AsciiLocaleEndToEndIT {
    @TempDir
    Path dir;

    private record Run(int code, String err) {}

    private Run gazette(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("java", "-jar", EndToEndIT.JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().put("LANG", "C");
        pb.environment().put("LC_ALL", "C");
        pb.environment().put("XDG_CONFIG_HOME", dir.resolve("config").toString());
        pb.environment().put("XDG_DATA_HOME", dir.resolve("data").toString());
        pb.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        pb.environment().put("XDG_STATE_HOME", dir.resolve("state").toString());
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "gazette ended");
        return new Run(p.exitValue(), err);
    }

    @Test
    void aFileNameTheLocaleCannotEncodeIsOneLineAndExit2() throws Exception {
        Files.copy(EndToEndIT.BUNDLED_FEED, dir.resolve("feed.json"));
        Run r = gazette("feed.json", "--comments", "komment\u00e4re.jsonl", "--list");
        assertEquals(2, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("this file name cannot be used in the locale's character set")
                && r.err().contains("LANG=C.UTF-8"), r.err());
        assertFalse(r.err().contains("internal error") || r.err().contains("Exception"), r.err());
        assertFalse(Files.exists(dir.resolve("state")), "no crash log");
    }
}
