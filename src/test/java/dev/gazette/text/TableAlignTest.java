package dev.gazette.text;

import static dev.gazette.text.HtmlRendererTest.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Cells placed left, centre or right in their columns as the page aligned them. */
class TableAlignTest {
    @Test
    void markdownStyleAlignmentSetsFiguresRightAndCentres() {
        // As a Markdown converter writes "| Fruit | Count | Note |\n|:--|--:|:-:|".
        String html = "<table><thead><tr><th style=\"text-align: left\">Fruit</th>"
                + "<th style=\"text-align: right\">Count</th><th style=\"text-align: center\">Note</th></tr></thead>"
                + "<tbody><tr><td style=\"text-align: left\">Apples</td><td style=\"text-align: right\">7</td>"
                + "<td style=\"text-align: center\">ok</td></tr>"
                + "<tr><td style=\"text-align: left\">Figs</td><td style=\"text-align: right\">1250</td>"
                + "<td style=\"text-align: center\">ripe</td></tr></tbody></table>";
        assertEquals(List.of(
                "Fruit  │ Count │ Note",
                "───────┼───────┼─────",
                "Apples │     7 │  ok",
                "Figs   │  1250 │ ripe"), lines(html, 40));
    }

    @Test
    void theAlignAttributeOfTheCellOrElseItsRowIsRead() {
        String html = "<table><tr><td>Total</td><td align=right>3</td></tr>"
                + "<tr align=\"RIGHT\"><td>Sum of all</td><td>12,345</td></tr>"
                + "<tr align=right><td align=left>x</td><td>1</td></tr></table>";
        assertEquals(List.of(
                "Total      │      3",
                "Sum of all │ 12,345",
                "x          │      1"), lines(html, 40));
    }

    @Test
    void theStyleWinsOverTheAttributeAndUnknownValuesReadAsLeft() {
        String html = "<table><tr><td>aaaa</td><td>bbbb</td><td>cccc</td></tr>"
                + "<tr><td align=right style=\"color: red; text-align: center !important\">a</td>"
                + "<td style=\"text-align: justify\" align=right>b</td><td align=sideways>c</td></tr></table>";
        assertEquals(List.of(
                "aaaa │ bbbb │ cccc",
                " a   │ b    │ c"), lines(html, 40));
    }

    @Test
    void aRightAlignedCellSpanningColumnsEndsAtTheirRightEdge() {
        String html = "<table><tr><td>Widgets</td><td>10</td><td>12</td></tr>"
                + "<tr><td>Total</td><td colspan=2 align=right>22</td></tr></table>";
        assertEquals(List.of(
                "Widgets │ 10 │ 12",
                "Total   │      22"), lines(html, 40));
    }

    @Test
    void alignmentDoesNotChangeTheStackedLayout() {
        String html = "<table><tr><th>Name</th><th align=right>Count</th></tr>"
                + "<tr><td>Apples</td><td align=right>7</td></tr></table>";
        assertEquals(List.of("Name: Apples", "Count: 7"), lines(html, 12));
    }
}
