package dev.gazette.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * A table's cells placed on a grid of columns as a browser places them: a cell with
 * {@code colspan} takes that many columns, one with {@code rowspan} also takes its columns in
 * the rows below (within its row group), and the next cells of those rows move past it.
 * {@link #build} then drops what only made space on a page: rows with no text and columns
 * no cell of one column has text in.
 */
final class TableGrid {
    /**
     * A cell: its first column and the columns it spans. A {@code continued} cell is a cell
     * of a row above that spans down into this one (rowspan): the grid leaves its place blank,
     * a layout that reads rows one at a time shows it again.
     */
    record Cell(StyledText text, int column, int span, boolean continued, Align align) {
        int end() {
            return column + span;
        }

        boolean isBlank() {
            return text.isBlank();
        }
    }

    /** Where a cell's text sits in its columns: HTML's {@code align} or CSS {@code text-align}. */
    enum Align { LEFT, CENTER, RIGHT }

    /** One row's cells, in column order; {@code header} when its cells are th or it sits in thead. */
    record Row(List<Cell> cells, boolean header) {
        /**
         * For each column, whether a line between it and the column before is drawn in this
         * row, that is, whether no cell spans across it (index 0 and {@code columns} unused).
         */
        boolean[] boundaries(int columns) {
            boolean[] open = new boolean[columns + 1];
            Arrays.fill(open, true);
            for (Cell c : cells) for (int j = c.column() + 1; j < c.end(); j++) open[j] = false;
            return open;
        }
    }

    /** HTML's own limit on colspan; beyond it a browser reads 1000 too. */
    static final int MAX_COLSPAN = 1000;
    /** HTML's own limit on rowspan. */
    static final int MAX_ROWSPAN = 65534;
    /**
     * Columns beyond this are not placed (cells starting there are dropped): far more than a
     * terminal shows, and it bounds the work a hostile table of many wide cells can ask for.
     */
    static final int MAX_COLUMNS = 1000;
    /**
     * Places below their rows that rowspans may take in one table, after which rowspans end
     * where they are: a few bytes of {@code <td rowspan=0>} over many rows would otherwise
     * copy a cell into every row. Real tables stay far below it.
     */
    static final int MAX_CONTINUED = 100_000;

    private final List<Row> rows;
    private final int columns;

    private TableGrid(List<Row> rows, int columns) {
        this.rows = List.copyOf(rows);
        this.columns = columns;
    }

    List<Row> rows() {
        return rows;
    }

    int columns() {
        return columns;
    }

    /** Collects rows cell by cell, in document order. */
    static final class Builder {
        /** A cell spanning rows below the current one, with how many rows it still takes. */
        private record Spanning(Cell cell, int rowsLeft) {}

        private final List<Row> rows = new ArrayList<>();
        private List<Spanning> spanning = new ArrayList<>();
        private List<Cell> cells;
        private final BitSet taken = new BitSet();
        private boolean header;
        private int next;
        private int continuedLeft = MAX_CONTINUED;

        /**
         * A row group (thead, tbody, tfoot) ends: rowspans stop at its end, as in HTML, so a
         * cell of the header never reaches into the body.
         */
        void endGroup() {
            endRow();
            spanning = new ArrayList<>();
        }

        /** Starts a row; the cells of rowspans from above are placed in it first. */
        void row(boolean headerRow) {
            endRow();
            cells = new ArrayList<>();
            taken.clear();
            header = headerRow;
            next = 0;
            List<Spanning> still = new ArrayList<>();
            for (Spanning s : spanning) {
                if (continuedLeft-- <= 0) break;
                Cell c = s.cell();
                place(new Cell(c.text(), c.column(), c.span(), true, c.align()));
                if (s.rowsLeft() > 1) still.add(new Spanning(c, s.rowsLeft() - 1));
            }
            spanning = still;
        }

        /**
         * Adds a cell to the current row at the first free column.
         *
         * @param rowspan 0 spans to the end of the row group, as in HTML
         */
        void cell(StyledText text, int colspan, int rowspan) {
            cell(text, colspan, rowspan, Align.LEFT);
        }

        /** The same, the text placed in its columns as {@code align} says. */
        void cell(StyledText text, int colspan, int rowspan, Align align) {
            if (cells == null) row(false);
            int column = taken.nextClearBit(next);
            if (column >= MAX_COLUMNS) return;
            // A colspan running into a rowspan's place from above stops before it (a browser
            // would draw the two on top of each other).
            int wanted = Math.min(Math.min(Math.max(colspan, 1), MAX_COLSPAN), MAX_COLUMNS - column);
            int blocked = taken.nextSetBit(column);
            int span = blocked < 0 ? wanted : Math.min(wanted, blocked - column);
            Cell cell = new Cell(text, column, span, false, align);
            place(cell);
            next = column + span;
            int rowsBelow = rowspan == 0 ? MAX_ROWSPAN : Math.min(rowspan, MAX_ROWSPAN) - 1;
            if (rowsBelow > 0) spanning.add(new Spanning(cell, rowsBelow));
        }

        private void place(Cell cell) {
            cells.add(cell);
            taken.set(cell.column(), cell.end());
        }

        private void endRow() {
            if (cells == null) return;
            cells.sort(Comparator.comparingInt(Cell::column));
            rows.add(new Row(List.copyOf(cells), header));
            cells = null;
        }

        /** The grid, without its spacer rows and columns. */
        TableGrid build() {
            endRow();
            return SpacerRemoval.apply(rows);
        }
    }

    /**
     * Old pages space tables out with empty rows and columns ({@code <td width=10>}, {@code
     * <tr height=10>}); in a terminal the separators already space the columns, and an empty
     * column drawn as "│  │" only looks like missing data.
     */
    private static final class SpacerRemoval {
        private SpacerRemoval() { }

        static TableGrid apply(List<Row> placed) {
            List<Row> rows = new ArrayList<>();
            int columns = 0;
            for (Row r : placed) {
                if (hasOwnText(r)) rows.add(r);
                for (Cell c : r.cells()) columns = Math.max(columns, c.end());
            }
            boolean[] kept = keptColumns(rows, columns);
            int[] before = new int[columns + 1];       // kept columns left of each column
            for (int j = 0; j < columns; j++) before[j + 1] = before[j] + (kept[j] ? 1 : 0);
            List<Row> out = new ArrayList<>(rows.size());
            for (Row r : rows) {
                List<Cell> cells = new ArrayList<>(r.cells().size());
                for (Cell c : r.cells()) {
                    int span = before[c.end()] - before[c.column()];
                    if (span > 0) cells.add(new Cell(c.text(), before[c.column()], span, c.continued(), c.align()));
                }
                out.add(new Row(List.copyOf(cells), r.header()));
            }
            return new TableGrid(out, before[columns]);
        }

        /** A row whose own cells are all blank adds nothing (a cell from above shows in its first row). */
        private static boolean hasOwnText(Row r) {
            for (Cell c : r.cells()) if (!c.continued() && !c.isBlank()) return true;
            return false;
        }

        /**
         * A column is kept when a one-column cell in it has text; a spanning cell with text
         * over none of those keeps its first column, so no text is lost.
         */
        private static boolean[] keptColumns(List<Row> rows, int columns) {
            boolean[] kept = new boolean[columns];
            for (Row r : rows) {
                for (Cell c : r.cells()) if (c.span() == 1 && !c.isBlank()) kept[c.column()] = true;
            }
            for (Row r : rows) {
                for (Cell c : r.cells()) {
                    if (c.span() == 1 || c.isBlank()) continue;
                    boolean any = false;
                    for (int j = c.column(); j < c.end() && !any; j++) any = kept[j];
                    if (!any) kept[c.column()] = true;
                }
            }
            return kept;
        }
    }
}
