package dev.gazette;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Drives a program in a detached tmux session on a private server socket, the way a
 * person at a terminal would: type keys, read the screen. Waits poll the screen until the
 * expected text shows up (or a deadline passes), so tests do not guess with sleeps.
 */
final class Tmux implements AutoCloseable {
    private static final Duration DEADLINE = Duration.ofSeconds(30);

    private final String socket = "gazette-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
    private final String session = "e2e";
    private final Path exitFile;

    /**
     * For every end-to-end test class: on CI tmux must be there (.ci/run installs it), elsewhere
     * a missing tmux skips the class with the reason; the jar must have been built.
     */
    static void requireTmuxAndJar(Path jar) {
        if (System.getenv("CI") != null) {
            assertTrue(available(), "CI must install tmux (.ci/run does)");
        } else {
            assumeTrue(available(), "tmux is not installed");
        }
        assertTrue(Files.isRegularFile(jar),
                "run mvn verify (or package) first: " + jar);
    }

    /** An interactive bash in dir (prompt "shell$ "), so that Ctrl-Z has job control to go back to. */
    static Tmux shell(Path dir) throws IOException {
        Tmux t = new Tmux(100, 30, dir, "env", "PS1='shell$ '", "bash", "--norc", "-i");
        t.waitFor("shell$");
        return t;
    }

    static boolean available() {
        try {
            return new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    Tmux(int columns, int rows, Path workDir, String... command) throws IOException {
        List<String> args = new ArrayList<>(List.of("new-session", "-d", "-s", session, "-x", String.valueOf(columns),
                "-y", String.valueOf(rows), "-c", workDir.toString()));
        // tmux 3.3 does not report a dead pane's exit status, so the shell writes it to a file,
        // whole: written aside and moved, since a reader polling for the file could otherwise
        // find it created but still empty.
        exitFile = workDir.resolve("exit-status-" + System.nanoTime());
        args.add(String.join(" ", command) + "; echo $? > " + exitFile + ".part && mv " + exitFile + ".part " + exitFile);
        run(args.toArray(new String[0]));
        // Keep the pane after the program exits, so its last screen can be read.
        run("set-option", "-t", session, "remain-on-exit", "on");
    }

    void keys(String... keys) throws IOException {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", session));
        args.addAll(List.of(keys));
        run(args.toArray(new String[0]));
    }

    /** Resizes the window, as a user dragging the terminal's corner does (the program gets SIGWINCH). */
    void resize(int columns, int rows) throws IOException {
        run("resize-window", "-t", session, "-x", String.valueOf(columns), "-y", String.valueOf(rows));
    }

    /** Types text literally (no key names), e.g. a comment with wide characters. */
    void type(String text) throws IOException {
        run("send-keys", "-t", session, "-l", text);
    }

    /** Sends bytes as a terminal would (tmux send-keys -H), e.g. a mouse report tmux itself cannot make. */
    void bytes(String... hex) throws IOException {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", session, "-H"));
        args.addAll(List.of(hex));
        run(args.toArray(new String[0]));
    }

    /** A tmux format for the pane, e.g. {@code #{mouse_sgr_flag}}: the modes the program asked for. */
    String format(String format) throws IOException {
        return run("display-message", "-p", "-t", session, format).strip();
    }

    /** Pastes {@code text} as a terminal does with bracketed paste on (tmux paste-buffer -p). */
    void paste(String text) throws IOException {
        run("set-buffer", "-b", "e2e", "--", text);
        run("paste-buffer", "-p", "-d", "-b", "e2e", "-t", session);
    }

    String screen() throws IOException {
        return run("capture-pane", "-p", "-t", session);
    }

    /** Waits until the screen shows every one of {@code texts} at once (a screen may be caught mid-draw). */
    String waitFor(String... texts) throws IOException {
        return waitUntil(s -> java.util.Arrays.stream(texts).allMatch(s::contains), String.join("' and '", texts));
    }

    String waitUntil(Predicate<String> condition, String what) throws IOException {
        long end = System.nanoTime() + DEADLINE.toNanos();
        String last = "";
        while (System.nanoTime() < end) {
            last = screen();
            if (condition.test(last)) return last;
            Thread.onSpinWait();
            try {
                Thread.sleep(20);   // poll interval of the wait, not a guess at how long the program takes
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("waited " + DEADLINE.toSeconds() + " s for " + what + "; the screen was:\n" + last);
    }

    /** Waits for the program in the pane to exit and returns its exit status. */
    int waitForExit() throws IOException {
        waitUntil(s -> Files.exists(exitFile), "the program to exit");
        return Integer.parseInt(Files.readString(exitFile).strip());
    }

    private String run(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-u", "-L", socket));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.put("LANG", "C.UTF-8");
        env.remove("TMUX");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (p.waitFor() != 0) throw new IOException("tmux " + String.join(" ", args) + " failed: " + out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        return out;
    }

    @Override
    public void close() {
        try {
            run("kill-server");
        } catch (IOException ignored) {
            // the server is already gone
        }
    }
}
