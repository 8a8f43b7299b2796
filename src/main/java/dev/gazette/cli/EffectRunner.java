package dev.gazette.cli;

import dev.gazette.feed.Feed;
import dev.gazette.feed.FeedException;
import dev.gazette.feed.LoadListener;
import dev.gazette.ui.Effect;
import dev.gazette.ui.FeedSource;
import dev.gazette.ui.TerminalLoop;

import java.util.concurrent.atomic.AtomicBoolean;

/** Carries out the App's effects: reloads on a background thread, links in the browser. */
final class EffectRunner implements TerminalLoop.EffectRunner {
    private final FeedSource source;
    private final LinkOpener opener;
    private final AtomicBoolean reloading = new AtomicBoolean();

    EffectRunner(FeedSource source, LinkOpener opener) {
        this.source = source;
        this.opener = opener;
    }

    @Override
    public void run(Effect effect, TerminalLoop loop) {
        if (effect instanceof Effect.OpenUrl open) {
            String message = opener.open(open.url());
            loop.post(app -> app.showStatus(message));
        } else if (effect instanceof Effect.Reload) {
            reload(loop);
        }
    }

    private void reload(TerminalLoop loop) {
        if (!reloading.compareAndSet(false, true)) return;
        Thread t = new Thread(() -> {
            try {
                Feed feed = source.load(LoadListener.NONE);
                loop.post(app -> app.feedLoaded(feed, "Reloaded: " + feed.articles().size() + " articles"));
            } catch (FeedException e) {
                loop.post(app -> app.reloadFailed(e.getMessage()));
            } catch (RuntimeException e) {
                loop.post(app -> app.reloadFailed(e.toString()));
            } finally {
                reloading.set(false);
            }
        }, "gazette-reload");
        t.setDaemon(true);
        t.start();
    }
}
