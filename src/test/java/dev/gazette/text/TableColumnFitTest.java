package dev.gazette.text;

import static dev.gazette.text.HtmlRendererTest.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A grid narrower than its natural widths: which columns give up room, and what stays whole. */
class TableColumnFitTest {
    @Test
    void theColumnOfProseWrapsAndTheColumnOfFiguresStaysWhole() {
        String html = "<table><tr><th>Year</th><th>What happened</th></tr>"
                + "<tr><td>2009</td><td>Go was announced, with goroutines and channels</td></tr>"
                + "<tr><td>2015</td><td>Rust 1.0</td></tr></table>";
        assertEquals(List.of(
                "Year │ What happened",
                "─────┼" + "─".repeat(35),
                "2009 │ Go was announced, with goroutines",
                "     │ and channels",
                "2015 │ Rust 1.0"), lines(html, 41));
    }

    @Test
    void wideCharactersWrapByTheirColumns() {
        String html = "<table><tr><th>都市</th><th>説明</th></tr>"
                + "<tr><td>東京</td><td>日本の首都であり世界最大の都市圏の一つです</td></tr></table>";
        assertEquals(List.of(
                "都市 │ 説明",
                "─────┼" + "─".repeat(28),
                "東京 │ 日本の首都であり世界最大の",
                "     │ 都市圏の一つです"), lines(html, 34));
    }

    @Test
    void aTableWithHeadersWhoseGridWouldBreakAWordOfCodeBecomesRecords() {
        // The shape of the German feed's jQuery table: two columns of long method calls.
        String html = "<table><tr><th>Methode</th><th>JavaScript</th><th>Neu</th></tr>"
                + "<tr><td>ID</td><td>document.getElementById('x')</td><td>document.querySelector('#x')</td></tr></table>";
        assertEquals(List.of(
                "Methode: ID",
                "JavaScript: document.getElementById('x')",
                "Neu: document.querySelector('#x')"), lines(html, 60));
        String headless = html.replace("<th>", "<td>").replace("</th>", "</td>");
        assertEquals(List.of(
                "Methode │ JavaScript │ Neu",
                "",
                "ID",
                "document.getElementById('x')",
                "document.querySelector('#x')"), lines(headless, 60), "without headers, no word broken either: rows");
        String german = "<table><tr><td>Donaudampfschifffahrtsgesellschaftskapitän</td>"
                + "<td>Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz</td></tr><tr><td>a</td><td>b</td></tr></table>";
        assertEquals(List.of("Donaudampfschifffahrtsgesellschaftskapitän",
                "Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz", "", "a │ b"), lines(german, 80));
    }

    @Test
    void aLongTableWrapsWhereItCostsTheFewestLines() {
        List<String> lines = lines(players(800), 70);
        // The names stay whole; team and notes wrap, every row two lines, none three.
        assertEquals(List.of(
                "Name            │ Team              │ Notes                    │ Score",
                "────────────────┼───────────────────┼──────────────────────────┼──────",
                "player number 0 │ the team from     │ scored twice in the      │ 1000",
                "                │ town 0            │ second half of the match │"), lines.subList(0, 4));
        assertEquals(2 + 800 * 2, lines.size());
    }

    @Test
    void aTableTooLongToSearchIsFittedByProportionInsideTheWidth() {
        List<String> lines = lines(players(4000), 70);
        assertTrue(lines.get(1).startsWith("─"), "a grid, not records: " + lines.get(1));
        int firstBar = lines.get(0).indexOf('│');
        for (String line : lines) {
            assertTrue(TextWidth.columns(line) <= 70, line);
            if (!line.startsWith("─")) assertEquals(firstBar, line.indexOf('│'), "columns stay aligned: " + line);
        }
    }

    private static String players(int rows) {
        StringBuilder html = new StringBuilder("<table><tr><th>Name</th><th>Team</th><th>Notes</th><th>Score</th></tr>");
        for (int i = 0; i < rows; i++) {
            html.append("<tr><td>player number ").append(i % 10).append("</td><td>the team from town ").append(i % 7)
                    .append("</td><td>scored twice in the second half of the match</td><td>").append(1000 + i % 1000)
                    .append("</td></tr>");
        }
        return html.append("</table>").toString();
    }
}
