package dev.gazette.feed;

/**
 * Told how a load is going, for a progress bar and for showing the first articles of a
 * huge file before the rest is read. Called on the loading thread; keep it cheap.
 */
@FunctionalInterface
public interface LoadListener {
    /** A listener that ignores everything. */
    LoadListener NONE = (bytesRead, totalBytes, itemsSoFar) -> { };

    /**
     * Called every thousand items or so (and at least once, at the end).
     *
     * @param totalBytes the file size, or -1 when unknown (a pipe)
     */
    void progress(long bytesRead, long totalBytes, int itemsSoFar);

    /**
     * Called for each article as it is read, in file order, once the feed's version has
     * been seen. The final {@link Feed} may still differ: it is sorted, and feed-level
     * authors that come after the items in the file are only applied at the end.
     */
    default void article(Article a) { }

    /**
     * Called once when the items array starts, with the feed's title as far as it has been
     * read (null when the file gives it only after the items), so a partial list can be
     * headed with the right name.
     */
    default void itemsStarting(String feedTitle) { }

    /**
     * Called when the file is read again from its start (it stopped on a control character,
     * which the second reading replaces): the articles told so far come again.
     */
    default void restarting() { }

    /**
     * Called when a URL's load stops waiting: its download begins (a fetch may first wait for a
     * free connection to its server, two at a time), or its cached copy is read. A list of
     * feeds says which are waiting and which are under way.
     */
    default void started() { }
}
