package dev.gazette;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.ThrowingConsumer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The shared corpus of real feeds, {@code ../shared/corpus} beside the repository (its
 * SOURCES.md says where each file comes from). A clone on its own has no corpus, and its
 * tests must then say so: the JSON Feed files are named here, so every per-file test exists
 * in every clone and shows as skipped, with the reason, where the corpus is absent, instead
 * of a test factory that quietly returns nothing. The small fixtures in
 * {@code src/test/resources/feeds/jsonfeed} cover each trait the corpus taught without it.
 */
public final class Corpus {
    public static final Path ROOT = Path.of("..", "shared", "corpus");

    /** The JSON Feed files of ../shared/corpus/SOURCES.md. */
    public static final List<String> JSON_FEEDS = List.of(
            "01-spec-1.1-simple-example.json",
            "02-spec-1.1-podcast-example.json",
            "03-spec-1.1-microblog-example.json",
            "04-jsonfeed-org-feed.json",
            "05-daring-fireball.json",
            "06-inessential.json",
            "07-pixel-envy-http-version-url.json",
            "08-allthis-single-line.json",
            "09-allthis-truncated-invalid.json",
            "10-curt-clifton-dates-without-seconds.json",
            "11-rosemary-orchard-html-and-text.json",
            "12-fboes-german-1.1-authors-extensions.json",
            "13-authors-1.1-vs-author-1.0.json",
            "14-extension-keys-and-attachments-1.1.json",
            "15-influxdata-rfc822-dates-no-ids.json",
            "16-feedparser-script-tag-untitled-item.json",
            "17-feedkit-every-field.json",
            "18-gofeed-null-item-invalid.json",
            "19-manton-microblog-untitled.json",
            "20-kerim-microblog-archive-925-items.json",
            "21-hologram-radio-podcast.json",
            "22-zh-cn-1.1-very-long-item.json",
            "23-japanese-11ty.json",
            "24-korean-11ty-1.1.json",
            "25-hebrew-rtl-1.1.json",
            "26-urdu-rtl-nulls.json",
            "27-sidey-invalid-author-hash.json",
            "28-scripting-news-rss-in-json-not-jsonfeed.json");

    private Corpus() {}

    /** The folder of one kind of feed: "jsonfeed", "rss" or "atom". */
    public static Path dir(String kind) {
        return ROOT.resolve(kind);
    }

    public static boolean present(String kind) {
        return Files.isDirectory(dir(kind));
    }

    /** Why a corpus test is skipped: one line that says where the corpus was looked for. */
    public static String absent(String kind) {
        return "no corpus at " + dir(kind).toAbsolutePath().normalize()
                + " (check out the shared corpus beside the repository to run this)";
    }

    /** Skips the calling test, with the reason, when the corpus is not there. */
    public static void assumePresent(String kind) {
        assumeTrue(present(kind), () -> absent(kind));
    }

    /** A file of the JSON Feed corpus by its number ("05"); skips the test when the corpus is absent. */
    public static Path jsonFeed(String number) {
        assumePresent("jsonfeed");
        for (String name : JSON_FEEDS) {
            if (name.startsWith(number + "-")) return dir("jsonfeed").resolve(name);
        }
        throw new IllegalArgumentException("no corpus file numbered " + number);
    }

    /**
     * One dynamic test per JSON Feed corpus file: every file named in {@link #JSON_FEEDS} (so
     * they all show as skipped when the corpus is absent, and fail when one is missing from a
     * corpus that is there), then any other .json file found in it.
     */
    public static Stream<DynamicTest> eachJsonFeed(ThrowingConsumer<Path> check) {
        TreeSet<String> names = new TreeSet<>(JSON_FEEDS);
        names.addAll(fileNames("jsonfeed", ".json"));
        return names.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            assumePresent("jsonfeed");
            Path file = dir("jsonfeed").resolve(name);
            assertTrue(Files.isRegularFile(file), () -> file + " is missing from the corpus");
            check.accept(file);
        }));
    }

    /** The files of one kind that are there, sorted by name; none when the corpus is absent. */
    public static List<Path> files(String kind, String suffix) {
        List<Path> out = new ArrayList<>();
        for (String name : fileNames(kind, suffix)) out.add(dir(kind).resolve(name));
        return out;
    }

    private static List<String> fileNames(String kind, String suffix) {
        if (!present(kind)) return List.of();
        try (Stream<Path> s = Files.list(dir(kind))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
