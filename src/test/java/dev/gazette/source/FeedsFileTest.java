package dev.gazette.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The feeds file, including newsboat's urls file read as it is. */
class FeedsFileTest {
    @TempDir
    Path dir;

    private FeedList read(String text) throws Exception {
        Path file = dir.resolve("feeds");
        Files.writeString(file, text);
        return FeedsFile.read(file);
    }

    @Test
    void oneSourceALineWithCommentsAndBlankLinesIgnored() throws Exception {
        FeedList list = read("""
                # my feeds

                https://example.com/feed.json
                   news/local.xml   
                /abs/other.json
                """);
        assertEquals(List.of(new UrlSource(URI.create("https://example.com/feed.json")),
                new FileSource(dir.resolve("news/local.xml")),
                new FileSource(Path.of("/abs/other.json"))), list.sources());
        assertEquals(List.of(), list.notes());
    }

    @Test
    void aTagStartingWithBangHidesTheFeedAndStaysATag() throws Exception {
        FeedList list = read("""
                https://example.com/a.xml !hidden tech
                https://example.com/b.xml tech "~Shown"
                https://example.com/c.xml ! "~Bang alone"
                https://example.com/d.xml "tag with ! inside"
                """);
        List<Source> s = list.sources();
        assertEquals(List.of(true, false, true, false), s.stream().map(Source::hidden).toList());
        assertEquals(List.of("!hidden", "tech"), s.get(0).tags(), "newsboat keeps it a tag too");
        assertEquals(Optional.of("Bang alone"), s.get(2).title(), "\"!\" alone is a tag, not a title");
        assertEquals(List.of("!"), s.get(2).tags());
        assertEquals(List.of(), list.notes());
    }

    @Test
    void newsboatUrlsFileReadsAsItIs() throws Exception {
        FeedList list = read("""
                http://rss.example.org/news.rss tech "~Example News" "long tag"
                https://blog.example.net/atom.xml "~A \\"quoted\\" title" # a comment
                "query:Unread Articles:unread = \\"yes\\""
                exec:~/bin/script.sh
                filter:~/bin/filter:https://example.com/x
                https://example.com/plain !hidden
                """);
        assertEquals(List.of(
                new UrlSource(URI.create("http://rss.example.org/news.rss"), Optional.of("Example News"), List.of("tech", "long tag")),
                new UrlSource(URI.create("https://blog.example.net/atom.xml"), Optional.of("A \"quoted\" title"), List.of()),
                new UrlSource(URI.create("https://example.com/plain"), Optional.empty(), List.of("!hidden"))), list.sources());
        Path file = dir.resolve("feeds");
        assertEquals(List.of(
                file + ":3: newsboat query: line skipped (Gazette has no query feeds)",
                file + ":4: newsboat exec: line skipped (Gazette has no exec feeds)",
                file + ":5: newsboat filter: line skipped (Gazette has no filter feeds)"), list.notes());
    }

    @Test
    void aBinaryFileIsRefusedInOneLineNotReadAsLinesOfGarbage() throws Exception {
        Path file = dir.resolve("bin.dat");
        byte[] bytes = new byte[2000];
        new java.util.Random(7).nextBytes(bytes);
        Files.write(file, bytes);
        SourceException e = assertThrows(SourceException.class, () -> FeedsFile.read(file));
        assertEquals(file + ": not a text file (binary data)", e.getMessage());
        assertEquals(List.of(), e.notes());
        assertThrows(SourceException.class, () -> FeedsFile.append(file, "added", List.of(new UrlSource(URI.create("https://a.example/f")))),
                "nor is anything appended to it");
    }

    @Test
    void aFileInLatin1ReadsWithANoteAndOneInUtf16IsRefused() throws Exception {
        Path file = dir.resolve("feeds");
        Files.write(file, "https://a.example/f \"~Caf\u00e9\"\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        FeedList list = FeedsFile.read(file);
        assertEquals(List.of(new UrlSource(URI.create("https://a.example/f"), Optional.of("Caf\uFFFD"), List.of())), list.sources());
        assertEquals(List.of(file + ": not UTF-8 text; the bytes that are not show as \uFFFD (save the file as UTF-8)"),
                list.notes());
        Files.write(file, "\uFEFFhttps://a.example/f\n".getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
        SourceException e = assertThrows(SourceException.class, () -> FeedsFile.read(file));
        assertEquals(file + ": UTF-16 text; a feeds file is UTF-8", e.getMessage());
    }

    @Test
    void aTitleIsCleanedWhereItEnters() throws Exception {
        FeedList list = read("https://a.example/f \"~Mine\u001b]2;SET\u0007 \u009b31m \u202eRLO\"\n"
                + "https://b.example/g \"~\u001b[2J\"\n");
        assertEquals(List.of(new UrlSource(URI.create("https://a.example/f"), Optional.of("Mine  RLO"), List.of()),
                new UrlSource(URI.create("https://b.example/g"))), list.sources(), "a title of controls only is no title");
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndsAreNotPartOfTheLines() throws Exception {
        FeedList list = read("\uFEFFhttps://a.example/f \"~A\"\r\nhttps://b.example/g\r\n");
        assertEquals(List.of(new UrlSource(URI.create("https://a.example/f"), Optional.of("A"), List.of()),
                new UrlSource(URI.create("https://b.example/g"))), list.sources());
        assertEquals(List.of(), list.notes());
    }

    @Test
    void aBadLineOrADuplicateIsANoteAndTheRestStillReads() throws Exception {
        FeedList list = read("ftp://example.com/x\nhttps://a.example/f\nHTTPS://A.example/f\n");
        assertEquals(List.of(new UrlSource(URI.create("https://a.example/f"))), list.sources());
        Path file = dir.resolve("feeds");
        assertEquals(List.of(
                file + ":1: ftp://example.com/x: only http and https URLs can be fetched; line skipped",
                file + ":3: https://a.example/f is listed twice; the later line is skipped"), list.notes());
    }

    @Test
    void aMissingFeedsFileIsOneLine() {
        Path missing = dir.resolve("nope/feeds");
        assertEquals(missing + ": no such file",
                assertThrows(SourceException.class, () -> FeedsFile.read(missing)).getMessage());
    }

    @Test
    void appendedSourcesReadBackWithTheirTitlesAndTags() throws Exception {
        Path file = dir.resolve("new/folder/feeds");
        List<Source> sources = List.of(
                new UrlSource(URI.create("https://example.com/f"), Optional.of("Say \"hi\" \\ bye"), List.of("a tag", "#x")),
                new UrlSource(URI.create("https://example.com/g")));
        FeedsFile.append(file, "imported from x.opml", sources);
        assertEquals("""
                # imported from x.opml
                https://example.com/f "a tag" "#x" "~Say \\"hi\\" \\\\ bye"
                https://example.com/g
                """, Files.readString(file));
        assertEquals(sources, FeedsFile.read(file).sources());
    }

    @Test
    void appendKeepsWhatWasThereAndEndsTheLastLine() throws Exception {
        Path file = dir.resolve("feeds");
        Files.writeString(file, "# mine\nhttps://a.example/f");
        FeedsFile.append(file, null, List.of(new UrlSource(URI.create("https://b.example/g"))));
        assertEquals("# mine\nhttps://a.example/f\nhttps://b.example/g\n", Files.readString(file));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file left behind");
        }
    }
}
