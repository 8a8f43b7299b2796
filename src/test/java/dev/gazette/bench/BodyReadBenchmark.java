package dev.gazette.bench;

import dev.gazette.feed.Article;
import dev.gazette.feed.Feed;
import dev.gazette.feed.FeedLoader;

import java.nio.file.Path;

/**
 * Reads every article body of a feed in list order, three times, and prints the time: what
 * the headline list and the filter cost on a big feed of untitled posts. Not a test.
 *
 * <pre>java -XX:+UseSerialGC -cp target/gazette.jar:target/test-classes dev.gazette.bench.BodyReadBenchmark FEED</pre>
 */
public final class BodyReadBenchmark {
    private BodyReadBenchmark() {}

    public static void main(String[] args) throws Exception {
        Feed feed = FeedLoader.load(Path.of(args[0]));
        for (int run = 1; run <= 3; run++) {
            long start = System.nanoTime();
            long chars = 0;
            for (Article a : feed.articles()) {
                String html = a.content().load().html();
                if (html != null) chars += html.length();
            }
            System.out.printf("run %d: every body of %d articles read in %d ms (%,d chars of HTML)%n",
                    run, feed.articles().size(), (System.nanoTime() - start) / 1_000_000, chars);
        }
    }
}
