package dev.gazette.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A table drawn as a grid: each column as wide as its widest cell, columns joined with " │ ",
 * a rule under the header rows, each cell's text at the left, centre or right of its place
 * as the page aligned it (figures are usually set right, so their digits line up). A cell
 * spanning columns is drawn across them and the separators between them; when it is wider
 * than they are, the difference is spread over its columns.
 *
 * <p>When those widths do not fit the screen, some columns give up room and their cells wrap
 * ({@link TableColumnFit}), each row as tall as its tallest cell.
 */
final class TableGridLayout {
    static final String SEPARATOR = " \u2502 ";
    private static final int SEPARATOR_COLUMNS = TextWidth.columns(SEPARATOR);

    private final TableGrid grid;
    private final int[] natural;
    /** Made the first time the table does not fit: most tables never need it. */
    private TableColumnFit fit;
    private final int width;

    TableGridLayout(TableGrid grid) {
        this.grid = grid;
        this.natural = columnWidths(grid);
        this.width = total(natural);
    }

    /** The columns the widest line takes when no cell wraps. */
    int width() {
        return width;
    }

    /** Column widths for a screen {@code available} columns wide, or null when no grid fits it. */
    int[] widthsFor(int available) {
        if (width <= available) return natural;
        if (fit == null) fit = new TableColumnFit(grid, natural);
        return fit.widths(available - separators(natural.length));
    }

    private static int separators(int columns) {
        return SEPARATOR_COLUMNS * Math.max(0, columns - 1);
    }

    private static int total(int[] widths) {
        int total = separators(widths.length);
        for (int w : widths) total += w;
        return total;
    }

    /** The lines of the table with the given column widths (from {@link #widthsFor}). */
    void lines(int[] widths, Block.LineSink line) {
        List<TableGrid.Row> rows = grid.rows();
        for (int k = 0; k < rows.size(); k++) {
            TableGrid.Row row = rows.get(k);
            for (List<Span> l : row(row, widths)) line.accept(l);
            if (row.header() && k + 1 < rows.size() && !rows.get(k + 1).header()) {
                line.accept(List.of(new Span(rule(row, rows.get(k + 1), widths), Style.DIM)));
            }
        }
    }

    /**
     * Widths from the one-column cells first; then each spanning cell, narrowest span first
     * (so a wide span sees the widths the narrower spans inside it asked for), widens its
     * columns evenly by what it lacks, the leftmost taking any remainder.
     */
    private static int[] columnWidths(TableGrid grid) {
        int[] widths = new int[grid.columns()];
        List<TableGrid.Cell> spanning = new ArrayList<>();
        for (TableGrid.Row r : grid.rows()) {
            for (TableGrid.Cell c : r.cells()) {
                if (c.continued()) continue;                // the same cell as in its first row
                if (c.span() > 1) spanning.add(c);
                else widths[c.column()] = Math.max(widths[c.column()], TextWidth.columns(c.text().text()));
            }
        }
        spanning.sort(Comparator.comparingInt(TableGrid.Cell::span));
        for (TableGrid.Cell c : spanning) {
            int lacking = TextWidth.columns(c.text().text()) - spannedWidth(widths, c);
            for (int j = 0; j < c.span() && lacking > 0; j++) {
                widths[c.column() + j] += lacking / c.span() + (j < lacking % c.span() ? 1 : 0);
            }
        }
        return widths;
    }

    private static int spannedWidth(int[] widths, TableGrid.Cell c) {
        int w = SEPARATOR_COLUMNS * (c.span() - 1);
        for (int j = c.column(); j < c.end(); j++) w += widths[j];
        return w;
    }

