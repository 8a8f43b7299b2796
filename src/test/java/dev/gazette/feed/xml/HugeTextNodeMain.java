package dev.gazette.feed.xml;

import dev.gazette.feed.Feed;
import dev.gazette.feed.FeedLoader;
import dev.gazette.feed.Problem;
import java.nio.file.Path;

/**
 * Run by {@link XmlSecurityTest} in a JVM with a small heap: loads the feed on standard input
 * (a pipe) and prints one line about it, so the test sees whether memory stayed bounded.
 */
public final class HugeTextNodeMain {
    private HugeTextNodeMain() { }

    public static void main(String[] args) throws Exception {
        Feed feed = FeedLoader.load(Path.of("/dev/stdin"));
        String html = feed.articles().get(0).content().load().html();
        System.out.println(feed.articles().size() + " article; body " + html.length() + " characters; "
                + String.join(", ", feed.problems().stream().map(Problem::message).toList()));
    }
}
