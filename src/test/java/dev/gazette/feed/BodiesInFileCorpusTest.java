package dev.gazette.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gazette.Corpus;
import dev.gazette.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every real feed of ../shared/corpus that loads, made big enough for its bodies to stay in
 * the file: each article reads back what keeping its body gives. The corpus is not there in
 * a lonely clone; the bodies-in-file fixtures cover the same ground there (BodiesInFileTest).
 */
class BodiesInFileCorpusTest {
    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everyCorpusFeedReadsBackWhatItKeeps() {
        if (!Corpus.present("jsonfeed")) {
            // Shown as skipped, with where the corpus was looked for, rather than vanishing.
            return Stream.of(DynamicTest.dynamicTest("the corpus", () -> Corpus.assumePresent("jsonfeed")));
        }
        return Stream.of("jsonfeed", "rss", "atom")
                .flatMap(kind -> Corpus.files(kind, kind.equals("jsonfeed") ? ".json" : ".xml").stream())
                .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
    }

    private void check(Path file) throws Exception {
        try {
            FeedLoader.load(file);
        } catch (FeedException invalid) {
            return;   // the invalid ones (SOURCES.md) are CorpusTest's
        }
        Path big = Fixtures.bigCopy(file, dir);
        if (big == null) return;   // no items
        Feed kept = FeedLoader.load(big, LoadListener.NONE, null, false);
        Feed inFile = FeedLoader.load(big, LoadListener.NONE, null, true);
        assertEquals(kept.articles().size(), inFile.articles().size());
        for (int i = 0; i < kept.articles().size(); i++) {
            Article k = kept.articles().get(i);
            Article f = inFile.articles().get(i);
            assertEquals(k.id(), f.id());
            assertEquals(k.content().load(), f.content().load(), "item " + i + ": " + k.title());
        }
        if (!LEFT_IN_FILE.contains(file.getFileName().toString())) return;
        // These feeds title and name their items before the body (but for Daring Fireball's
        // sponsor posts, titled after it): those bodies were read from the file, not kept.
        assumeTrue(Runtime.getRuntime().availableProcessors() > 1, "bodies stay in the file only when decoded ahead");
        Files.setLastModifiedTime(big, FileTime.fromMillis(Files.getLastModifiedTime(big).toMillis() + 5000));
        List<Article> own = inFile.articles().stream().filter(a -> !String.valueOf(a.title()).startsWith("Filler ")).toList();
        long fromFile = own.stream().filter(BodiesInFileCorpusTest::unavailable).count();
        assertTrue(fromFile >= own.size() * 3 / 4, fromFile + " of " + own.size());
    }

    private static boolean unavailable(Article a) {
        try {
            a.content().load();
            return false;
        } catch (FileText.Unavailable e) {
            return true;
        }
    }

    private static final Set<String> LEFT_IN_FILE = Set.of("05-daring-fireball.json", "04-accidental-tech-podcast.xml",
            "02-daring-fireball.xml");
}
