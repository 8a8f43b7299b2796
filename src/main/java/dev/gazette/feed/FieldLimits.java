package dev.gazette.feed;

/**
 * How much of one field a loader keeps, in every format: a field past its limit is cut, with a
 * warning. Real feeds stay far below; the limits bound what one hostile value costs to keep,
 * measure and draw (a 20 M-character title took seconds a keystroke and 1.6 GB).
 */
public final class FieldLimits {
    /** Most characters kept of a short field (title, link, id, name, date, tag). */
    public static final int SHORT = 64 * 1024;
    /** Most characters kept of one body: 8 M characters, far beyond any real article. */
    public static final int BODY = 8 * 1024 * 1024;

    private FieldLimits() { }

    /** The first {@code limit} characters of {@code s}, one fewer when that would split a surrogate pair. */
    static String cut(String s, int limit) {
        if (s.length() <= limit) return s;
        int end = Character.isHighSurrogate(s.charAt(limit - 1)) ? limit - 1 : limit;
        return s.substring(0, end);
    }
}
