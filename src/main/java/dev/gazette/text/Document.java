package dev.gazette.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A rendered article body, independent of the screen width: {@link #layout} wraps it to a
 * width (and keeps the last result, since a reader asks for the same width again and again),
 * {@link #links} lists the numbered URLs its "[n]" markers refer to.
 */
public final class Document {
    private final List<Block> blocks;
    private final List<Link> links;
    private final List<Link> attachments;
    private int cachedWidth = -1;
    private List<StyledLine> cached;

    Document(List<Block> blocks, List<Link> links) {
        this(blocks, links, List.of());
    }

    Document(List<Block> blocks, List<Link> links, List<Link> attachments) {
        this.blocks = List.copyOf(blocks);
        this.links = List.copyOf(links);
        this.attachments = List.copyOf(attachments);
    }

    /**
     * The document as lines of at most {@code width} columns (blank lines included).
     *
     * @throws IllegalArgumentException when width is less than 1
     */
    public synchronized List<StyledLine> layout(int width) {
        if (width < 1) throw new IllegalArgumentException("width must be at least 1, was " + width);
        if (width == cachedWidth) return cached;
        List<StyledLine> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b.gapBefore() && !out.isEmpty()) out.add(b.gapLine(width));
            b.layout(width, out);
        }
        cached = Collections.unmodifiableList(out);
        cachedWidth = width;
        return cached;
    }

    /** The numbered links, images and attachments, in number order. */
    public List<Link> links() {
        return links;
    }

    /** The item's attachments (a podcast's episode) among {@link #links}, in their order. */
    public List<Link> attachments() {
        return attachments;
    }

    /** True when there is nothing to show. */
    boolean isEmpty() {
        for (Block b : blocks) if (!b.isEmpty()) return false;
        return true;
    }
}
