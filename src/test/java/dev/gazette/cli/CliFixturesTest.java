package dev.gazette.cli;

import dev.gazette.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The small trait fixtures of src/test/resources/feeds/jsonfeed through the command line,
 * as CliCorpusTest runs the real corpus: the valid ones pass --check and --list, the three
 * broken ones give exit 2 and one line naming the file. Runs in every clone.
 */
class CliFixturesTest {
    static final Set<String> INVALID = Set.of("truncated.json", "invalid-ruby-hash.json", "rss-in-json.json");

    /** --list prints dates in the system's zone: fixed here, so the machine's zone does not matter. */
    private TimeZone savedZone;

    @BeforeEach
    void fixZone() {
        savedZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    }

    @AfterEach
    void restoreZone() {
        TimeZone.setDefault(savedZone);
    }

    @TestFactory
    Stream<DynamicTest> everyFixtureFeed() {
        return Fixtures.jsonFeeds().stream()
                .map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
    }

    private static void check(Path file) {
        String name = file.getFileName().toString();
        CliTest.Result checked = CliTest.run("--check", file.toString());
        CliTest.Result listed = CliTest.run("--list", file.toString());
        if (INVALID.contains(name)) {
            CliTest.assertOneClearLine(checked, name);
            CliTest.assertOneClearLine(listed, name);
            return;
        }
        assertEquals(0, checked.code(), checked.err());
        assertEquals("", checked.err());
        assertEquals(0, listed.code(), listed.err());
        assertEquals("", listed.err());
    }

    @Test
    void untitledItemsAreListedByTheStartOfTheirText() {
        CliTest.Result r = CliTest.run("--list", Fixtures.jsonFeed("untitled.json").toString());
        assertEquals(List.of("2025-03-02  Just had the best coffee.", "2025-03-01  An empty title is no title.",
                "2025-02-28  (untitled)"), r.out().lines().toList());
    }

    @Test
    void anUntitledRssItemIsListedByItsOpeningWordsNeverByHalfATag() {
        CliTest.Result r = CliTest.run("--list", Fixtures.feed("rss-untitled-items.xml").toString());
        assertEquals(List.of("2017-06-26  Brent asks if the feed works. That's what the test…",
                "2017-06-26  A short one, whole."), r.out().lines().toList());
    }

    @Test
    void rtlTitlesAreListedWithoutTheirBidiControls() {
        CliTest.Result r = CliTest.run("--list", Fixtures.jsonFeed("rtl-bidi.json").toString());
        assertEquals(List.of("2023-03-08  שיתוף הפעולה עם מכללת תל-חי", "2023-03-07  اردو کے لیے"),
                r.out().lines().toList());
    }

    @Test
    void checkWarnsAboutRepairsWithLineAndColumn() {
        Path file = Fixtures.jsonFeed("html-and-text.json");
        CliTest.Result r = CliTest.run("--check", file.toString());
        assertEquals(List.of(file + ":8:14: item 1: tags is a string, not an array; ignored",
                file + ": ok, 1 item, 1 warning"), r.out().lines().toList());
    }

    @Test
    void checkCountsTheSkippedNullItem() {
        Path file = Fixtures.jsonFeed("null-item.json");
        CliTest.Result r = CliTest.run("--check", file.toString());
        assertEquals(List.of(file + ":9:5: item 2 is null; skipped", file + ": ok, 1 item, 1 warning"),
                r.out().lines().toList());
    }

    @Test
    void checkCountsEveryWarningWhenTheListIsCut(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < 1500; i++) items.append(i == 0 ? "" : ",").append("{\"title\": \"No id ").append(i).append("\"}");
        Path file = java.nio.file.Files.writeString(dir.resolve("many.json"),
                "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"T\", \"items\": [" + items + "]}");
        List<String> out = CliTest.run("--check", file.toString()).out().lines().toList();
        assertEquals(file + ": 500 more problems not listed", out.get(out.size() - 2));
        assertEquals(file + ": ok, 1500 items, 1500 warnings", out.get(out.size() - 1));
    }
}
