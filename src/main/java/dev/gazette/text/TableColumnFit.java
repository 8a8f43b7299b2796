package dev.gazette.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Column widths for a table grid narrower than its natural widths: columns give up room one
 * column at a time, each time where it makes the table the fewest lines taller (ties: the
 * widest column), so a long header wraps before every figure in a column does, and a column
 * that must wrap wraps all the way before the next one starts to. A column keeps at least its
 * longest word or {@link #MIN_COLUMN}, whichever is more, and never more than its natural
 * width: a grid that would have to break a word (a URL, a line of code) is not made at all.
 */
final class TableColumnFit {
    /** A narrowed column keeps at least this many columns, so its words do not fall apart into letters. */
    static final int MIN_COLUMN = 8;
    /**
     * Cell wraps beyond which the room is taken from the columns in proportion to what each can
     * give instead: the search wraps every cell once, then a column's cells again each time it
     * gives up a column (a table of thousands of rows, on a narrow screen).
     */
    private static final long MAX_WRAPS = 100_000;

    private final int[] natural;
    /** The longest word of each column's one-column cells. */
    private final int[] words;
    /** The one-column cells of each row, by column; null where a row has none in that column. */
    private final List<String[]> rows = new ArrayList<>();

    TableColumnFit(TableGrid grid, int[] natural) {
        this.natural = natural;
        int columns = natural.length;
        words = new int[columns];
        for (TableGrid.Row r : grid.rows()) {
            String[] texts = new String[columns];
            for (TableGrid.Cell c : r.cells()) {
                if (c.continued() || c.span() > 1) continue;   // a spanning cell wraps in whatever its columns get
                texts[c.column()] = c.text().text();
                words[c.column()] = Math.max(words[c.column()], longestWord(texts[c.column()]));
            }
            rows.add(texts);
        }
    }

    /** The widths, or null when even the narrowest columns take more than {@code columnsForCells}. */
    int[] widths(int columnsForCells) {
        int excess = sum(natural) - columnsForCells;
        if (excess <= 0) return natural;
        int[] narrowest = new int[natural.length];
        for (int j = 0; j < natural.length; j++) {
            narrowest[j] = Math.min(natural[j], Math.max(MIN_COLUMN, words[j]));
        }
        if (sum(narrowest) > columnsForCells) return null;
        long wraps = (long) rows.size() * (natural.length + excess);
        return wraps > MAX_WRAPS ? proportional(narrowest, columnsForCells) : fewestLines(narrowest, excess);
    }

    /**
     * One column at a time from the column whose narrowing adds the fewest lines to the table
     * (a row is as tall as its tallest cell), the widest on a tie.
     */
    private int[] fewestLines(int[] narrowest, int excess) {
        int columns = natural.length;
        int[] widths = natural.clone();
        int[][] lines = new int[columns][];          // each cell's lines at its column's width
        int[][] narrower = new int[columns][];       // ... at one column less
        for (int j = 0; j < columns; j++) {
            lines[j] = columnLines(j, widths[j]);
            narrower[j] = columnLines(j, widths[j] - 1);
        }
        int[] tallest = new int[rows.size()];
        for (; excess > 0; excess--) {
            for (int r = 0; r < rows.size(); r++) {
                tallest[r] = 1;
                for (int j = 0; j < columns; j++) tallest[r] = Math.max(tallest[r], lines[j][r]);
            }
            int chosen = -1;
            long chosenCost = Long.MAX_VALUE;
            for (int j = 0; j < columns; j++) {
                if (widths[j] <= narrowest[j]) continue;
                long cost = 0;
                for (int r = 0; r < rows.size(); r++) cost += Math.max(0, narrower[j][r] - tallest[r]);
                if (cost < chosenCost || (cost == chosenCost && widths[j] > widths[chosen])) {
                    chosen = j;
                    chosenCost = cost;
                }
            }
            widths[chosen]--;
            lines[chosen] = narrower[chosen];
            narrower[chosen] = columnLines(chosen, widths[chosen] - 1);
        }
        return widths;
    }

    private int[] columnLines(int column, int width) {
        int[] lines = new int[rows.size()];
        for (int r = 0; r < rows.size(); r++) lines[r] = width < 1 ? Integer.MAX_VALUE / 2 : lines(r, column, width);
        return lines;
    }

    /** The room left above the narrowest widths, shared by what each column would still like. */
    private int[] proportional(int[] narrowest, int columnsForCells) {
        int[] widths = narrowest.clone();
        int spare = columnsForCells - sum(narrowest);
        int lacking = sum(natural) - sum(narrowest);
        int given = 0;
        for (int j = 0; j < widths.length; j++) {
            int share = (int) ((long) spare * (natural[j] - narrowest[j]) / lacking);
            widths[j] += share;
            given += share;
        }
        for (int left = spare - given; left > 0; left--) {
            int most = 0;
            for (int j = 1; j < widths.length; j++) if (natural[j] - widths[j] > natural[most] - widths[most]) most = j;
            widths[most]++;
        }
        return widths;
    }

    private int lines(int row, int column, int width) {
        String text = rows.get(row)[column];
        if (text == null || TextWidth.columns(text) <= width) return 1;
        return Wrap.ranges(text, width).length / 2;
    }

    private static int sum(int[] widths) {
        int total = 0;
        for (int w : widths) total += w;
        return total;
    }

    /**
     * The columns of the widest run of text a wrap cannot break: between the spaces it breaks
     * at (not NBSP: it glues) and the places {@link Wrap} breaks words (between ideographs,
     * after a hyphen or a slash).
     */
    static int longestWord(String text) {
        int longest = 0;
        int start = 0;
        int before = -1;
        int prev = -1;
        for (int i = 0; i <= text.length(); ) {
            int cp = i < text.length() ? text.codePointAt(i) : ' ';
            boolean space = Wrap.isBreakingSpace(cp) || cp == '\n';
            if (space || (prev >= 0 && !Wrap.isBreakingSpace(prev) && Wrap.breakBetween(before, prev, cp))) {
                if (i > start) longest = Math.max(longest, TextWidth.columns(text.substring(start, i)));
                start = space ? i + Character.charCount(cp) : i;
            }
            before = prev;
            prev = cp;
            i += Character.charCount(cp);
        }
        return longest;
    }
}
