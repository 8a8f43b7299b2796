package dev.gazette.feed;

/**
 * Decides whether the bodies of a big file stay in it ({@link FileText}) or are kept in
 * memory: an article whose body stays in the file costs some fifty bytes of offsets instead
 * of its packed body, which only pays for bodies of some size. So the first bodies are kept
 * and measured, and the rest stay in the file only when those were long: a million one-line
 * posts stay packed in memory (as small as they get there), a feed of 2 KB articles goes to
 * the file after its first screenful. One per load; the parser's thread only.
 */
public final class BodyPlacement {
    /** Bodies kept and measured before deciding: about a first screen's worth of items. */
    static final int SAMPLE = 64;
    /** Average characters a body must have for the rest to stay in the file. */
    static final int MIN_AVERAGE_CHARS = 512;

    private int measured;
    private long chars;

    /** Whether the next body may stay in the file (the sample is in and its bodies were long). */
    public boolean leaveInFile() {
        return measured >= SAMPLE && chars >= (long) MIN_AVERAGE_CHARS * measured;
    }

    /** A body of this many characters was kept (0 for an item with none); counted until the sample is in. */
    public void kept(int bodyChars) {
        if (measured < SAMPLE) {
            measured++;
            chars += bodyChars;
        }
    }
}
