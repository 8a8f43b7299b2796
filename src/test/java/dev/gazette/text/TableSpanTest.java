package dev.gazette.text;

import static dev.gazette.text.HtmlRendererTest.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tables with colspan and rowspan, as the lines a reader sees in the grid and in the stacked layout. */
class TableSpanTest {
    @Test
    void aHeaderCellWithColspanSpansItsColumns() {
        String html = "<table><tr><th colspan=2>AB</th><th>C</th></tr><tr><td>a1</td><td>b1</td><td>c1</td></tr></table>";
        assertEquals(List.of(
                "AB      │ C",
                "───┬────┼───",
                "a1 │ b1 │ c1"), lines(html, 30));
        assertEquals(List.of("AB: a1 │ b1", "C: c1"), lines(html, 11), "too narrow: the values under AB share its line");
    }

    @Test
    void aBodyCellWithColspanSpansItsColumns() {
        String html = "<table><tr><th>Item</th><th>Q1</th><th>Q2</th></tr>"
                + "<tr><td>Widgets</td><td>10</td><td>12</td></tr>"
                + "<tr><td>Gadgets</td><td colspan=2>not sold</td></tr>"
                + "<tr><td>Total</td><td>10</td><td>12</td></tr></table>";
        assertEquals(List.of(
                "Item    │ Q1  │ Q2",
                "────────┼─────┼───",
                "Widgets │ 10  │ 12",
                "Gadgets │ not sold",
                "Total   │ 10  │ 12"), lines(html, 40));
        assertEquals(List.of(
                "Item: Widgets", "Q1: 10", "Q2: 12", "",
                "Item: Gadgets", "Q1 / Q2: not sold", "",
                "Item: Total", "Q1: 10", "Q2: 12"), lines(html, 17));
    }

    @Test
    void aSpanWiderThanItsColumnsWidensThemEvenlyTheLeftmostFirst() {
        String html = "<table><tr><th>n</th><th colspan=2>A long group title</th></tr>"
                + "<tr><td>x</td><td>1</td><td>2</td></tr></table>";
        assertEquals(List.of(
                "n │ A long group title",
                "──┼──────────┬────────",
                "x │ 1        │ 2"), lines(html, 30));
    }

    @Test
    void spanAttributesAreReadAsHtmlReadsThem() {
        String html = "<table><tr><th colspan=\" 2px\">AB</th><th colspan=0>C</th><th colspan=x>D</th></tr>"
                + "<tr><td>a</td><td>b</td><td>c</td><td>d</td></tr></table>";
        assertEquals(List.of(
                "AB    │ C │ D",
                "──┬───┼───┼──",
                "a │ b │ c │ d"), lines(html, 30));
    }

    @Test
    void stackedLabelsNameEachColumnByItsOwnHeaderAndTheSpanningOneAbove() {
        String html = "<table><tr><th></th><th colspan=2>\u2014 Count \u2014</th><th colspan=2>\u2014\u2014 Time \u2014\u2014</th></tr>"
                + "<tr><th>Size</th><th>Canonical</th><th>All</th><th>Generate</th><th>Search</th></tr>"
                + "<tr><td>1</td><td>2</td><td>82</td><td>&lt; 0.1 seconds</td><td>3.4 minutes</td></tr>"
                + "<tr><td>2</td><td>2</td><td>640</td><td></td><td>7.2 minutes</td></tr></table>";
        assertEquals(List.of(
                "Size: 1",
                "Canonical (Count): 2",
                "All (Count): 82",
                "Generate (Time): < 0.1 seconds",
                "Search (Time): 3.4 minutes",
                "",
                "Size: 2",
                "Canonical (Count): 2",
                "All (Count): 640",
                "Search (Time): 7.2 minutes"), lines(html, 40));
    }

    @Test
    void aHeaderAcrossTheWholeTableIsATitleNotPartOfEveryLabel() {
        String html = "<table><thead><tr><th colspan=2>Releases</th></tr><tr><th>Name</th><th>Year</th></tr></thead>"
                + "<tbody><tr><td>Go</td><td>2009</td></tr><tr><td>Rust</td><td>2015</td></tr></tbody></table>";
        assertEquals(List.of(
                "Releases",
                "Name │ Year",
                "─────┼─────",
                "Go   │ 2009",
                "Rust │ 2015"), lines(html, 30));
        assertEquals(List.of("Releases", "", "Name: Go", "Year: 2009", "", "Name: Rust", "Year: 2015"), lines(html, 10));
    }

