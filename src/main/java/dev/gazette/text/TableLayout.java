package dev.gazette.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter.FilterResult;

/**
 * Tables for {@link HtmlWalker}: a data table (two or more cells in a row) becomes a
 * {@link TableBlock} with an italic caption and bold header cells; a layout table (one cell
 * a row, or nested deeper than {@link #MAX_TABLE_DEPTH}) is just its cells' blocks.
 */
final class TableLayout {
    /** Table nesting beyond this is laid out as plain blocks (no recursion for hostile input). */
    static final int MAX_TABLE_DEPTH = 3;

    private TableLayout() { }

    /**
     * Lays out {@code table} outside preformatted text. Returns SKIP_ENTIRELY when it became
     * a table block, CONTINUE when the walker should go on into its cells as blocks.
     *
     * @param tableDepth how many tables enclose this one
     */
    static FilterResult lay(Element table, BlockBuilder out, LinkCollector links, int tableDepth) {
        List<Element> rowElements = new ArrayList<>();
        Element caption = null;
        for (Element child : table.children()) {
            String n = child.normalName();
            if (n.equals("tr")) rowElements.add(child);
            else if (n.equals("thead") || n.equals("tbody") || n.equals("tfoot")) {
                for (Element tr : child.children()) if (tr.normalName().equals("tr")) rowElements.add(tr);
            } else if (n.equals("caption") && caption == null) caption = child;
        }
        int maxCells = 0;
        for (Element tr : rowElements) {
            int cells = 0;
            for (Element c : tr.children()) if (isCell(c)) cells++;
            maxCells = Math.max(maxCells, cells);
        }
        out.flush();
        out.gap();
        if (maxCells <= 1 || tableDepth >= MAX_TABLE_DEPTH || isLayoutRow(rowElements)) return FilterResult.CONTINUE;  // a layout table
        if (caption != null) {
            StyledText text = cellText(caption, links, tableDepth);
            if (!text.isBlank()) out.paragraph(withStyle(text, Style.ITALIC));
        }
        TableGrid.Builder grid = new TableGrid.Builder();
        Element group = null;
        for (Element tr : rowElements) {
            if (tr.parent() != group) grid.endGroup();   // rowspans end with their thead, tbody or tfoot
            group = tr.parent();
            List<Element> cells = tr.children().stream().filter(TableLayout::isCell).toList();
            if (cells.isEmpty()) continue;
            boolean inThead = tr.parent() != null && tr.parent().normalName().equals("thead");
            grid.row(inThead || cells.stream().allMatch(c -> c.normalName().equals("th")));
            for (Element c : cells) {
                StyledText text = cellText(c, links, tableDepth);
                grid.cell(c.normalName().equals("th") ? withStyle(text, Style.BOLD) : text,
                        Math.max(1, span(c, "colspan", 1)), span(c, "rowspan", 1), align(c, tr));
            }
        }
        out.table(grid.build());
        out.gap();
        return FilterResult.SKIP_ENTIRELY;
    }

    /** Elements that make a cell a page of its own, not a value in a grid. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "ul", "ol", "blockquote",
            "pre", "table", "h1", "h2", "h3", "h4", "h5", "h6");

    /**
     * One row whose cells hold paragraphs or line breaks: a page laid out side by side (a
     * thumbnail beside a post, as Reddit's feeds have), read better as the blocks it holds than
     * squeezed into a grid row that loses every break.
     */
    private static boolean isLayoutRow(List<Element> rows) {
        if (rows.size() != 1) return false;
        for (Element cell : rows.get(0).children()) {
            if (!isCell(cell)) continue;
            for (Element inside : cell.getAllElements()) {
                if (inside != cell && BLOCKS.contains(inside.normalName())) return true;
            }
        }
        return false;
    }

    /**
     * A colspan or rowspan read as HTML reads it: leading spaces, then digits up to the first
     * other character ("2px" is 2), {@code fallback} when there are none. Nine digits at most
     * are read, so no value overflows; the grid holds spans to HTML's limits.
     */
    static int span(Element cell, String attribute, int fallback) {
        String v = cell.attr(attribute).stripLeading();
        int end = 0;
        while (end < v.length() && end < 9 && v.charAt(end) >= '0' && v.charAt(end) <= '9') end++;
        return end == 0 ? fallback : Integer.parseInt(v, 0, end, 10);
    }

    /**
     * How a page aligns a cell: its own {@code text-align} style or {@code align} attribute,
     * else its row's (Markdown converters write the style on every cell of a column; older
     * pages write the attribute). "justify" and unknown values read as left, as in a browser.
     */
    static TableGrid.Align align(Element cell, Element row) {
        TableGrid.Align own = declaredAlign(cell);
        if (own != null) return own;
        TableGrid.Align inherited = declaredAlign(row);
        return inherited != null ? inherited : TableGrid.Align.LEFT;
    }

    private static TableGrid.Align declaredAlign(Element e) {
        String style = e.attr("style");
        String value = null;
        // The last text-align declaration wins, as in CSS.
        for (String declaration : style.split(";")) {
            int colon = declaration.indexOf(':');
            if (colon > 0 && declaration.substring(0, colon).strip().equalsIgnoreCase("text-align")) {
                value = declaration.substring(colon + 1).replace("!important", "");
            }
        }
        if (value == null) value = e.attr("align");
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "" -> null;
            case "right", "end" -> TableGrid.Align.RIGHT;
            case "center", "middle", "-webkit-center", "-moz-center" -> TableGrid.Align.CENTER;
            default -> TableGrid.Align.LEFT;
        };
    }

    private static boolean isCell(Element e) {
        String n = e.normalName();
        return n.equals("td") || n.equals("th");
    }

    private static StyledText withStyle(StyledText text, Style added) {
        StyledText styled = new StyledText();
        for (Span s : text.spans(0, text.length())) styled.append(s.text(), Span.withStyle(s.styles(), added));
        return styled;
    }

    /** A cell's content as one line of styled text; its links and images are numbered as usual. */
    private static StyledText cellText(Element cell, LinkCollector links, int tableDepth) {
        BlockBuilder inline = BlockBuilder.inlineOnly();
        HtmlWalker walker = new HtmlWalker(inline, links, tableDepth + 1);
        for (Node child : new ArrayList<>(cell.childNodes())) walker.walk(child);
        return inline.finishInline();
    }
}
