package dev.gazette.feed.xml;

/**
 * A place in the file, its line and column in one long: every field read takes one (see
 * {@link XmlCursor#position}) so that a warning can name it, and a long costs no object.
 */
final class XmlPosition {
    private XmlPosition() { }

    static long of(int line, int column) {
        return ((long) line << 32) | (column & 0xffffffffL);
    }

    static int line(long position) {
        return (int) (position >>> 32);
    }

    static int column(long position) {
        return (int) position;
    }
}
