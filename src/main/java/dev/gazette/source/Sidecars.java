package dev.gazette.source;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The files Gazette keeps beside a feed file (DESIGN.md section 5), named by one rule:
 * the feed's name less a final {@code .json}, {@code .xml}, {@code .rss} or {@code .atom}
 * (in any case), then {@code .comments.jsonl}, {@code .state.json} or {@code .drafts.json}.
 * {@code feed.json} -> {@code feed.comments.jsonl}; {@code FEED.JSON} -> {@code FEED.state.json};
 * {@code news} -> {@code news.drafts.json}.
 */
public record Sidecars(Path journal, Path state, Path drafts) {

    private static final String[] FEED_EXTENSIONS = {".json", ".xml", ".rss", ".atom"};

    public static Sidecars beside(Path feedFile) {
        String stem = stem(feedFile.getFileName().toString());
        return new Sidecars(feedFile.resolveSibling(stem + ".comments.jsonl"),
                feedFile.resolveSibling(stem + ".state.json"),
                feedFile.resolveSibling(stem + ".drafts.json"));
    }

    static String stem(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String ext : FEED_EXTENSIONS) {
            if (lower.endsWith(ext) && name.length() > ext.length()) return name.substring(0, name.length() - ext.length());
        }
        return name;
    }
}
