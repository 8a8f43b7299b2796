package dev.gazette.cli;

import com.sun.net.httpserver.HttpServer;
import dev.gazette.source.FileSource;
import dev.gazette.source.SourceException;
import dev.gazette.source.UrlSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Several sources, URLs, the feeds file and OPML on the command line (DESIGN.md section 3). */
class SourcesCliTest {

    @TempDir
    Path dir;

    HttpServer server;

    static String feed(String title, String... items) {
        StringBuilder sb = new StringBuilder("{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"" + title
                + "\",\"items\":[");
        for (int i = 0; i < items.length; i++) {
            if (i > 0) sb.append(',');
            sb.append("{\"id\":\"").append(i).append("\",\"title\":\"").append(items[i])
                    .append("\",\"date_published\":\"2025-03-0").append(i + 1).append("T10:00:00Z\"}");
        }
        return sb.append("]}").toString();
    }

    record Result(int code, String out, String err) {}

    Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Map<String, String> env = Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString(),
                "XDG_DATA_HOME", dir.resolve("data").toString(), "XDG_CONFIG_HOME", dir.resolve("config").toString(),
                "XDG_STATE_HOME", dir.resolve("state").toString(), "HOME", dir.toString());
        int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                env, false).run(List.of(args));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    String serve(String path, String body) throws IOException {
        return serve(path, () -> body);
    }

    /** Serves what {@code body} gives at each request. */
    String serve(String path, java.util.function.Supplier<String> body) throws IOException {
        if (server == null) {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.start();
        }
        server.createContext(path, exchange -> {
            byte[] bytes = body.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/feed+json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Test
    void aGlobOverAFolderGazetteHasReadSkipsItsOwnFilesBesideTheFeeds() throws IOException {
        Path news = Files.writeString(dir.resolve("news.json"), feed("News", "One"));
        Path marks = Files.writeString(dir.resolve("news.state.json"), "{\"version\":1,\"read\":[\"0\"]}");
        Path drafts = Files.writeString(dir.resolve("news.drafts.json"), "{\"version\":1,\"drafts\":{}}");
        Path orphan = Files.writeString(dir.resolve("gone.state.json"), "{\"version\":1,\"read\":[]}");
        Result r = run("--check", news.toString(), marks.toString(), drafts.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(news + ": ok, 1 item\n", r.out());
        assertEquals(marks + ": Gazette's read marks for news.json; skipped\n"
                + drafts + ": Gazette's drafts for news.json; skipped\n", r.err());

        Result alone = run("--list", marks.toString());
        assertEquals(2, alone.code(), "asked for by itself, it is not a feed");
        assertEquals(marks + ": Gazette's read marks for news.json, not a feed\n", alone.err());

        Result onlySidecars = run("--check", marks.toString(), drafts.toString());
        assertEquals(2, onlySidecars.code(), "nothing was checked");

        Result noFeedBeside = run("--check", news.toString(), orphan.toString());
        assertEquals(2, noFeedBeside.code());
        assertTrue(noFeedBeside.err().startsWith(orphan + ": not a JSON Feed"), "with no feed beside it, it is a file like any other: "
                + noFeedBeside.err());
    }

    @AfterEach
    void stop() {
        if (server != null) server.stop(0);
    }

    @Test
    void severalFilesListTogether() throws IOException {
        Path a = Files.writeString(dir.resolve("a.json"), feed("A", "Apples"));
        Path b = Files.writeString(dir.resolve("b.json"), feed("B", "Bees", "Birds"));
        Result r = run(a.toString(), b.toString(), "--list");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("2025-03-01  Apples", "2025-03-02  Birds", "2025-03-01  Bees"), r.out().lines().toList());
    }

    @Test
    void theSameFileGivenTwiceIsReadOnce() throws IOException {
        Path a = Files.writeString(dir.resolve("a.json"), feed("A", "Apples"));
        String again = dir.resolve(".").resolve("a.json").toString();
        Result r = run(a.toString(), again, "--list");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("2025-03-01  Apples"), r.out().lines().toList());
        assertEquals("gazette: " + again + " is given twice; read once\n", r.err());
    }

    @Test
    void oneUnreadableSourceIsOneLineAndExitTwoTheOthersStillList() throws IOException {
        Path a = Files.writeString(dir.resolve("a.json"), feed("A", "Apples"));
        Result r = run(a.toString(), dir.resolve("missing.json").toString(), "--list");
        assertEquals(2, r.code());
        assertEquals(List.of("2025-03-01  Apples"), r.out().lines().toList());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("missing.json: no such file"), r.err());
    }

    @Test
    void aUrlIsFetchedAndCachedAndOfflineReadsTheCache() throws IOException {
        String url = serve("/feed.json", feed("Remote", "From afar"));
        Result online = run(url, "--list");
        assertEquals(0, online.code(), online.err());
        assertEquals("2025-03-01  From afar\n", online.out());
        server.stop(0);
        server = null;
        Result offline = run(url, "--list", "--offline");
        assertEquals(0, offline.code(), offline.err());
        assertEquals("2025-03-01  From afar\n", offline.out());
        Result check = run(url, "--check", "--offline");
        assertTrue(check.out().startsWith(url + ": ok, 1 item"), check.out());
        Result down = run(url, "--list");
        assertEquals(0, down.code(), "the server is gone but the copy is there, as the reader would show it: " + down.err());
        assertEquals("2025-03-01  From afar\n", down.out());
        assertTrue(down.err().matches("(?s)" + java.util.regex.Pattern.quote(url) + ": could not be fetched \\(.+\\); "
                + "the cached copy from \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d is used\n"), down.err());
        Result never = run(url.replace("/feed.json", "/other.json"), "--list");
        assertEquals(2, never.code(), "nothing cached: it cannot be read");
    }

    @Test
    void aDownloadThatIsNoReadableFeedNeverReplacesTheCachedCopy() throws IOException {
        java.util.concurrent.atomic.AtomicReference<String> body = new java.util.concurrent.atomic.AtomicReference<>(
                feed("Remote", "From afar"));
        String url = serve("/feed.json", body::get);
        assertEquals(0, run(url, "--list").code());
        String cut = feed("Remote", "From afar", "Later");
        body.set(cut.substring(0, cut.length() / 2));
        Result truncated = run(url, "--list");
        assertEquals(0, truncated.code(), truncated.err());
        assertEquals("2025-03-01  From afar\n", truncated.out(), "the last good copy");
        assertTrue(truncated.err().startsWith(url + ": could not be fetched (what it sent is unreadable: 1:"
                + (cut.length() / 2 + 1) + ": invalid JSON: the file ends too soon"), truncated.err());
        Result check = run(url, "--check");
        assertEquals(2, check.code(), "--check is about what the server sends now");
        assertTrue(check.err().startsWith(url + ":1:" + (cut.length() / 2 + 1) + ": invalid JSON: the file ends too soon"),
                check.err());
        assertEquals("", check.out());
        body.set("");
        assertEquals("2025-03-01  From afar\n", run(url, "--list").out());
        body.set("{\"error\": \"rate limited\"}");
        assertEquals("2025-03-01  From afar\n", run(url, "--list").out());
        body.set("<!DOCTYPE html><html><body>Please log in</body></html>");
        assertEquals("2025-03-01  From afar\n", run(url, "--list").out());
        Result loginWall = run(url, "--check");
        assertEquals(2, loginWall.code());
        assertEquals(url + ": an HTML page, not a feed, and it names no feed\n", loginWall.err());
        server.stop(0);
        server = null;
        Result offline = run(url, "--list", "--offline");
        assertEquals("2025-03-01  From afar\n", offline.out(), offline.err());
    }

    @Test
    void aBrokenFeedAtANewUrlIsOneLineWithItsPlaceAndExitTwo() throws IOException {
        String url = serve("/cut.json", () -> "{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"Cut");
        Result r = run(url, "--check");
        assertEquals(2, r.code());
        assertEquals(url + ":1:59: invalid JSON: the file ends too soon, inside a string that starts at 1:55\n", r.err());
    }

    @Test
    void offlineWithNothingCachedSaysSo() {
        Result r = run("http://127.0.0.1:9/feed.json", "--list", "--offline");
        assertEquals(2, r.code());
        assertEquals("http://127.0.0.1:9/feed.json: not fetched yet, and Gazette is offline\n", r.err());
    }

    @Test
    void aJsonFileGivenToImportOpmlIsOneClearLine() throws IOException {
        Path json = Files.writeString(dir.resolve("feed.json"), feed("A", "Apples"));
        Path feeds = dir.resolve("feeds");
        Result r = run("--feeds", feeds.toString(), "--import-opml", json.toString());
        assertEquals(2, r.code());
        assertEquals("gazette: " + json + ": JSON, not an OPML file (if it is a JSON Feed, add it as a line of " + feeds
                + ")\n", r.err());
    }

    @Test
    void theFeedsFileOpmlImportAndExport() throws IOException {
        Path a = Files.writeString(dir.resolve("a.json"), feed("A", "Apples"));
        Path feeds = dir.resolve("feeds");
        Files.writeString(feeds, "# my feeds\n" + a + " \"~Fruit\"\n");
        Path opml = Files.writeString(dir.resolve("in.opml"), """
                <?xml version="1.0"?>
                <opml version="2.0"><body>
                  <outline text="Tech"><outline text="Blog" xmlUrl="https://example.com/feed.xml"/></outline>
                </body></opml>
                """);
        Result imported = run("--feeds", feeds.toString(), "--import-opml", opml.toString());
        assertEquals(0, imported.code(), imported.err());
        assertEquals("Added 1 feed to " + feeds + "\n", imported.out());
        assertEquals("Added 0 feeds to " + feeds + "; 1 was there already\n",
                run("--feeds", feeds.toString(), "--import-opml", opml.toString()).out());
        Result exported = run("--feeds", feeds.toString(), "--export-opml");
        assertEquals(0, exported.code(), exported.err());
        assertTrue(exported.out().contains("xmlUrl=\"https://example.com/feed.xml\""), exported.out());
        assertTrue(exported.out().contains("text=\"Fruit\""), exported.out());
    }

    @Test
    void anExportNamesAnUntitledSourceByItsFeedsOwnTitleFetchingNothing() throws Exception {
        String url = serve("/garden.json", feed("My garden", "Tomatoes"));
        Path file = Files.writeString(dir.resolve("tech.json"), feed("Tech Daily", "Kernel news"));
        assertEquals(0, run("--list", url).code(), "the cached copy");
        server.stop(0);
        Result r = run("--export-opml", url, file.toString(), dir.resolve("missing.json").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("<outline type=\"rss\" text=\"My garden\" title=\"My garden\" xmlUrl=\"" + url + "\"/>"),
                r.out());
        assertTrue(r.out().contains("text=\"Tech Daily\" title=\"Tech Daily\" xmlUrl=\"file:"), r.out());
        assertTrue(r.out().contains("text=\"" + dir.resolve("missing.json").toUri() + "\""), "no title to find: " + r.out());
    }

    @Test
    void anImportSaysWhichOutlinesItSkippedAndReadsFeedUrls() throws Exception {
        Path feeds = dir.resolve("feeds");
        Path opml = Files.writeString(dir.resolve("nb.opml"), """
                <?xml version="1.0"?>
                <opml version="1.0"><body>
                  <outline text="Old" xmlUrl="feed://example.com/old.xml"/>
                  <outline text="Old again" xmlUrl="http://example.com/old.xml"/>
                  <outline text="Mail" xmlUrl="mailto:ana@example.com"/>
                  <outline text="Relative" xmlUrl="feeds/local.xml"/>
                  <outline text="A site, no feed" htmlUrl="https://example.com/"/>
                </body></opml>
                """);
        Result r = run("--feeds", feeds.toString(), "--import-opml", opml.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("Added 1 feed to " + feeds + "; 1 repeated outline skipped\n", r.out(), "\"Old again\" is \"Old\"");
        assertEquals("gazette: " + opml + ": outline \"Mail\" (mailto:ana@example.com): neither an http(s) URL nor a file's"
                + " absolute path; skipped\n"
                + "gazette: " + opml + ": outline \"Relative\" (feeds/local.xml): neither an http(s) URL nor a file's"
                + " absolute path; skipped\n", r.err());
        assertTrue(Files.readString(feeds).contains("http://example.com/old.xml"), Files.readString(feeds));
        assertEquals("Added 0 feeds to " + feeds + "; 1 was there already\n",
                run("--feeds", feeds.toString(), "--import-opml", opml.toString()).out(), "the OPML's own repeat counted once");
    }

    @Test
    void withNoFeedsAtAllTheMessageNamesNewsboatsWhenThereAreSome() throws Exception {
        Options none = Options.parse(List.of());
        Map<String, String> env = Map.of("HOME", dir.resolve("home").toString(),
                "XDG_CONFIG_HOME", dir.resolve("config").toString());
        Path urls = dir.resolve("config/newsboat/urls");
        Files.createDirectories(urls.getParent());
        Files.writeString(urls, "https://example.com/a.xml \"~A\"\n");
        Path feeds = dir.resolve("config/gazette/feeds");
        SourceException e = assertThrows(SourceException.class, () -> SourceChoice.choose(none, env, dir));
        assertEquals("nothing to read: no ./feed.json here and no feeds file at " + feeds + "; newsboat's feeds are at "
                + urls + ": gazette --feeds " + urls + " reads them, or copy that file to " + feeds, e.getMessage());
        Path older = dir.resolve("home/.newsboat/urls");
        Files.createDirectories(older.getParent());
        Files.writeString(older, "https://example.com/b.xml\n");
        assertTrue(assertThrows(SourceException.class, () -> SourceChoice.choose(none, env, dir)).getMessage()
                .contains("newsboat's feeds are at " + older + ":"), "~/.newsboat first, as newsboat looks");
    }

    @Test
    void aFeedsFileOfOnlyNewsboatQueriesSaysWhyEachLineWasSkippedBeforeItHasNoFeeds() throws Exception {
        Path feeds = Files.writeString(dir.resolve("urls"), "query:\"Unread\":unread = \"yes\"\nexec:~/bin/feed\n");
        Result r = run("--feeds", feeds.toString(), "--list");
        assertEquals(2, r.code());
        assertEquals(List.of(
                "gazette: " + feeds + ":1: newsboat query: line skipped (Gazette has no query feeds)",
                "gazette: " + feeds + ":2: newsboat exec: line skipped (Gazette has no exec feeds)",
                "gazette: " + feeds + ": no feeds in the feeds file"), r.err().lines().toList());
    }

    @Test
    void withNoSourceFeedJsonThenTheFeedsFileThenAMessageNamingBoth() throws Exception {
        Options none = Options.parse(List.of());
        Map<String, String> env = Map.of("XDG_CONFIG_HOME", dir.resolve("config").toString(), "HOME", dir.resolve("home").toString());
        SourceException e = assertThrows(SourceException.class, () -> SourceChoice.choose(none, env, dir));
        assertEquals("nothing to read: no ./feed.json here and no feeds file at " + dir.resolve("config/gazette/feeds")
                + " (give a feed file or URL, or list your feeds in that file)", e.getMessage());
        Files.createDirectories(dir.resolve("config/gazette"));
        Files.writeString(dir.resolve("config/gazette/feeds"), "https://example.com/a.xml\nnews.json\n");
        SourceChoice.Chosen fromFile = SourceChoice.choose(none, env, dir);
        assertEquals(2, fromFile.sources().size());
        assertInstanceOf(UrlSource.class, fromFile.sources().get(0));
        Files.writeString(dir.resolve("feed.json"), "{}");
        SourceChoice.Chosen local = SourceChoice.choose(none, env, dir);
        assertEquals(List.of(new FileSource(Path.of("feed.json"))), local.sources());
        SourceChoice.Chosen exported = SourceChoice.choose(Options.parse(List.of("--export-opml")), env, dir);
        assertEquals(2, exported.sources().size(), "--export-opml backs up the subscriptions, not the feed.json here");
    }
}
