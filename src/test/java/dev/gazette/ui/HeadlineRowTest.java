package dev.gazette.ui;

import dev.gazette.text.TextWidth;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HeadlineRowTest {
    static final Instant DATE = Instant.parse("2025-02-25T09:00:00Z");

    @Test
    void wideRowHasEveryColumnAndAuthorsLineUp() {
        HeadlineRow.Parts p = HeadlineRow.layout(80, true, DATE, "Title", "Ana", ZoneOffset.UTC);
        assertEquals("● ", p.mark());
        assertEquals("2025-02-25", p.date());
        assertEquals("Ana", p.author().strip());
        assertEquals(80, TextWidth.columns(p.joined()));
        assertTrue(p.joined().endsWith("Title" + " ".repeat(43) + "  Ana" + " ".repeat(13)), p.joined());
        HeadlineRow.Parts q = HeadlineRow.layout(80, true, DATE, "Another title", "Bartholomew Jones-Featherstone",
                ZoneOffset.UTC);
        assertEquals(p.joined().indexOf("Ana"), q.joined().indexOf("Bartholomew"), "authors start in one column");
        assertEquals("Bartholomew Jon…", q.author(), "a long name is cut to the column (80/5 columns)");
    }

    @Test
    void onAWideScreenTheAuthorColumnGrowsToAFifthUpTo40Columns() {
        String source = "Aktuality.sk - aktuálne správy";
        assertEquals(source, HeadlineRow.layout(200, true, DATE, "T", source, ZoneOffset.UTC).author().strip());
        assertEquals(40, TextWidth.columns(HeadlineRow.layout(200, true, DATE, "T", source, ZoneOffset.UTC).author()));
        assertEquals("Aktuality.sk - aktuál…", HeadlineRow.layout(110, true, DATE, "T", source, ZoneOffset.UTC).author().strip());
    }

    @Test
    void aDateGivenAloneIsThatDayInEveryZoneAndATimeIsTheLocalDay() {
        ZoneId newYork = ZoneId.of("America/New_York");
        Instant dateOnly = Instant.parse("2025-03-01T00:00:00Z");     // how "2025-03-01" is read
        assertEquals("2025-03-01", HeadlineRow.layout(80, true, dateOnly, "T", null, newYork).date());
        Instant evening = Instant.parse("2025-03-01T02:30:00Z");      // 21:30 on 28 Feb in New York
        assertEquals("2025-02-28", HeadlineRow.layout(80, true, evening, "T", null, newYork).date());
        assertEquals("1 Mar 2025", Dates.day(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH), dateOnly,
                ZoneId.of("Pacific/Honolulu")));
    }

    @Test
    void longTitleIsCutWithAnEllipsisToTheWidth() {
        String title = "A very long headline that goes on and on about the news of the day";
        HeadlineRow.Parts p = HeadlineRow.layout(50, false, DATE, title, null, ZoneOffset.UTC);
        assertEquals("  2025-02-25  A very long headline that goes on…", p.joined(), "cut at a word, not 'on a…'");
        assertTrue(TextWidth.columns(p.joined()) <= 50);
    }

    @Test
    void narrowRowsDropAuthorThenDate() {
        assertEquals("● Title", HeadlineRow.layout(30, true, DATE, "Title", "Ana", ZoneOffset.UTC).joined());
        assertEquals("Ti…", HeadlineRow.layout(3, true, DATE, "Title", "Ana", ZoneOffset.UTC).joined());
    }

    @Test
    void missingDateKeepsTheColumnsAligned() {
        HeadlineRow.Parts p = HeadlineRow.layout(60, true, null, "Untimed", null, ZoneOffset.UTC);
        assertEquals("●             Untimed", p.joined());
    }

    @Test
    void wideCharactersAreNeverCutInHalf() {
        // 9 columns for the title: four CJK characters (8 columns) then the ellipsis would be 9.
        HeadlineRow.Parts p = HeadlineRow.layout(11, true, null, "日本語のニュース", null, ZoneOffset.UTC);
        assertEquals("● 日本語の…", p.joined());
        HeadlineRow.Parts q = HeadlineRow.layout(12, true, null, "日本語のニュース", null, ZoneOffset.UTC);
        assertEquals("● 日本語の…", q.joined(), "an odd column left over stays empty");
    }
}
