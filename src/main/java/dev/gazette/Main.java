package dev.gazette;

import dev.gazette.cli.Cli;
import dev.gazette.cli.Tty;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;

/** Entry point: runs the command line and exits with its code. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // Reading the time zone database takes about 9 ms, and every mode needs it (dates in
        // --list and on screen): it is read on a second core while the command line is worked out.
        Thread zone = new Thread(ZoneId::systemDefault, "gazette-zone");
        zone.setDaemon(true);
        zone.start();
        boolean terminal = Tty.isTerminal();
        // Feed text is UTF-8 whatever the locale says; a POSIX locale would print '?' for it.
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = new Cli(out, err, System.getenv(), terminal).run(List.of(args));
        System.exit(code);
    }
}
