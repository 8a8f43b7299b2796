package dev.gazette.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A table as readable rows. When all columns fit the width they are aligned and joined with
 * " │ " (a rule under a header row). When they do not, a table with a header row becomes one
 * record per row of "Header: value" lines; one without a header row becomes one wrapped line
 * per row with the cells joined by " │ ".
 */
final class TableBlock extends Block {
    /** One row; {@code header} when it is made of th cells or sits in thead. */
    record Row(List<StyledText> cells, boolean header) {}

    private static final String SEPARATOR = " \u2502 ";

    private final List<Row> rows;
    private final int columnCount;
    private final int[] natural;
    private final boolean headed;

    TableBlock(Frame frame, List<Row> rows) {
        super(frame);
        this.rows = List.copyOf(rows);
        int cols = 0;
        for (Row r : rows) cols = Math.max(cols, r.cells().size());
        this.columnCount = cols;
        this.natural = new int[cols];
        for (Row r : rows) {
            for (int j = 0; j < r.cells().size(); j++) {
                natural[j] = Math.max(natural[j], TextWidth.columns(r.cells().get(j).text()));
            }
        }
        this.headed = !rows.isEmpty() && rows.get(0).header() && rows.size() > 1 && cols >= 2;
    }

    @Override
    void lines(int width, LineSink line) {
        int total = 0;
        for (int w : natural) total += w;
        total += SEPARATOR.length() * Math.max(0, columnCount - 1);
        if (total <= width) {
            aligned(line);
        } else if (headed) {
            records(width, line);
        } else {
            joined(width, line);
        }
    }

    private void aligned(LineSink line) {
        for (int k = 0; k < rows.size(); k++) {
            Row row = rows.get(k);
            List<Span> spans = new ArrayList<>();
            int last = lastNonEmpty(row);
            for (int j = 0; j <= last; j++) {
                if (j > 0) spans.add(new Span(SEPARATOR, Style.DIM));
                StyledText cell = j < row.cells().size() ? row.cells().get(j) : new StyledText();
                spans.addAll(cell.spans(0, cell.length()));
                if (j < last) {
                    int pad = natural[j] - TextWidth.columns(cell.text());
                    if (pad > 0) spans.add(new Span(" ".repeat(pad)));
                }
            }
            line.accept(spans);
            if (row.header() && k + 1 < rows.size() && !rows.get(k + 1).header()) {
                StringBuilder rule = new StringBuilder();
                for (int j = 0; j < columnCount; j++) {
                    if (j > 0) rule.append("\u2500\u253C\u2500");
                    rule.append("\u2500".repeat(natural[j]));
                }
                line.accept(List.of(new Span(rule.toString(), Style.DIM)));
            }
        }
    }

    private static int lastNonEmpty(Row row) {
        int last = row.cells().size() - 1;
        while (last > 0 && row.cells().get(last).isBlank()) last--;
        return Math.max(last, 0);
    }

    private void records(int width, LineSink line) {
        List<StyledText> header = rows.get(0).cells();
        boolean first = true;
        for (int k = 1; k < rows.size(); k++) {
            Row row = rows.get(k);
            if (!first) line.accept(List.of());
            first = false;
            for (int j = 0; j < row.cells().size(); j++) {
                StyledText value = row.cells().get(j);
                if (value.isBlank()) continue;
                String label = j < header.size() ? header.get(j).text().strip() : "";
                StyledText entry = new StyledText();
                if (label.isEmpty()) {
                    for (Span s : value.spans(0, value.length())) {
                        entry.append(s.text(), j == 0 ? Span.withStyle(s.styles(), Style.BOLD) : s.styles());
                    }
                } else {
                    entry.append(label + ": ", Span.styleSet(Style.BOLD));
                    for (Span s : value.spans(0, value.length())) entry.append(s.text(), s.styles());
                }
                TextBlock.wrap(entry, entry.text(), width, line);
            }
        }
    }

    private void joined(int width, LineSink line) {
        for (Row row : rows) {
            StyledText joined = new StyledText();
            int last = lastNonEmpty(row);
            for (int j = 0; j <= last && j < row.cells().size(); j++) {
                if (j > 0) joined.append(SEPARATOR, Span.styleSet(Style.DIM));
                StyledText cell = row.cells().get(j);
                for (Span s : cell.spans(0, cell.length())) joined.append(s.text(), s.styles());
            }
            TextBlock.wrap(joined, joined.text(), width, line);
        }
    }
}