    /**
     * One row's lines: each cell wrapped to the columns it spans and padded to them, a place no
     * cell takes (or a cell from the row above spanning down into it) blank; nothing after the
     * row's last cell with text. The row is as tall as its tallest cell.
     */
    private List<List<Span>> row(TableGrid.Row row, int[] widths) {
        List<TableGrid.Cell> cells = row.cells();
        int last = lastShown(row);
        List<List<List<Span>>> wrapped = new ArrayList<>();
        int height = 1;
        for (int index = 0; index <= last; index++) {
            List<List<Span>> cellLines = cellLines(cells.get(index), spannedWidth(widths, cells.get(index)));
            wrapped.add(cellLines);
            height = Math.max(height, cellLines.size());
        }
        List<List<Span>> lines = new ArrayList<>(height);
        for (int k = 0; k < height; k++) lines.add(rowLine(row, widths, wrapped, k, last));
        return lines;
    }

    /** Line {@code k} of a row whose cells are already wrapped. */
    private List<Span> rowLine(TableGrid.Row row, int[] widths, List<List<List<Span>>> wrapped, int k, int last) {
        List<TableGrid.Cell> cells = row.cells();
        List<Span> spans = new ArrayList<>();
        int column = 0;
        int index = 0;
        while (index <= last) {
            TableGrid.Cell cell = cells.get(index);
            List<Span> text = k < wrapped.get(index).size() ? wrapped.get(index).get(k) : List.of();
            boolean lastWithNothing = index == last && text.isEmpty() && cell.column() <= column;
            // A cell with nothing on this line ends the line with its separator, not with spaces after it.
            if (column > 0) spans.add(new Span(lastWithNothing ? SEPARATOR.stripTrailing() : SEPARATOR, Style.DIM));
            if (cell.column() > column) {                   // a place no cell takes
                spans.add(new Span(" ".repeat(widths[column])));
                column++;
                continue;
            }
            int shown = 0;
            for (Span s : text) shown += TextWidth.columns(s.text());
            int pad = Math.max(0, spannedWidth(widths, cell) - shown);
            int before = text.isEmpty() ? 0 : switch (cell.align()) {
                case LEFT -> 0;
                case CENTER -> pad / 2;
                case RIGHT -> pad;
            };
            if (before > 0) spans.add(new Span(" ".repeat(before)));
            spans.addAll(text);
            if (index < last && pad > before) spans.add(new Span(" ".repeat(pad - before)));
            column = cell.end();
            index++;
        }
        return spans;
    }

    /** A cell's text as lines of {@code width} columns: one line when it fits, none for a cell spanning down from above. */
    private static List<List<Span>> cellLines(TableGrid.Cell cell, int width) {
        if (cell.continued()) return List.of();
        StyledText text = cell.text();
        if (TextWidth.columns(text.text()) <= width) return List.of(text.spans(0, text.length()));
        List<List<Span>> lines = new ArrayList<>();
        TextBlock.wrap(text, text.text(), width, (spans, joinBefore, markAtEnd) -> lines.add(spans));
        return lines;
    }

    /** The index of the row's last cell that shows text (a row kept in the grid has one). */
    private static int lastShown(TableGrid.Row row) {
        int last = row.cells().size() - 1;
        while (last > 0 && (row.cells().get(last).continued() || row.cells().get(last).isBlank())) last--;
        return Math.max(last, 0);
    }

    /**
     * The rule between the last header row and the body: "┼" where both draw a separator,
     * "┴" where only the header does (under a spanning body cell) and "┬" where only the body
     * does (under a spanning header). The header's separators are the ones its line draws; the
     * body's are its columns' lines, even where its first row ends early, as the rows below
     * usually go on.
     */
    private static String rule(TableGrid.Row header, TableGrid.Row body, int[] widths) {
        int n = widths.length;
        boolean[] above = header.boundaries(n);
        boolean[] below = body.boundaries(n);
        int headerEnd = header.cells().get(lastShown(header)).end();
        StringBuilder rule = new StringBuilder();
        for (int j = 0; j < n; j++) {
            if (j > 0) {
                boolean up = above[j] && j < headerEnd;
                char junction = up && below[j] ? '\u253C' : up ? '\u2534' : below[j] ? '\u252C' : '\u2500';
                rule.append('\u2500').append(junction).append('\u2500');
            }
            rule.append("\u2500".repeat(widths[j]));
        }
        return rule.toString();
    }
}
