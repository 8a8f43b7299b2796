package dev.gazette.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Collects blocks in reading order while a renderer walks its input: keeps the stack of
 * containers (list items, quotes, definitions) whose prefixes frame each block, collapses
 * HTML whitespace in running text, and turns "a blank line goes here" requests into at most
 * one blank line between two blocks (like collapsing CSS margins).
 *
 * <p>In inline-only mode (used for table cells) every block boundary becomes a space and
 * everything ends up in one line of styled text.
 */
final class BlockBuilder {
    /** Containers deeper than this add no more indentation (hostile nesting, tiny screens). */
    static final int MAX_INDENT_DEPTH = 12;

    private static final class Container {
        final Prefix first;
        final Prefix rest;
        final boolean item;
        boolean used;

        Container(Prefix first, Prefix rest, boolean item) {
            this.first = first;
            this.rest = rest;
            this.item = item;
        }
    }

    private final boolean inlineOnly;
    private final List<Block> blocks = new ArrayList<>();
    private final List<Container> containers = new ArrayList<>();
    private int depth;                  // containers pushed, including those past MAX_INDENT_DEPTH
    private boolean pendingGap;
    private StyledText inline = new StyledText();
    private boolean pendingSpace;
    private boolean pendingSpaceHadNewline;
    private boolean atLineStart = true;
    private long emitted;               // characters of content ever appended (for empty-link detection)

    BlockBuilder() {
        this(false);
    }

    private BlockBuilder(boolean inlineOnly) {
        this.inlineOnly = inlineOnly;
    }

    static BlockBuilder inlineOnly() {
        return new BlockBuilder(true);
    }

    long emitted() {
        return emitted;
    }

    /** Running text with HTML whitespace rules: runs of whitespace are one space, none at a line start. */
    void text(String clean, Set<Style> styles) {
        int n = clean.length();
        int i = 0;
        while (i < n) {
            char c = clean.charAt(i);
            if (c == ' ' || c == '\n' || c == '\t') {
                if (!atLineStart) {
                    pendingSpace = true;
                    if (c == '\n') pendingSpaceHadNewline = true;
                }
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n) {
                char d = clean.charAt(j);
                if (d == ' ' || d == '\n' || d == '\t') break;
                j++;
            }
            emitSpaceBefore(c, styles);
            inline.append(clean, i, j, styles);
            emitted += j - i;
            atLineStart = false;
            i = j;
        }
    }

    /** Text that is not collapsed (markers like "[1]" or "[image: x]"); a pending space still goes first. */
    void literal(String clean, Set<Style> styles) {
        if (clean.isEmpty()) return;
        emitSpaceBefore(clean.charAt(0), styles);
        inline.append(clean, styles);
        emitted += clean.length();
        atLineStart = false;
    }

    /**
     * Text that belongs to what came just before it (a link's number): a space pending after
     * that text stays pending, for the next word, so "Bundle. </a>It" reads "Bundle.[1] It",
     * not "Bundle. [1]It".
     */
    void attached(String clean, Set<Style> styles) {
        if (clean.isEmpty()) return;
        if (atLineStart) {
            literal(clean, styles);
            return;
        }
        // A no-break space at the end of the text ("Bundle.&nbsp;</a>It") goes after the number too.
        int nbsp = inline.trailing('\u00A0');
        inline.dropLast(nbsp);
        inline.append(clean, styles);
        if (nbsp > 0) inline.append("\u00A0".repeat(nbsp), Span.styleSet());
        emitted += clean.length();
    }

    private void emitSpaceBefore(char next, Set<Style> styles) {
        if (!pendingSpace) return;
        // CSS Text 3: a line break between two East Asian wide characters is removed, not a space
        boolean drop = pendingSpaceHadNewline && inline.length() > 0
                && Graphemes.isWideChar(inline.lastChar()) && Graphemes.isWideChar(next);
        if (!drop) inline.append(' ', styles);
        pendingSpace = false;
        pendingSpaceHadNewline = false;
    }