    @Test
    void spacerRowsAndColumnsAreDropped() {
        // The shape of the table in research!rsc's "UTF-8: Bits, Bytes, and Benefits".
        String html = "<table><tr height=10><th colspan=4></th></tr>"
                + "<tr><th colspan=2>Code points</th><th width=10></th><th>UTF-8</th></tr>"
                + "<tr height=10><td colspan=4></td></tr>"
                + "<tr><td>00-7F</td><td>(7 bits)</td><td></td><td>0xxxxxxx</td></tr>"
                + "<tr><td>0080-07FF</td><td>(11 bits)</td><td></td><td>110xxxxx&nbsp;10xxxxxx</td></tr></table>";
        assertEquals(List.of(
                "Code points           │ UTF-8",
                "──────────┬───────────┼──────────────────",
                "00-7F     │ (7 bits)  │ 0xxxxxxx",
                "0080-07FF │ (11 bits) │ 110xxxxx 10xxxxxx"), lines(html, 50));
        // One column short: the cell with room to give wraps; the glued (NBSP) pair stays whole.
        assertEquals(List.of(
                "Code points          │ UTF-8",
                "──────────┬──────────┼──────────────────",
                "00-7F     │ (7 bits) │ 0xxxxxxx",
                "0080-07FF │ (11      │ 110xxxxx 10xxxxxx",
                "          │ bits)    │"), lines(html, 40));
        assertEquals(List.of(
                "Code points: 00-7F │ (7 bits)",
                "UTF-8: 0xxxxxxx",
                "",
                "Code points: 0080-07FF │ (11 bits)",
                "UTF-8: 110xxxxx 10xxxxxx"), lines(html, 36));
    }

    @Test
    void aSpanOverASpacerColumnKeepsOnlyTheColumnsWithText() {
        String html = "<table><tr><th></th><th colspan=3>Counts</th></tr>"
                + "<tr><th>n</th><th>A</th><th width=10></th><th>B</th></tr>"
                + "<tr><td>1</td><td>2</td><td></td><td>3</td></tr></table>";
        assertEquals(List.of(
                "  │ Counts",
                "n │ A  │ B",
                "──┼────┼──",
                "1 │ 2  │ 3"), lines(html, 30));
    }

    @Test
    void aRowspanCellLeavesItsPlaceBelowBlankInTheGridAndIsRepeatedInRecords() {
        String html = "<table><tr><th>Name</th><th>Year</th><th>Note</th></tr>"
                + "<tr><td rowspan=2>Go</td><td>2009</td><td>announced</td></tr>"
                + "<tr><td>2012</td><td>1.0</td></tr>"
                + "<tr><td>Rust</td><td>2015</td><td>1.0</td></tr></table>";
        assertEquals(List.of(
                "Name │ Year │ Note",
                "─────┼──────┼──────────",
                "Go   │ 2009 │ announced",
                "     │ 2012 │ 1.0",
                "Rust │ 2015 │ 1.0"), lines(html, 40));
        assertEquals(List.of(
                "Name: Go", "Year: 2009", "Note: announced", "",
                "Name: Go", "Year: 2012", "Note: 1.0", "",
                "Name: Rust", "Year: 2015", "Note: 1.0"), lines(html, 20));
    }

    @Test
    void aRowspanEndsWithItsRowGroup() {
        String html = "<table><thead><tr><th rowspan=3>Name</th><th>Year</th></tr></thead>"
                + "<tbody><tr><td>Go</td><td>2009</td></tr></tbody></table>";
        assertEquals(List.of("Name │ Year", "─────┼─────", "Go   │ 2009"), lines(html, 30));
    }

    @Test
    void rowspanZeroReachesTheEndOfItsGroupAndACellMovesPastIt() {
        String html = "<table><tr><td rowspan=0>all</td><td>a</td><td>b</td></tr>"
                + "<tr><td>cccccc</td><td>d</td></tr><tr><td>e</td><td>ffffff</td></tr></table>";
        assertEquals(List.of("all │ a      │ b", "    │ cccccc │ d", "    │ e      │ ffffff"), lines(html, 30));
        assertEquals(List.of("all │ a │ b", "all │ cccccc │ d", "all │ e │ ffffff"), lines(html, 16),
                "too narrow for the grid, each row is read alone and repeats it");
    }
}
