package dev.gazette.feed.xml;

/**
 * Where {@link XmlCursor} writes an element's text: a String for the short fields, the
 * characters of a body ({@link BodyText}) for the body store.
 */
interface TextOut {
    /** Characters (UTF-16 units) written so far: the measure of the limits. */
    int length();

    void append(char[] chars, int offset, int count);

    void append(String s);

    /** Appends text escaped as HTML ({@code & < > "}). */
    void appendEscaped(char[] chars, int offset, int count);

    void appendEscaped(String s);

    /** A TextOut over a StringBuilder. */
    final class Chars implements TextOut {
        final StringBuilder sb = new StringBuilder(256);

        @Override
        public int length() {
            return sb.length();
        }

        @Override
        public void append(char[] chars, int offset, int count) {
            sb.append(chars, offset, count);
        }

        @Override
        public void append(String s) {
            sb.append(s);
        }

        @Override
        public void appendEscaped(char[] chars, int offset, int count) {
            HtmlOut.escape(sb, chars, offset, count);
        }

        @Override
        public void appendEscaped(String s) {
            HtmlOut.escape(sb, s);
        }
    }
}