    /** A hard line break (br). Ignored at the start of a block. */
    void lineBreak() {
        if (inlineOnly) {
            if (!atLineStart) pendingSpace = true;
            return;
        }
        if (inline.length() == 0) return;
        inline.append('\n', Span.styleSet());
        pendingSpace = false;
        pendingSpaceHadNewline = false;
        atLineStart = true;
    }

    /** Asks for a blank line before the next block. */
    void gap() {
        if (!inlineOnly) pendingGap = true;
    }

    /** Ends the running paragraph, if any, as a text block. */
    void flush() {
        if (inlineOnly) {
            if (!atLineStart) pendingSpace = true;
            return;
        }
        inline.trimEnd();
        if (!inline.isBlank()) {
            add(new TextBlock(frame(), inline));
            inline = new StyledText();
        } else if (inline.length() > 0) {
            inline = new StyledText();
        }
        pendingSpace = false;
        pendingSpaceHadNewline = false;
        atLineStart = true;
    }

    /** A paragraph given whole (plain text, the Links list); '\n' in it are hard breaks. */
    void paragraph(StyledText text) {
        flush();
        if (inlineOnly) {
            literal(text.text().replace('\n', ' '), Span.styleSet());
            return;
        }
        add(new TextBlock(frame(), text));
    }

    /** Preformatted text (clean, may hold tabs and '\n'). */
    void pre(StyledText text) {
        flush();
        if (text.isBlank()) return;
        if (inlineOnly) {
            String flat = text.text().replace('\n', ' ').replace('\t', ' ');
            literal(flat.strip(), Span.styleSet(Style.CODE));
            pendingSpace = true;
            return;
        }
        add(new PreBlock(frame(), text));
    }

    void rule() {
        flush();
        if (!inlineOnly) add(new RuleBlock(frame()));
    }

    void table(TableGrid grid) {
        flush();
        if (grid.rows().isEmpty()) return;
        if (inlineOnly) {
            for (TableGrid.Row r : grid.rows()) {
                for (TableGrid.Cell cell : r.cells()) {
                    if (cell.continued()) continue;         // shown in its first row
                    if (!cell.isBlank()) literal(cell.text().text(), Span.styleSet());
                    pendingSpace = true;
                }
            }
            return;
        }
        add(new TableBlock(frame(), grid));
    }

    /**
     * Enters a container whose first block line starts with {@code first} and other lines with
     * {@code rest}; an {@code item} (list item) shows its marker even when it holds nothing.
     */
    void push(Prefix first, Prefix rest, boolean item) {
        flush();
        depth++;
        if (!inlineOnly && depth <= MAX_INDENT_DEPTH) containers.add(new Container(first, rest, item));
    }

    /** Leaves the innermost container. */
    void pop() {
        flush();
        if (!inlineOnly && depth <= MAX_INDENT_DEPTH) {
            Container c = containers.get(containers.size() - 1);
            if (!c.used && c.item) add(new TextBlock(frame(), new StyledText()));
            containers.remove(containers.size() - 1);
        }
        depth = Math.max(0, depth - 1);
    }

    private Block.Frame frame() {
        boolean gapBefore = pendingGap && !blocks.isEmpty();
        pendingGap = false;
        if (containers.isEmpty()) return gapBefore ? Block.Frame.TOP_GAP : Block.Frame.TOP;
        List<Prefix> first = new ArrayList<>(containers.size());
        List<Prefix> rest = new ArrayList<>(containers.size());
        List<Prefix> gap = new ArrayList<>(containers.size());
        boolean shared = true;
        for (Container c : containers) {
            first.add(c.used ? c.rest : c.first);
            rest.add(c.rest);
            if (shared && c.used) gap.add(c.rest);
            else shared = false;
            c.used = true;
        }
        return new Block.Frame(Prefix.concat(first), Prefix.concat(rest), Prefix.concat(gap), gapBefore);
    }

    private void add(Block b) {
        blocks.add(b);
    }

    /** The blocks, after ending any running paragraph. */
    List<Block> finish() {
        flush();
        return blocks;
    }

    /** Inline-only mode: the collected line, trimmed. */
    StyledText finishInline() {
        inline.trimEnd();
        return inline;
    }
}
