package dev.gazette.ui;

import dev.gazette.text.TextWidth;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * One headline as text cut to a width: unread mark, date, title, author. Columns give way
 * from the right as the terminal narrows: first the author, then the date; the title is
 * cut with an ellipsis, at a word where one ends near the cut, never through a wide character.
 */
public final class HeadlineRow {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);
    static final String UNREAD = "●";
    static final String NO_DATE = "          ";

    private HeadlineRow() {}

    /** The parts of a row, each already fitted to its column. */
    public record Parts(String mark, String date, String title, String author) {
        public String joined() {
            StringBuilder sb = new StringBuilder(mark);
            if (!date.isEmpty()) sb.append(date).append("  ");
            sb.append(title);
            if (!author.isEmpty()) sb.append("  ").append(author);
            return sb.toString();
        }
    }

    public static Parts layout(int width, boolean unread, Instant date, String title, String author, ZoneId zone) {
        String mark = width >= 4 ? (unread ? UNREAD : " ") + " " : "";
        int rest = Math.max(0, width - TextWidth.columns(mark));
        String dateText = "";
        if (width >= 36) {
            String formatted = Dates.day(DATE, date, zone);
            dateText = formatted.isEmpty() ? NO_DATE : formatted;
            rest -= 12;
        }
        String authorText = "";
        if (author != null && !author.isBlank() && width >= 60) {
            // A column of its own, as wide on every row: titles are cut at one place and the
            // authors start at one place, however long each name is. A fifth of the row, up to 40
            // columns: at 200 a feed's name ("Aktuality.sk - aktuálne správy") shows whole.
            int column = Math.min(40, width / 5);
            authorText = TextWidth.fit(author, column);
            authorText = authorText + " ".repeat(Math.max(0, column - TextWidth.columns(authorText)));
            rest -= column + 2;
        }
        String fittedTitle = TextWidth.fitAtWord(title, Math.max(0, rest));
        if (!authorText.isEmpty()) {
            // Pad the title so authors line up in their own column.
            fittedTitle = fittedTitle + " ".repeat(Math.max(0, rest - TextWidth.columns(fittedTitle)));
        }
        return new Parts(mark, dateText, fittedTitle, authorText);
    }
}
