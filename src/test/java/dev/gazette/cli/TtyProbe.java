package dev.gazette.cli;

/** Prints what {@link Tty#isTerminal()} says in a JVM started by {@link TtyTest}. */
public final class TtyProbe {
    private TtyProbe() { }

    public static void main(String[] args) {
        System.out.println("terminal=" + Tty.isTerminal());
    }
}
