package dev.gazette.feed.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.gazette.feed.Article;
import dev.gazette.feed.Attachment;
import dev.gazette.feed.Feed;
import dev.gazette.feed.FeedChecks;
import dev.gazette.feed.FeedException;
import dev.gazette.feed.FeedLoader;
import dev.gazette.feed.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every real feed of ../shared/corpus/rss and ../shared/corpus/atom (see SOURCES.md there).
 * A valid file lists one article per item, the items counted here independently with a
 * regular expression over the raw text. Of the files SOURCES.md calls invalid, rss/11 (an
 * HTML {@code &nbsp;} entity) loads with warnings; rss/12 (truncated) and atom/11 (an entry
 * document) fail with one line. Skipped where the corpus is not checked out beside the
 * repository.
 */
class XmlCorpusTest {
    private static final Path CORPUS = Path.of("..", "shared", "corpus");

    /** The files that cannot be read, and the line each gives. */
    private static final Map<String, String> FAILS = Map.of(
            "rss/12-reuters-truncated-invalid.xml",
            ":19:84: invalid XML: the file ends too soon; was expecting a close tag for element <channel>",
            "atom/11-entry-document-not-feed.xml",
            ": XML but not a feed: root element <entry> (a single Atom entry)");

    /** Files with something to warn about (items without guid, HTML entities); the others have no problems. */
    private static final Set<String> WITH_PROBLEMS = Set.of(
            "rss/03-scripting-news-untitled-items.xml", // guids given to two items each
            "rss/06-macworld-leading-blank-lines.xml", "rss/07-aktuality-sk-slovak.xml",
            "rss/11-dbengines-undefined-entity-invalid.xml",
            "atom/13-blank-line-before-xml-declaration.xml");   // the whitespace before its declaration

    private static final Pattern COMMENT_OR_CDATA = Pattern.compile("<!--.*?-->|<!\\[CDATA\\[.*?]]>", Pattern.DOTALL);
    private static final Pattern ITEM = Pattern.compile("<(item|entry)[\\s>/]");

    private static void assumeCorpus() {
        assumeTrue(Files.isDirectory(CORPUS.resolve("rss")) && Files.isDirectory(CORPUS.resolve("atom")),
                "corpus not checked out at " + CORPUS.toAbsolutePath());
    }

    private static Path file(String name) {
        assumeCorpus();
        return CORPUS.resolve(name);
    }

    @TestFactory
    Stream<DynamicTest> everyFileListsEachItemOrFailsInOneLine() throws IOException {
        assumeCorpus();
        List<Path> files;
        try (Stream<Path> rss = Files.list(CORPUS.resolve("rss")); Stream<Path> atom = Files.list(CORPUS.resolve("atom"))) {
            files = Stream.concat(rss, atom).filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        assertEquals(26, files.size());
        return files.stream().map(p -> DynamicTest.dynamicTest(name(p), () -> check(p)));
    }

    private static String name(Path p) {
        return p.getParent().getFileName() + "/" + p.getFileName();
    }

    private static void check(Path p) throws Exception {
        String name = name(p);
        if (FAILS.containsKey(name)) {
            FeedException e = assertThrows(FeedException.class, () -> FeedLoader.load(p));
            assertEquals(p + FAILS.get(name), e.getMessage());
            return;
        }
        Feed f = FeedLoader.load(p);
        assertEquals(countItems(p), f.articles().size(), "one article per item");
        if (!WITH_PROBLEMS.contains(name)) assertEquals(List.of(), f.problems());
        assertNotNull(f.title());
        FeedChecks.assertWellOrdered(f);
    }

    /** item and entry start tags outside comments and CDATA sections. */
    private static long countItems(Path p) throws IOException {
        String text = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
        return ITEM.matcher(COMMENT_OR_CDATA.matcher(text).replaceAll("")).results().count();
    }

    @Test
    void anHtmlEntityIsReadWithAWarning() throws Exception {
        Feed f = FeedLoader.load(file("rss/11-dbengines-undefined-entity-invalid.xml"));
        assertEquals(4, f.problems().size());
        assertEquals("item 1: &nbsp; is an HTML entity, not XML; read as U+00A0", f.problems().get(0).message());
        assertTrue(f.articles().get(0).content().load().html().contains("our\u00a0DB-Engines Ranking"));
        assertEquals(Instant.parse("2023-01-03T15:00:00Z"), f.articles().get(0).published(), "dc:date");
    }

    @Test
    void aGuidGivenTwiceKeysTwoItems() throws Exception {
        Feed f = FeedLoader.load(file("rss/03-scripting-news-untitled-items.xml"));
        assertEquals(List.of(
                new Problem(113, 3, "item 13 has the id of item 9; using \"http://scripting.com/2017/06/25.html#a080631#2\""),
                new Problem(212, 3, "item 25 has the id of item 23; using \"http://scripting.com/2017/06/24.html#a100632#2\"")),
                f.problems());
        assertEquals(2, f.repairedItems());
    }

    @Test
    void iso88591() throws Exception {
        assertEquals("RSS Feed do Site Inovação Tecnológica",
                FeedLoader.load(file("rss/10-inovacao-tecnologica-iso-8859-1.xml")).title());
    }

    @Test
    void podcastEpisodesCarryTheirAudio() throws Exception {
        Article newest = FeedLoader.load(file("rss/04-accidental-tech-podcast.xml")).articles().get(0);
        assertEquals(List.of(new Attachment("http://traffic.libsyn.com/atpfm/atp311.mp3", "audio/mpeg", null, 54_919_661L, 6849L)),
                newest.attachments());
        assertTrue(newest.content().load().html().startsWith("<ul>"), "an empty content:encoded gives way to the description");
    }

    @Test
    void xhtmlAndOutOfLineContent() throws Exception {
        Article xhtml = FeedLoader.load(file("atom/04-expert-opinion-xhtml-content.xml")).articles().get(0);
        String html = xhtml.content().load().html();
        assertTrue(html.contains("<div><a href=\"https://ia601702.us.archive.org/23/items/ENTExpertOpinion/"), html);
        assertTrue(html.contains("Head &amp; Neck Surgery"), html);
        Article src = FeedLoader.load(file("atom/12-content-src-out-of-line.xml")).articles().get(0);
        assertEquals("https://elly.town/d/blog/2024-03-08-x509-certificates.txt", src.url());
    }

    /** Daring Fireball's Atom and JSON Feed of the same weeks list the same headlines. */
    @Test
    void atomAndJsonFeedOfOneSiteAgree() throws Exception {
        Feed atom = FeedLoader.load(file("atom/02-daring-fireball.xml"));
        Feed json = FeedLoader.load(file("jsonfeed/05-daring-fireball.json"));
        assertEquals(headlines(json), headlines(atom));
    }

    private static List<String> headlines(Feed f) {
        return f.articles().stream().map(a -> a.date() + " " + a.title()).toList();
    }
}
