package dev.gazette.bench;

import dev.gazette.comments.CommentJournal;
import dev.gazette.comments.DiscussionBenchmark;
import dev.gazette.feed.Article;
import dev.gazette.feed.ArticleContent;
import dev.gazette.feed.ContentSource;
import dev.gazette.feed.Feed;
import dev.gazette.ui.Channel;
import dev.gazette.ui.Effect;
import dev.gazette.ui.EffectRunner;
import dev.gazette.ui.ErrorLog;
import dev.gazette.ui.Event;
import dev.gazette.ui.EventQueue;
import dev.gazette.ui.FeedSource;
import dev.gazette.ui.Workers;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Opening an article with a 1,000,000-comment discussion through the real {@link EffectRunner}
 * and its worker threads, as the UI does: OpenArticle until ArticleReady (journal indexed,
 * discussion resolved, the first window of 1,000 comments read and laid out), then a reply
 * until CommentSaved; then, with a journal indexed first as the reader does at start-up, the
 * same open again. Not a test: nothing asserts a time.
 *
 * <pre>
 * mvn -B -q -o test-compile
 * java -Xmx300m -cp target/classes:target/test-classes:$(cat cp.txt) dev.gazette.bench.ArticleOpenBenchmark [DIR]
 * java -Xmx300m -cp ... dev.gazette.bench.ArticleOpenBenchmark DIR --warm     (the journal indexed first)
 * </pre>
 * (cp.txt: {@code mvn -o dependency:build-classpath -Dmdep.outputFile=cp.txt})
 */
public final class ArticleOpenBenchmark {
    private ArticleOpenBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path dir = args.length > 0 ? Files.createDirectories(Path.of(args[0])) : Files.createTempDirectory("gazette-open");
        Path file = dir.resolve("big.comments.jsonl");
        if (!Files.exists(file)) DiscussionBenchmark.build(file, 1_000_000);
        System.out.printf("journal: %.0f MB%n", Files.size(file) / 1e6);
        Article big = new Article("big", false, "A very big discussion", null, null, null, null, null, null, List.of(),
                List.of(), List.of(), ContentSource.of(new ArticleContent(null, "One paragraph.", null)));
        FeedSource none = new FeedSource() {
            @Override
            public Feed load(dev.gazette.feed.LoadListener listener) {
                throw new UnsupportedOperationException();
            }

            @Override
            public boolean changed() {
                return false;
            }
        };
        EventQueue queue = new EventQueue();
        if (args.length > 1 && args[1].equals("--warm")) {
            // In the reader the journal is indexed in the background as soon as the feed is in
            // (EffectRunner.warmUp), so an article opened after that waits only for its discussion.
            Workers warmWorkers = Workers.threads();
            CommentJournal indexed = new CommentJournal(file);
            long w0 = System.nanoTime();
            indexed.unreadableLines();
            long w1 = System.nanoTime();
            EffectRunner warm = new EffectRunner(new Channel(none, indexed, null), url -> "", ZoneOffset.UTC, warmWorkers,
                    ErrorLog.NONE);
            warm.run(new Effect.OpenArticle(0, 2, big, null, 100), queue::post);
            Event again = take(queue);
            long w2 = System.nanoTime();
            System.out.printf("start-up indexing (in the background in the reader): %.0f ms; then OpenArticle -> %s: %.0f ms%n",
                    (w1 - w0) / 1e6, again.getClass().getSimpleName(), (w2 - w1) / 1e6);
            warm.finish(1000);
            return;
        }
        Workers workers = Workers.threads();
        EffectRunner effects = new EffectRunner(new Channel(none, new CommentJournal(file), null), url -> "",
                ZoneOffset.UTC, workers, ErrorLog.NONE);
        long t0 = System.nanoTime();
        effects.run(new Effect.OpenArticle(0, 1, big, null, 100), queue::post);
        Event ready = take(queue);
        long t1 = System.nanoTime();
        if (!(ready instanceof Event.ArticleReady r)) throw new IllegalStateException("not ready: " + ready);
        System.out.printf("OpenArticle -> ArticleReady: %.0f ms (%,d comments, %,d lines laid out)%n", (t1 - t0) / 1e6,
                r.page().discussion().size(), r.page().layout(100).lines().size());
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf("heap in use after GC, page held: %.0f MB%n", heap / 1e6);

        String parent = r.page().discussion().row(10).id();
        long t2 = System.nanoTime();
        effects.run(new Effect.ReplyComment(0, "big", parent, "bench", "a reply from the benchmark"), queue::post);
        Event saved = take(queue);
        long t3 = System.nanoTime();
        System.out.printf("ReplyComment -> %s: %.0f ms (on the journal worker; the UI thread is free meanwhile)%n",
                saved.getClass().getSimpleName(), (t3 - t2) / 1e6);
        long t4 = System.nanoTime();
        effects.run(new Effect.ShowComments(0, 1, "big", 500_000), queue::post);
        Event shown = take(queue);
        System.out.printf("ShowComments at row 500,000 -> %s: %.0f ms%n", shown.getClass().getSimpleName(),
                (System.nanoTime() - t4) / 1e6);
        effects.finish(1000);

    }

    private static Event take(EventQueue queue) throws InterruptedException {
        Event e = queue.take(120, TimeUnit.SECONDS);
        if (e == null) throw new IllegalStateException("no answer in 120 s");
        return e;
    }
}
