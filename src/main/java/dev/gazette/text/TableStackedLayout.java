package dev.gazette.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A table too wide for a grid, read by its header rows: each row after them becomes a record
 * of "label: value" lines, one per cell with text, records separated by a blank line. Each row
 * is read alone here, so a cell spanning rows (rowspan) shows in every record it spans.
 */
final class TableStackedLayout {
    /** Header rows a label is made from at most, nearest the body first (more reads as a list, not a name). */
    private static final int MAX_LABEL_PARTS = 3;

    private final TableGrid grid;
    private final int headerRows;
    private final String[] labels;

    private TableStackedLayout(TableGrid grid, int headerRows) {
        this.grid = grid;
        this.headerRows = headerRows;
        this.labels = labels(grid, headerRows);
    }

    /** The stacked layout of {@code grid}, or null when it has no header rows with rows below them. */
    static TableStackedLayout of(TableGrid grid) {
        List<TableGrid.Row> rows = grid.rows();
        int headerRows = 0;
        while (headerRows < rows.size() && rows.get(headerRows).header()) headerRows++;
        if (headerRows == 0 || headerRows == rows.size() || grid.columns() < 2) return null;
        return new TableStackedLayout(grid, headerRows);
    }

    void lines(int width, Block.LineSink line) {
        List<TableGrid.Row> rows = grid.rows();
        boolean first = true;
        for (int k = 0; k < rows.size(); k++) {
            // The header rows are in the labels; a title row among them (one cell across the
            // whole table) is named by nothing else, so it is shown as a record of its own.
            if (k < headerRows && !isTitle(rows.get(k))) continue;
            if (!first) line.accept(List.of());
            first = false;
            record(rows.get(k), width, line);
        }
    }

    /**
     * A row's lines. Neighbouring cells under the same label (a header spanning columns with
     * none below it, as "Unicode code points" over "00-7F" and "(7 bits)") share its line,
     * apart as in the grid, since a value may hold spaces of its own ({@code "< 0.1 seconds"}):
     * "Unicode code points: 00-7F │ (7 bits)".
     */
    private void record(TableGrid.Row row, int width, Block.LineSink line) {
        StyledText entry = null;
        String entryLabel = null;
        for (TableGrid.Cell cell : row.cells()) {
            if (cell.isBlank()) continue;
            String label = label(cell);
            if (entry != null && !label.isEmpty() && label.equals(entryLabel)) {
                entry.append(TableGridLayout.SEPARATOR, Span.styleSet(Style.DIM));
                appendValue(entry, cell, false);
                continue;
            }
            if (entry != null) TextBlock.wrap(entry, entry.text(), width, line);
            entry = new StyledText();
            entryLabel = label;
            if (!label.isEmpty()) entry.append(label + ": ", Span.styleSet(Style.BOLD));
            // With nothing to name it, the first column's value names the record.
            appendValue(entry, cell, label.isEmpty() && cell.column() == 0);
        }
        if (entry != null) TextBlock.wrap(entry, entry.text(), width, line);
    }

    private static void appendValue(StyledText entry, TableGrid.Cell cell, boolean bold) {
        StyledText value = cell.text();
        for (Span s : value.spans(0, value.length())) {
            entry.append(s.text(), bold ? Span.withStyle(s.styles(), Style.BOLD) : s.styles());
        }
    }

    /** The labels of a cell's columns, once each; none for a cell across the whole table. */
    private String label(TableGrid.Cell cell) {
        if (spansAll(cell)) return "";
        Set<String> names = new LinkedHashSet<>();
        for (int j = cell.column(); j < cell.end(); j++) if (!labels[j].isEmpty()) names.add(labels[j]);
        return String.join(" / ", names);
    }

    private boolean spansAll(TableGrid.Cell cell) {
        return spansAll(cell, grid.columns());
    }

    private static boolean spansAll(TableGrid.Cell cell, int columns) {
        return cell.column() == 0 && cell.span() == columns;
    }

    private boolean isTitle(TableGrid.Row row) {
        for (TableGrid.Cell c : row.cells()) if (!c.isBlank() && !spansAll(c)) return false;
        return true;
    }

    /**
     * Each column's label from the header rows above it. With several header rows the lowest
     * header names the column and the spanning ones above it follow in parentheses, nearest
     * first: "Canonical (# of Functions)", "Search (Time)". The word that tells a record's
     * lines apart comes first, where the eye looks down a record, and the group reads as a
     * qualifier, as a unit does; joined with commas instead, "# of Functions, All, Cumulative"
     * would blur into the commas headers have of their own. A header across the whole table
     * is a title, not a column's name, and is left out.
     */
    private static String[] labels(TableGrid grid, int headerRows) {
        List<Set<String>> names = new ArrayList<>(grid.columns());
        for (int j = 0; j < grid.columns(); j++) names.add(new LinkedHashSet<>());
        for (int k = headerRows - 1; k >= 0; k--) {
            for (TableGrid.Cell c : grid.rows().get(k).cells()) {
                if (c.isBlank() || spansAll(c, grid.columns())) continue;
                String name = labelText(c.text().text());
                for (int j = c.column(); j < c.end(); j++) {
                    if (names.get(j).size() < MAX_LABEL_PARTS) names.get(j).add(name);
                }
            }
        }
        String[] labels = new String[grid.columns()];
        for (int j = 0; j < labels.length; j++) {
            List<String> n = new ArrayList<>(names.get(j));
            labels[j] = n.isEmpty() ? "" : n.size() == 1 ? n.get(0)
                    : n.get(0) + " (" + String.join(", ", n.subList(1, n.size())) + ")";
        }
        return labels;
    }

    /**
     * A header's text as a label: on one line, without the rules of dashes drawn around a
     * spanning header ("———— Time ————") to show its extent on a page, which a label does not need.
     */
    static String labelText(String header) {
        String[] words = header.replace('\n', ' ').strip().split(" +");
        int start = 0;
        int end = words.length;
        while (start < end && isRule(words[start])) start++;
        while (end > start && isRule(words[end - 1])) end--;
        return start == end ? String.join(" ", words) : String.join(" ", List.of(words).subList(start, end));
    }

    /** A word made of dashes or box-drawing lines only. */
    private static boolean isRule(String word) {
        if (word.isEmpty()) return false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.getType(c) != Character.DASH_PUNCTUATION && (c < '\u2500' || c > '\u257F')) return false;
        }
        return true;
    }
}
