package dev.gazette.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gazette.Fixtures;
import dev.gazette.feed.Article;
import dev.gazette.feed.Feed;
import dev.gazette.feed.FeedException;
import dev.gazette.feed.FeedLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The timing table of research!rsc's "Minimal Boolean Formulas" (feeds/atom-colspan-table.xml
 * has its shape and a few of its rows), read from the Atom feed as the reader shows it: a
 * grid where it fits, with each spanning header over its columns, else records whose labels
 * name each column by its own header and the spanning one above.
 */
class TimingTableTest {
    private static List<String> body(int width) throws FeedException {
        Feed feed = FeedLoader.load(Fixtures.feed("atom-colspan-table.xml"));
        Article a = feed.articles().get(0);
        return ArticleBodyRenderer.render(a, a.content().load(), feed.homePageUrl()).layout(width).stream()
                .map(StyledLine::plain).toList();
    }

    @Test
    void at100ColumnsItIsAGridWithTheSpanningHeadersOverTheirColumns() throws FeedException {
        assertEquals(List.of(
                "I ran the program using both algorithms on a 2.53 GHz Intel Core 2 Duo E7200.",
                "",
                "     │ ————— # of Functions —————              │ ———— Time ————",
                "Size │ Canonical │ All       │ All, Cumulative │ Generate      │ Search",
                "─────┼───────────┼───────────┼─────────────────┼───────────────┼───────────────",
                "0    │ 1         │ 10        │ 10",
                "1    │ 2         │ 82        │ 92              │ < 0.1 seconds │ 3.4 minutes",
                "14   │ 75248     │ 533594528 │ 1323879652      │ 58.7 seconds  │ [ 100 days ? ]",
                "28   │ 3         │ 512       │ 4294967296      │ [ 7 days ? ]  │ 0.1 seconds",
                "",
                "The bracketed times are estimates."), body(100));
    }

    @Test
    void at70ColumnsItIsStillAGridWithTheFewestCellsWrapped() throws FeedException {
        // "All, Cumulative" wraps its header only; "< 0.1 seconds" and "[ 100 days ? ]" wrap,
        // the rest of their columns does not.
        assertEquals(List.of(
                "I ran the program using both algorithms on a 2.53 GHz Intel Core 2 Duo",
                "E7200.",
                "",
                "     │ ————— # of Functions —————         │ ———— Time ————",
                "Size │ Canonical │ All       │ All,       │ Generate     │ Search",
                "     │           │           │ Cumulative │              │",
                "─────┼───────────┼───────────┼────────────┼──────────────┼────────────",
                "0    │ 1         │ 10        │ 10",
                "1    │ 2         │ 82        │ 92         │ < 0.1        │ 3.4 minutes",
                "     │           │           │            │ seconds      │",
                "14   │ 75248     │ 533594528 │ 1323879652 │ 58.7 seconds │ [ 100 days",
                "     │           │           │            │              │ ? ]",
                "28   │ 3         │ 512       │ 4294967296 │ [ 7 days ? ] │ 0.1 seconds",
                "",
                "The bracketed times are estimates."), body(70));
    }

    @Test
    void at40ColumnsEachRowIsARecordLabelledByBothHeaderRows() throws FeedException {
        assertEquals(List.of(
                "I ran the program using both algorithms",
                "on a 2.53 GHz Intel Core 2 Duo E7200.",
                "",
                "Size: 0",
                "Canonical (# of Functions): 1",
                "All (# of Functions): 10",
                "All, Cumulative (# of Functions): 10",
                "",
                "Size: 1",
                "Canonical (# of Functions): 2",
                "All (# of Functions): 82",
                "All, Cumulative (# of Functions): 92",
                "Generate (Time): < 0.1 seconds",
                "Search (Time): 3.4 minutes",
                "",
                "Size: 14",
                "Canonical (# of Functions): 75248",
                "All (# of Functions): 533594528",
                "All, Cumulative (# of Functions):",
                "1323879652",
                "Generate (Time): 58.7 seconds",
                "Search (Time): [ 100 days ? ]",
                "",
                "Size: 28",
                "Canonical (# of Functions): 3",
                "All (# of Functions): 512",
                "All, Cumulative (# of Functions):",
                "4294967296",
                "Generate (Time): [ 7 days ? ]",
                "Search (Time): 0.1 seconds",
                "",
                "The bracketed times are estimates."), body(40));
    }
}
