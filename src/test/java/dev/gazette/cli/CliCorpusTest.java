package dev.gazette.cli;

import com.google.gson.JsonElement;
import dev.gazette.Corpus;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every JSON Feed in the shared corpus through the command line: valid ones pass --check
 * and --list prints one line per (non-null) item; the invalid ones SOURCES.md names give
 * exit 2 and one line.
 */
class CliCorpusTest {
    /** Marked INVALID / NOT a JSON Feed in ../shared/corpus/SOURCES.md. */
    static final Set<String> INVALID = Set.of(
            "09-allthis-truncated-invalid.json",
            "27-sidey-invalid-author-hash.json",
            "28-scripting-news-rss-in-json-not-jsonfeed.json");

    /** One test per corpus file, each skipped with the reason where the corpus is absent. */
    @TestFactory
    Stream<DynamicTest> everyCorpusFeed() {
        return Corpus.eachJsonFeed(CliCorpusTest::check);
    }

    private static void check(Path file) throws IOException {
        String name = file.getFileName().toString();
        CliTest.Result checked = CliTest.run("--check", file.toString());
        CliTest.Result listed = CliTest.run("--list", file.toString());
        if (INVALID.contains(name)) {
            CliTest.assertOneClearLine(checked, name);
            CliTest.assertOneClearLine(listed, name);
            return;
        }
        assertEquals(0, checked.code(), checked.err());
        assertEquals(0, listed.code(), listed.err());
        assertEquals("", listed.err());
        assertEquals(nonNullItems(file), listed.out().lines().count(), "one line per item");
    }

    /** Counts the items independently of Gazette's loader, with Gson's tree parser. */
    private static long nonNullItems(Path file) throws IOException {
        JsonElement root = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8));
        long n = 0;
        for (JsonElement item : root.getAsJsonObject().getAsJsonArray("items")) {
            if (!item.isJsonNull()) n++;
        }
        return n;
    }
}
