package dev.gazette.comments;

/**
 * The fields of one journal line as found, before any meaning is given to them: every value is
 * the raw JSON string (null when absent or JSON null). Mutable and reused line after line by the
 * index, which reads a million lines without keeping any of these.
 *
 * <p>{@code text} is only decoded when someone asks for it; {@code hasText} says whether the line
 * carries a string {@code text} at all, and {@code textStart}/{@code textEnd} are byte offsets of
 * its raw (still escaped) content within the line when the fast scanner found it.
 */
final class LineFields {
    String id;
    String article;
    String author;
    String date;
    String parent;
    String edits;
    String deletes;
    String text;
    boolean hasText;

    void clear() {
        id = article = author = date = parent = edits = deletes = text = null;
        hasText = false;
    }

    /**
     * Stores one named value; unknown names are ignored, like the feed reader does.
     * A later duplicate name wins, as with Gson.
     */
    void set(String name, String value) {
        switch (name) {
            case "id" -> id = value;
            case "article" -> article = value;
            case "author" -> author = value;
            case "date" -> date = value;
            case "parent" -> parent = value;
            case "edits" -> edits = value;
            case "deletes" -> deletes = value;
            case "text" -> {
                text = value;
                hasText = value != null;
            }
            default -> { }
        }
    }

    /** True for the names whose value must be a string or null (anything else makes the line unreadable). */
    static boolean known(String name) {
        return switch (name) {
            case "id", "article", "author", "date", "parent", "edits", "deletes", "text" -> true;
            default -> false;
        };
    }
}
