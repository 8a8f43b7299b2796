package dev.gazette.cli;

import dev.gazette.feed.Article;
import dev.gazette.feed.Feed;
import dev.gazette.feed.FeedLoader;
import dev.gazette.text.ArticleBodyRenderer;
import dev.gazette.text.StyledLine;
import dev.gazette.ui.ArticlePage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Gazette's interface is English whatever the JVM's default locale: under Turkish (where
 * "I" lower-cases to a dotless "ı") and German (other month and day names, a decimal comma)
 * --help, --list's dates, --check's warnings, error messages and the article's byline date
 * read exactly as they do under English. Each figure is made under en-US first, then
 * compared; the locale and the time zone are restored after each test.
 */
class ForeignLocaleCliTest {
    static final List<Locale> FOREIGN = List.of(Locale.forLanguageTag("tr-TR"), Locale.forLanguageTag("de-DE"));

    @TempDir
    Path dir;

    private Locale savedLocale;
    private TimeZone savedZone;

    @BeforeEach
    void remember() {
        savedLocale = Locale.getDefault();
        savedZone = TimeZone.getDefault();
        // --list prints dates in the system's zone: fixed, so the machine's zone does not matter
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    }

    @AfterEach
    void restore() {
        Locale.setDefault(savedLocale);
        TimeZone.setDefault(savedZone);
    }

    static final String FEED = """
            {"version": "https://jsonfeed.org/version/1.1", "title": "INFO",
             "items": [
               {"id": "i1", "title": "ISTANBUL Insight", "date_published": "2025-03-02T10:00:00Z",
                "authors": [{"name": "İpek Işık"}], "url": "https://example.invalid/i1", "content_text": "Body."},
               {"id": "i2", "title": "Montag im Mai", "date_published": "Mon, 05 May 2025 08:00:00 GMT",
                "content_text": "x", "attachments": [{"url": "https://example.invalid/a.mp3", "size_in_bytes": 1e40}]},
               {"id": "i3", "title": "Kein Datum", "date_published": "Mo, 05 Mai 2025 08:00:00 GMT", "content_text": "y"}
             ]}""";

    Path feed() throws IOException {
        return Files.writeString(dir.resolve("feed.json"), FEED, StandardCharsets.UTF_8);
    }

    /** What {@code run} gives under en-US, then asserts it gives the same under tr-TR and de-DE. */
    static <T> T sameInEveryLocale(Supplier<T> run) {
        Locale.setDefault(Locale.US);
        T english = run.get();
        for (Locale l : FOREIGN) {
            Locale.setDefault(l);
            assertEquals(english, run.get(), "under " + l.toLanguageTag());
        }
        return english;
    }

    @Test
    void helpReadsAsInEnglish() {
        CliTest.Result help = sameInEveryLocale(() -> CliTest.run("--help"));
        assertEquals(0, help.code());
        assertTrue(help.out().startsWith("Usage: gazette [SOURCE...] [options]"), help.out());
        assertTrue(help.out().contains("--list"), help.out());
    }

    @Test
    void listDatesReadAsInEnglish() throws IOException {
        Path f = feed();
        CliTest.Result list = sameInEveryLocale(() -> CliTest.run("--list", f.toString()));
        assertEquals(List.of("2025-05-05  Montag im Mai", "2025-03-02  ISTANBUL Insight", "----------  Kein Datum"),
                list.out().lines().toList());
    }

    @Test
    void checkWarningsReadAsInEnglish() throws IOException {
        Path f = feed();
        CliTest.Result check = sameInEveryLocale(() -> CliTest.run("--check", f.toString()));
        assertEquals(0, check.code(), check.err());
        assertTrue(check.out().contains("item 2: attachments[0].size_in_bytes 1e40 is out of range; ignored"),
                check.out());
        assertTrue(check.out().contains("item 3: date_published \"Mo, 05 Mai 2025 08:00:00 GMT\" is not a date; ignored"),
                check.out());
        assertTrue(check.out().contains("date_published \"Mon, 05 May 2025 08:00:00 GMT\" is not RFC 3339, JSON Feed's date format;"
                + " read as 2025-05-05T08:00:00Z"), check.out());
        assertTrue(check.out().endsWith(f + ": ok, 3 items, 3 warnings\n"), check.out());
    }

    @Test
    void errorMessagesReadAsInEnglish() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"version\": \"https://jsonfeed.org/version/1.1\",\n"
                + " \"items\": [ }\n", StandardCharsets.UTF_8);
        Path missing = dir.resolve("nope.json");
        CliTest.Result option = sameInEveryLocale(() -> CliTest.run("--LIST"));
        CliTest.assertOneClearLine(option, "gazette: unknown option '--LIST' (see gazette --help)");
        CliTest.Result json = sameInEveryLocale(() -> CliTest.run("--check", bad.toString()));
        CliTest.assertOneClearLine(json, bad + ":2:13: invalid JSON");
        CliTest.Result file = sameInEveryLocale(() -> CliTest.run("--list", missing.toString()));
        CliTest.assertOneClearLine(file, missing.toString());
    }

    @Test
    void theArticleBylineDateReadsAsInEnglish() throws Exception {
        Path f = feed();
        List<String> lines = sameInEveryLocale(() -> {
            try {
                Feed feed = FeedLoader.load(f);
                Article a = feed.articles().get(1);
                ArticlePage page = new ArticlePage(a, ArticleBodyRenderer.render(a, a.content().load(), null),
                        List.of(), 0, ZoneOffset.UTC);
                return page.layout(80).lines().stream().map(StyledLine::plain).toList();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        assertEquals("ISTANBUL Insight", lines.get(0));
        assertEquals("By İpek Işık · 2 Mar 2025, 10:00 · https://example.invalid/i1", lines.get(1));
    }
}
