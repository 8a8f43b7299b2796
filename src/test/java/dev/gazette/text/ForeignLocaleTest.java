package dev.gazette.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.gazette.feed.Article;
import dev.gazette.feed.Feed;
import dev.gazette.feed.FeedLoader;
import dev.gazette.feed.Problem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Gazette's interface is English whatever the JVM's locale: under Turkish (where "I"
 * lower-cases to a dotless "ı" and "i" upper-cases to "İ") and German (other month names),
 * feed dates read the same, list numbers are the same and messages read as in English.
 */
class ForeignLocaleTest {
    private Locale saved;

    @TempDir
    Path dir;

    @BeforeEach
    void remember() {
        saved = Locale.getDefault();
    }

    @AfterEach
    void restore() {
        Locale.setDefault(saved);
    }

    private Feed load(String items) throws Exception {
        Path file = dir.resolve("feed.json");
        Files.writeString(file, "{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"T\",\"items\":[" + items + "]}",
                StandardCharsets.UTF_8);
        return FeedLoader.load(file);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tr-TR", "de-DE"})
    void rfc822DatesUseEnglishMonthNamesAndZones(String tag) throws Exception {
        Locale.setDefault(Locale.forLanguageTag(tag));
        Feed f = load("{\"id\":\"a\",\"date_published\":\"Fri, 31 May 2019 12:17:58 -0700\"},"
                + "{\"id\":\"b\",\"date_published\":\"fri, 01 oct 2019 12:00:00 edt\"},"
                + "{\"id\":\"c\",\"date_published\":\"Fr, 31 Mai 2019 12:17:58 -0700\"}");
        List<Article> a = f.articles();
        assertEquals(Instant.parse("2019-10-01T16:00:00Z"), a.get(0).date());
        assertEquals(Instant.parse("2019-05-31T19:17:58Z"), a.get(1).date());
        assertNull(a.get(2).date(), "German month names are not RFC 822");
        assertEquals(List.of(
                "item 1: date_published \"Fri, 31 May 2019 12:17:58 -0700\" is not RFC 3339, JSON Feed's date format; read as 2019-05-31T19:17:58Z",
                "item 2: date_published \"fri, 01 oct 2019 12:00:00 edt\" is not RFC 3339, JSON Feed's date format; read as 2019-10-01T16:00:00Z",
                "item 3: date_published \"Fr, 31 Mai 2019 12:17:58 -0700\" is not a date; ignored"),
                f.problems().stream().map(Problem::message).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"tr-TR", "de-DE"})
    void messagesReadAsInEnglish(String tag) throws Exception {
        Locale.setDefault(Locale.forLanguageTag(tag));
        Feed f = load("{\"id\":\"TITLE\",\"title\":7,\"attachments\":[{\"url\":\"x\",\"size_in_bytes\":1e40}]},"
                + "{\"id\":\"INFO\",\"title\":\"I\\u0001\"}");
        assertEquals(List.of(
                "item 1: title is a number, not a string; ignored",
                "item 1: attachments[0].size_in_bytes 1e40 is out of range; ignored",
                "item 2: title had control characters (removed)"),
                f.problems().stream().map(Problem::message).toList());
        assertEquals(List.of("TITLE", "INFO"), f.articles().stream().map(Article::id).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"tr-TR", "de-DE"})
    void listNumbersAreTheSame(String tag) {
        Locale.setDefault(Locale.forLanguageTag(tag));
        assertEquals(List.of("i. x", "ii. y", "iii. z"),
                HtmlRendererTest.lines("<ol type=\"i\"><li>x</li><li>y</li><li>z</li></ol>", 30).stream()
                        .map(String::strip).toList());
        assertEquals(List.of("I. x", "J. y"),
                HtmlRendererTest.lines("<ol type=\"A\" start=\"9\"><li>x</li><li>y</li></ol>", 30));
        assertEquals(List.of("[image: x][1]"),
                HtmlRendererTest.lines("<IMG SRC=\"/I.PNG\" ALT=\"x\" WIDTH=\"10PX\" HEIGHT=\"10PX\">", 30));
    }

    @ParameterizedTest
    @ValueSource(strings = {"tr-TR", "de-DE"})
    void sizesAndDurationsUseAFullStop(String tag) throws Exception {
        Locale.setDefault(Locale.forLanguageTag(tag));
        Feed f = load("{\"id\":\"a\",\"content_text\":\"x\",\"attachments\":[{\"url\":\"https://e.example/a.mp3\","
                + "\"mime_type\":\"audio/mpeg\",\"size_in_bytes\":1500000,\"duration_in_seconds\":3725}]}");
        String shown = String.join("\n", ArticleBodyRenderer.render(f.articles().get(0), f.articles().get(0).content().load(), null).layout(80).stream()
                .map(StyledLine::plain).toList());
        assertEquals(true, shown.contains("1.5 MB"), shown);
        assertEquals(true, shown.contains("1:02:05"), shown);
    }
}
