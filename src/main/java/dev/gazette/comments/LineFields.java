package dev.gazette.comments;

import java.util.Arrays;

/**
 * The fields of one journal line as found, before any meaning is given to them: every value is
 * the raw JSON string (null when absent or JSON null). Mutable and reused line after line by the
 * index, which reads a million lines without keeping any of these.
 *
 * <p>Two shortcuts for the fast reader ({@link FastFields}): an id-like field (id, parent,
 * edits, deletes) that is a canonical UUID may come as its {@link IdList#key key} instead of a
 * String (no String is made for it); and the short strings that repeat from line to line
 * (article, author) are shared through small caches instead of being made again. {@code text}
 * is only decoded by the general reader; {@code hasText} says whether the line has a string text.
 */
final class LineFields {
    String id;
    long[] idKey;
    String article;
    String author;
    String date;
    boolean dateIsSeconds;  // the date was in the form Gazette writes: dateSeconds holds it
    long dateSeconds;
    String parent;
    long[] parentKey;
    String edits;
    long[] editsKey;
    String deletes;
    long[] deletesKey;
    String text;
    boolean hasText;

    private byte[] lastArticle = new byte[0];
    private String lastArticleString;
    private final byte[][] authorBytes = new byte[256][];
    private final String[] authorStrings = new String[256];

    void clear() {
        id = article = author = date = parent = edits = deletes = text = null;
        idKey = parentKey = editsKey = deletesKey = null;
        hasText = false;
        dateIsSeconds = false;
    }

    /**
     * Stores one named value; unknown names are ignored, like the feed reader does.
     * A later duplicate name wins, as with Gson.
     */
    void set(String name, String value) {
        switch (name) {
            case "id" -> { id = value; idKey = null; }
            case "article" -> article = value;
            case "author" -> author = value;
            case "date" -> { date = value; dateIsSeconds = false; }
            case "parent" -> { parent = value; parentKey = null; }
            case "edits" -> { edits = value; editsKey = null; }
            case "deletes" -> { deletes = value; deletesKey = null; }
            case "text" -> {
                text = value;
                hasText = value != null;
            }
            default -> { }
        }
    }

    /** Stores an id-like value that is a UUID, as its key; {@code field} is 0 id, 4 parent, 5 edits, 6 deletes. */
    void setKey(int field, long[] key) {
        switch (field) {
            case 0 -> { id = null; idKey = key; }
            case 4 -> { parent = null; parentKey = key; }
            case 5 -> { edits = null; editsKey = key; }
            case 6 -> { deletes = null; deletesKey = key; }
            default -> throw new IllegalArgumentException("not an id field: " + field);
        }
    }

    /** Stores a date given in the form Gazette writes, already worked out. */
    void setDateSeconds(long seconds) {
        date = null;
        dateIsSeconds = true;
        dateSeconds = seconds;
    }

    /** The article named by bytes a[from, to) (plain ASCII or UTF-8, no escapes), shared with the last line's. */
    String article(byte[] a, int from, int to, java.nio.charset.Charset utf8) {
        if (!Arrays.equals(a, from, to, lastArticle, 0, lastArticle.length)) {
            lastArticle = Arrays.copyOfRange(a, from, to);
            lastArticleString = new String(lastArticle, utf8);
        }
        return lastArticleString;
    }

    /** The author named by bytes a[from, to), shared with earlier lines by the same author. */
    String author(byte[] a, int from, int to, java.nio.charset.Charset utf8) {
        int h = 0;
        for (int i = from; i < to; i++) h = 31 * h + a[i];
        int slot = (h ^ h >>> 7) & (authorBytes.length - 1);
        byte[] known = authorBytes[slot];
        if (known == null || !Arrays.equals(a, from, to, known, 0, known.length)) {
            authorBytes[slot] = Arrays.copyOfRange(a, from, to);
            authorStrings[slot] = new String(authorBytes[slot], utf8);
        }
        return authorStrings[slot];
    }

    /** True for the names whose value must be a string or null (anything else makes the line unreadable). */
    static boolean known(String name) {
        return switch (name) {
            case "id", "article", "author", "date", "parent", "edits", "deletes", "text" -> true;
            default -> false;
        };
    }
}
