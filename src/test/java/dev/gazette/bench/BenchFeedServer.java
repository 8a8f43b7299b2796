package dev.gazette.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

/**
 * The server for bench/refresh.sh: FEEDS feeds of ITEMS items each, spread over HOSTS
 * servers on 127.0.0.1 (one port each, so "per host" limits apply as they would to as
 * many sites), each answer held DELAY_MS as a distant server would. Every feed has an
 * ETag and a Last-Modified, and a conditional GET that matches either gets a 304. The
 * same URL is served as JSON Feed to a client whose Accept prefers application/feed+json
 * (Gazette) and as RSS 2.0 otherwise (newsboat), with the same items, so each reader
 * parses what it can; gzip when asked for.
 *
 * <pre>java -cp ... dev.gazette.bench.BenchFeedServer URLS_FILE FEEDS ITEMS HOSTS DELAY_MS</pre>
 *
 * It writes the feed URLs, one a line, to URLS_FILE (newsboat's urls format, which Gazette
 * reads as is), and serves GET /stats (counts of 200, 304 and other answers since the last
 * /stats) on the first port, whose URL it prints.
 */
public final class BenchFeedServer {
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final boolean LOG = System.getenv("BENCH_LOG") != null;
    private static final AtomicInteger OK = new AtomicInteger();
    private static final AtomicInteger NOT_MODIFIED = new AtomicInteger();
    private static final AtomicInteger OTHER = new AtomicInteger();

    private record Feed(String etag, String lastModified, byte[] json, byte[] jsonGz, byte[] rss, byte[] rssGz) { }

    public static void main(String[] args) throws Exception {
        Path urlsFile = Path.of(args[0]);
        int feeds = Integer.parseInt(args[1]);
        int items = Integer.parseInt(args[2]);
        int hosts = Integer.parseInt(args[3]);
        long delayMs = Long.parseLong(args[4]);
        List<Feed> all = new ArrayList<>();
        for (int k = 0; k < feeds; k++) all.add(feed(k, items));
        List<HttpServer> servers = new ArrayList<>();
        for (int h = 0; h < hosts; h++) {
            HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 100);
            s.setExecutor(Executors.newCachedThreadPool());
            s.createContext("/feed/", ex -> serve(ex, all, delayMs));
            s.createContext("/stats", BenchFeedServer::stats);
            s.start();
            servers.add(s);
        }
        StringBuilder urls = new StringBuilder();
        for (int k = 0; k < feeds; k++) {
            urls.append("http://127.0.0.1:").append(servers.get(k % hosts).getAddress().getPort())
                    .append("/feed/").append(k).append('\n');
        }
        Path temp = urlsFile.resolveSibling(urlsFile.getFileName() + ".tmp");
        Files.writeString(temp, urls);
        Files.move(temp, urlsFile, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        System.out.println("stats http://127.0.0.1:" + servers.get(0).getAddress().getPort() + "/stats");
        Thread.currentThread().join();
    }

    private static void serve(HttpExchange ex, List<Feed> all, long delayMs) throws IOException {
        try (ex) {
            if (delayMs > 0) Thread.sleep(delayMs);
            int k = Integer.parseInt(ex.getRequestURI().getPath().substring("/feed/".length()));
            Feed f = all.get(k);
            if (LOG) System.err.println(ex.getRequestURI() + " " + ex.getRequestHeaders().entrySet());
            String inm = ex.getRequestHeaders().getFirst("If-None-Match");
            String ims = ex.getRequestHeaders().getFirst("If-Modified-Since");
            if (f.etag().equals(inm) || (inm == null && f.lastModified().equals(ims))) {
                NOT_MODIFIED.incrementAndGet();
                ex.getResponseHeaders().set("ETag", f.etag());
                ex.sendResponseHeaders(304, -1);
                return;
            }
            String accept = String.valueOf(ex.getRequestHeaders().getFirst("Accept"));
            String encoding = String.valueOf(ex.getRequestHeaders().getFirst("Accept-Encoding")).toLowerCase(Locale.ROOT);
            boolean json = accept.contains("application/feed+json");
            boolean gzip = encoding.contains("gzip");
            byte[] body = json ? (gzip ? f.jsonGz() : f.json()) : (gzip ? f.rssGz() : f.rss());
            ex.getResponseHeaders().set("Content-Type", json ? "application/feed+json" : "application/rss+xml; charset=utf-8");
            ex.getResponseHeaders().set("ETag", f.etag());
            ex.getResponseHeaders().set("Last-Modified", f.lastModified());
            if (gzip) ex.getResponseHeaders().set("Content-Encoding", "gzip");
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
            OK.incrementAndGet();
        } catch (RuntimeException | InterruptedException e) {
            OTHER.incrementAndGet();
            ex.sendResponseHeaders(500, -1);
        }
    }

    private static void stats(HttpExchange ex) throws IOException {
        byte[] text = ("200=" + OK.getAndSet(0) + " 304=" + NOT_MODIFIED.getAndSet(0) + " other=" + OTHER.getAndSet(0) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(200, text.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(text);
        }
    }

    private static Feed feed(int k, int items) throws IOException {
        Instant newest = Instant.parse("2025-03-01T12:00:00Z").minusSeconds(k * 60L);
        StringBuilder json = new StringBuilder("{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"Bench feed " + k
                + "\",\"home_page_url\":\"http://example.com/" + k + "/\",\"items\":[");
        StringBuilder rss = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Bench feed "
                + k + "</title><link>http://example.com/" + k + "/</link><description>bench</description>\n");
        for (int i = 0; i < items; i++) {
            String id = "feed-" + k + "-item-" + i;
            String title = "Item " + i + " of feed " + k + ": a headline of a realistic length";
            String html = ("<p>Paragraph of item " + i + " with <a href=\"http://example.com/x\">a link</a> and <em>emphasis</em>. ")
                    .repeat(12) + "</p>";
            Instant date = newest.minusSeconds(i * 3600L);
            json.append(i == 0 ? "" : ",").append("{\"id\":\"").append(id).append("\",\"url\":\"http://example.com/")
                    .append(k).append('/').append(i).append("\",\"title\":\"").append(title)
                    .append("\",\"content_html\":\"").append(html.replace("\"", "\\\"")).append("\",\"date_published\":\"")
                    .append(date).append("\"}");
            rss.append("<item><guid isPermaLink=\"false\">").append(id).append("</guid><link>http://example.com/").append(k)
                    .append('/').append(i).append("</link><title>").append(title).append("</title><pubDate>")
                    .append(HTTP_DATE.format(date)).append("</pubDate><description><![CDATA[").append(html)
                    .append("]]></description></item>\n");
        }
        json.append("]}");
        rss.append("</channel></rss>\n");
        byte[] j = json.toString().getBytes(StandardCharsets.UTF_8);
        byte[] r = rss.toString().getBytes(StandardCharsets.UTF_8);
        return new Feed("\"bench-" + k + "-v1\"", HTTP_DATE.format(newest), j, gzip(j), r, gzip(r));
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(data);
        }
        return bytes.toByteArray();
    }
}
