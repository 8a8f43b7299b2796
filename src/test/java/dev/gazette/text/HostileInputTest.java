package dev.gazette.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gazette.feed.ArticleContent;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Sizes and bytes a hostile or broken feed can carry. Timings are printed, not asserted
 * (see DESIGN.md, Testing); the timeout only guards against a hang.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class HostileInputTest {

    static void assertSafe(List<StyledLine> lines, int width) {
        for (StyledLine l : lines) {
            String s = l.plain();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                assertTrue(c >= 0x20 && (c < 0x7F || c > 0x9F), () -> "control char in " + s);
            }
            assertTrue(l.columns() <= width, () -> "too wide at " + width + ": " + s);
        }
    }

    /**
     * Renders and lays out twice (cold, then warm JIT) and prints wall-clock and this thread's
     * CPU time (the CPU figure is steadier on a busy machine).
     */
    private static List<StyledLine> timed(String what, int size, java.util.function.Supplier<Document> render, int width) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        List<StyledLine> lines = null;
        for (int run = 1; run <= 2; run++) {
            long c0 = cpu.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            Document d = render.get();
            long t1 = System.nanoTime();
            lines = d.layout(width);
            long t2 = System.nanoTime();
            long c2 = cpu.getCurrentThreadCpuTime();
            System.out.printf("[timing] %s (%,d chars) run %d: render %d ms + layout(%d) %d ms = %d ms wall, %d ms CPU, %,d lines%n",
                    what, size, run, (t1 - t0) / 1_000_000, width, (t2 - t1) / 1_000_000, (t2 - t0) / 1_000_000,
                    (c2 - c0) / 1_000_000, lines.size());
        }
        return lines;
    }

    private static String fiveMegabytesOfHtml() {
        String para = "<p>Lorem <em>ipsum</em> dolor sit amet, <a href=\"/l\">consectetur</a> adipiscing elit; "
                + "日本語の文章も少し、そして絵文字 \uD83D\uDE00 と <code>code()</code>. Sed do eiusmod tempor.</p>\n"
                + "<ul><li>item one</li><li>item <strong>two</strong></li></ul><blockquote><p>quoted text</p></blockquote>\n";
        StringBuilder sb = new StringBuilder(5_300_000);
        while (sb.length() < 5_000_000) sb.append(para);
        return sb.toString();
    }

    @Test
    void fiveMegabyteHtmlBody() {
        String html = fiveMegabytesOfHtml();
        List<StyledLine> lines = timed("5 MB HTML", html.length(), () -> HtmlRenderer.render(html, "https://example.com/"), 80);
        assertSafe(lines, 80);
        assertTrue(lines.size() > 100_000);
    }

    @Test
    void fiveMegabytePlainTextBody() {
        String para = "Plain text paragraph with some words, 中文字符和标点，and an emoji \uD83D\uDE80 to wrap at eighty.\n";
        StringBuilder sb = new StringBuilder(5_200_000);
        int k = 0;
        while (sb.length() < 5_000_000) sb.append(para).append(++k % 5 == 0 ? "\n" : "");
        String text = sb.toString();
        List<StyledLine> lines = timed("5 MB plain text", text.length(), () -> PlainTextRenderer.render(text), 80);
        assertSafe(lines, 80);
    }

    @Test
    void oneMegabyteWord() {
        String word = "a".repeat(1_000_000);
        List<StyledLine> html = timed("1 MB word in HTML", word.length(), () -> HtmlRenderer.render("<p>" + word + "</p>", null), 80);
        assertEquals(12_500, html.size());
        assertSafe(html, 80);
        List<StyledLine> text = timed("1 MB word as text", word.length(), () -> PlainTextRenderer.render(word), 80);
        assertEquals(12_500, text.size());
        String cjk = "字".repeat(500_000);
        List<StyledLine> wide = timed("500k CJK chars, no spaces", cjk.length(), () -> PlainTextRenderer.render(cjk), 79);
        assertEquals(500_000 / 39 + 1, wide.size());
        assertSafe(wide, 79);
    }

    @Test
    void oneMegabytePreLine() {
        String code = "<pre>" + "x".repeat(1_000_000) + "</pre>";
        List<StyledLine> lines = timed("1 MB pre line", code.length(), () -> HtmlRenderer.render(code, null), 80);
        assertEquals((1_000_000 + 78) / 79, lines.size(), "rows of 79 characters and a mark, none lost");
        assertTrue(lines.get(0).plain().endsWith("↩"));
        assertSafe(lines, 80);
    }

    @Test
    void hundredThousandCharacterTitle() {
        String title = ("A <em>title</em> &amp; \u001b[2J\u202E" + "x".repeat(90)).repeat(1000);
        long t0 = System.nanoTime();
        String plain = TextWidth.plainTitle(title);
        String cut = TextWidth.fit(plain, 80);
        System.out.printf("[timing] %,d-char title: plainTitle + fit %d ms%n", title.length(), (System.nanoTime() - t0) / 1_000_000);
        assertEquals(80, TextWidth.columns(cut));
        assertTrue(cut.startsWith("A title & xxx"), cut);
    }

    @Test
    void tableSpansCannotMultiplyCells() {
        // A few kilobytes of rowspan=0 and colspan=1000 would copy a cell into every row and
        // column; the grid holds them to HTML's limits and its own (TableGrid).
        String spanning = "<table><tr>" + "<td rowspan=0>x</td>".repeat(2_000) + "</tr>"
                + "<tr><td>y</td></tr>".repeat(20_000) + "</table>";
        List<StyledLine> lines = timed("2,000 rowspan=0 cells over 20,000 rows", spanning.length(),
                () -> HtmlRenderer.render(spanning, null), 80);
        assertSafe(lines, 80);
        String wide = "<table>" + "<tr><th colspan=1000>h</th><th colspan=1000>i</th></tr><tr><td>a</td><td>b</td></tr>"
                .repeat(5_000) + "</table>";
        lines = timed("10,000 rows of colspan=1000", wide.length(), () -> HtmlRenderer.render(wide, null), 80);
        assertSafe(lines, 80);
        assertEquals(List.of("h", "──┬──", "a │ b"), lines.subList(0, 3).stream().map(StyledLine::plain).toList(),
                "h shrinks to the columns with text; i, past the 1000 columns a table may have, is not placed");
    }

    @Test
    void deepNestingDoesNotOverflowTheStack() {
        int depth = 20_000;
        for (String tag : new String[] {"div", "blockquote", "ul><li", "ol><li", "table><tr><td", "table><tr><td>x</td><td",
            "em", "pre", "sup", "a href=x", "q", "dl><dd"}) {
            String open = "<" + tag + ">";
            String close = "</" + tag.replaceAll(" .*", "") + ">";
            String html = open.repeat(depth) + "deep text" + close.repeat(depth);
            long t0 = System.nanoTime();
            List<StyledLine> lines = HtmlRenderer.render(html, null).layout(20);
            System.out.printf("[timing] %,d nested <%s>: %d ms, %d lines%n", depth, tag, (System.nanoTime() - t0) / 1_000_000, lines.size());
            assertSafe(lines, 20);
            assertTrue(lines.stream().anyMatch(l -> l.plain().contains("deep")), tag);
        }
    }

    @Test
    void randomBytesNeverProduceControlsOrOverflow() {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(400);
            for (int i = 0; i < len; i++) {
                int pick = random.nextInt(10);
                if (pick < 3) sb.append((char) random.nextInt(0x100));
                else if (pick < 5) sb.append("<p>", 0, 1 + random.nextInt(3)).append(new String[] {"p>", "br>", "li>", "pre>", "a href=x>", "/a>", "td>"}[random.nextInt(7)]);
                else if (pick < 7) sb.append((char) (0x2000 + random.nextInt(0x100)));
                else if (pick < 8) sb.appendCodePoint(0x1F300 + random.nextInt(0x300));
                else sb.append((char) (0x4E00 + random.nextInt(0x100)));
            }
            String s = sb.toString();
            ArticleContent c = new ArticleContent(round % 2 == 0 ? s : null, s, s);
            Document d = ArticleBodyRenderer.render(null, c, null);
            for (int w : new int[] {1, 2, 7, 20, 80}) assertSafe(d.layout(w), w);
            assertSafe(List.of(StyledLine.plain(TextWidth.fit(TextWidth.plainTitle(s), 20))), 20);
        }
    }
}
