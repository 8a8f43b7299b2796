package dev.gazette.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TtyTest {
    @TempDir
    Path dir;

    /** A JDK 22+ console as far as Tty can tell: it answers isTerminal(). */
    public static final class FakeConsole {
        private final Boolean answer;

        FakeConsole(Boolean answer) {
            this.answer = answer;
        }

        public boolean isTerminal() {
            if (answer == null) throw new IllegalStateException("cannot tell");
            return answer;
        }
    }

    private static Method isTerminal() throws NoSuchMethodException {
        return FakeConsole.class.getMethod("isTerminal");
    }

    private Path fdDir(String stdin, String stdout) throws IOException {
        Path fd = Files.createDirectories(dir.resolve("fd"));
        Files.createSymbolicLink(fd.resolve("0"), Path.of(stdin));
        Files.createSymbolicLink(fd.resolve("1"), Path.of(stdout));
        return fd;
    }

    @Test
    void noConsoleIsNeverATerminal() throws Exception {
        assertFalse(Tty.isTerminal(null, null, dir));
        assertFalse(Tty.isTerminal(null, isTerminal(), dir));
    }

    @Test
    void beforeJdk22AConsoleMeansATerminal() {
        assertTrue(Tty.isTerminal(new Object(), null, dir));
    }

    @Test
    void fromJdk22TheConsoleIsAskedBecauseItExistsEvenWhenRedirected() throws Exception {
        assertTrue(Tty.isTerminal(new FakeConsole(true), isTerminal(), dir));
        assertFalse(Tty.isTerminal(new FakeConsole(false), isTerminal(), dir));
    }

    @Test
    void whenTheConsoleCannotTellProcDecides() throws Exception {
        Path ttys = fdDir("/dev/pts/3", "/dev/pts/3");
        assertTrue(Tty.isTerminal(new FakeConsole(null), isTerminal(), ttys));
        assertFalse(Tty.isTerminal(new FakeConsole(null), isTerminal(), dir.resolve("missing")));
    }

    @Test
    void procLinksTellTerminalsFromPipesFilesAndDevNull() throws IOException {
        assertEquals(true, Tty.fromProc(fdDir("/dev/pts/0", "/dev/tty1")));
        Files.delete(dir.resolve("fd/0"));
        Files.delete(dir.resolve("fd/1"));
        Files.delete(dir.resolve("fd"));
        assertEquals(false, Tty.fromProc(fdDir("/dev/pts/0", "pipe:[4711]")));
        assertNull(Tty.fromProc(dir.resolve("nothing-here")));
        assertFalse(Tty.isTerminalDevice("/dev/null"));
        assertFalse(Tty.isTerminalDevice("/home/ana/out.txt"));
        assertFalse(Tty.isTerminalDevice("socket:[99]"));
        assertTrue(Tty.isTerminalDevice("/dev/console"));
        assertTrue(Tty.isTerminalDevice("/dev/ttyS0"));
    }

    @Test
    void theTestRunnersPipesAreNotATerminal() {
        assertFalse(Tty.isTerminal(), "surefire connects the test JVM through pipes");
    }

    // ---- real JVMs: this one's JDK, and a JDK 22+ when the machine has one

    private static String classPath() throws URISyntaxException {
        return Path.of(Tty.class.getProtectionDomain().getCodeSource().getLocation().toURI()) + File.pathSeparator
                + Path.of(TtyProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static List<Path> javas() throws IOException {
        List<Path> javas = new ArrayList<>();
        javas.add(Path.of(System.getProperty("java.home"), "bin", "java"));
        Path jvms = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvms)) {
            try (Stream<Path> list = Files.list(jvms)) {
                list.map(p -> p.resolve("bin/java")).filter(Files::isExecutable).filter(TtyTest::isJdk22OrLater)
                        .findFirst().ifPresent(javas::add);
            }
        }
        return javas;
    }

    /** Reads the "release" file beside bin/ ("JAVA_VERSION=\"25.0.3\""). */
    private static boolean isJdk22OrLater(Path java) {
        try {
            for (String line : Files.readAllLines(java.getParent().getParent().resolve("release"))) {
                if (!line.startsWith("JAVA_VERSION=")) continue;
                String v = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                int dot = v.indexOf('.');
                return Integer.parseInt(dot < 0 ? v : v.substring(0, dot)) >= 22;
            }
        } catch (IOException | NumberFormatException e) {
            return false;
        }
        return false;
    }

    private static String run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the probe JVM ended");
        return out.strip();
    }

    @Test
    void aJvmWithRedirectedStreamsIsNotATerminal() throws Exception {
        for (Path java : javas()) {
            assertEquals("terminal=false", run(List.of(java.toString(), "-cp", classPath(), TtyProbe.class.getName())),
                    java.toString());
        }
    }

    @Test
    void aJvmOnAPseudoTerminalIsATerminal() throws Exception {
        Path script = Path.of("/usr/bin/script");
        assumeTrue(Files.isExecutable(script), "util-linux script(1) is needed to give the probe a terminal");
        for (Path java : javas()) {
            String command = "'" + java + "' -cp '" + classPath() + "' " + TtyProbe.class.getName();
            assertEquals("terminal=true", run(List.of(script.toString(), "-qec", command, "/dev/null")), java.toString());
        }
    }
}
