package dev.gazette.text;

import java.util.List;

/**
 * A table as readable rows. When its columns fit the width it is drawn as a grid ({@link
 * TableGridLayout}); when they fit with some cells wrapped, no word broken, as a grid too,
 * unless it has header rows and would lose more than a third of its width: then each row
 * becomes a record of "Header: value" lines ({@link TableStackedLayout}), which reads better
 * than columns of a word or two a line. Narrower than its narrowest grid, a table with header
 * rows is records; one without is a line per row with the cells joined by " │ ", or, for a
 * row too wide for that, its cells one after the other, each on lines of its own.
 */
final class TableBlock extends Block {
    private final TableGrid grid;
    private final TableGridLayout gridLayout;
    private final TableStackedLayout stacked;

    TableBlock(Frame frame, TableGrid grid) {
        super(frame);
        this.grid = grid;
        this.gridLayout = new TableGridLayout(grid);
        this.stacked = TableStackedLayout.of(grid);
    }

    @Override
    void lines(int width, LineSink line) {
        // With header rows, records are the better way to read a table whose grid would lose
        // more than a third of its width.
        boolean worthAGrid = stacked == null || 3L * width >= 2L * gridLayout.width();
        int[] widths = worthAGrid ? gridLayout.widthsFor(width) : null;
        if (widths != null) {
            gridLayout.lines(widths, line);
        } else if (stacked != null) {
            stacked.lines(width, line);
        } else {
            joined(width, line);
        }
    }

    /** Each row on its own, so a cell spanning rows from above is shown again in it. */
    private void joined(int width, LineSink line) {
        boolean first = true;
        boolean apart = false;   // the row before was split into its cells: a blank line after it
        for (TableGrid.Row row : grid.rows()) {
            StyledText joined = new StyledText();
            int last = row.cells().size() - 1;
            while (last > 0 && row.cells().get(last).isBlank()) last--;
            for (int j = 0; j <= last; j++) {
                if (j > 0) joined.append(TableGridLayout.SEPARATOR, Span.styleSet(Style.DIM));
                StyledText cell = row.cells().get(j).text();
                for (Span s : cell.spans(0, cell.length())) joined.append(s.text(), s.styles());
            }
            boolean fits = TextWidth.columns(joined.text()) <= width;
            if (!first && (apart || !fits)) line.accept(List.of());   // a split row stands apart
            if (fits) {
                TextBlock.wrap(joined, joined.text(), width, line);
            } else {
                // Joined it would wrap with a separator at a line's end: each cell on its own.
                for (int j = 0; j <= last; j++) {
                    StyledText cell = row.cells().get(j).text();
                    if (!cell.isBlank()) TextBlock.wrap(cell, cell.text(), width, line);
                }
            }
            apart = !fits;
            first = false;
        }
    }
}
