package dev.gazette.source;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The files Gazette keeps beside a feed file (DESIGN.md section 5), named by one rule:
 * the feed's name less a final {@code .json}, {@code .xml}, {@code .rss} or {@code .atom}
 * (in any case), then {@code .comments.jsonl}, {@code .state.json} or {@code .drafts.json}.
 * {@code feed.json} -> {@code feed.comments.jsonl}; {@code FEED.JSON} -> {@code FEED.state.json};
 * {@code news} -> {@code news.drafts.json}.
 *
 * <p>A URL feed has no folder of its own, so its files live in the data folder
 * ({@code $XDG_DATA_HOME/gazette/}) under the name {@link UrlNames} derives from the URL,
 * by the same rule: {@code example.com_feed.xml-1a2b3c4d5e6f7a8b.comments.jsonl}.
 */
public record Sidecars(Path journal, Path state, Path drafts) {

    private static final String[] FEED_EXTENSIONS = {".json", ".xml", ".rss", ".atom"};

    public static Sidecars beside(Path feedFile) {
        String stem = stem(feedFile.getFileName().toString());
        return new Sidecars(feedFile.resolveSibling(stem + ".comments.jsonl"),
                feedFile.resolveSibling(stem + ".state.json"),
                feedFile.resolveSibling(stem + ".drafts.json"));
    }

    /**
     * The files of a URL feed, in {@link XdgDirs#data(Map)}. The folder may not exist yet:
     * whoever writes the first file creates it.
     */
    public static Sidecars forUrl(URI url, Map<String, String> env) {
        return beside(XdgDirs.data(env).resolve(UrlNames.of(url)));
    }

    /** The files of any source: beside a file, in the data folder for a URL. */
    public static Sidecars of(Source source, Map<String, String> env) {
        if (source instanceof FileSource f) return beside(f.path());
        return forUrl(((UrlSource) source).url(), env);
    }

    /**
     * What a file is when it is one of these beside a feed ("Gazette's read marks for
     * feed.json"), so that a glob like {@code --check *.json} can skip it by name; empty for
     * any other file. Only a file whose feed is there counts.
     */
    public static Optional<String> whatIs(Path file) {
        Path name = file.getFileName();
        if (name == null) return Optional.empty();
        String n = name.toString();
        String[][] kinds = {{".comments.jsonl", "comments"}, {".state.json", "read marks"}, {".drafts.json", "drafts"}};
        for (String[] kind : kinds) {
            if (!n.endsWith(kind[0]) || n.length() == kind[0].length()) continue;
            String stem = n.substring(0, n.length() - kind[0].length());
            for (String ext : FEED_EXTENSIONS_WITH_NONE) {
                for (String candidate : new String[] {stem + ext, stem + ext.toUpperCase(Locale.ROOT)}) {
                    Path feed = file.resolveSibling(candidate);
                    if (Files.isRegularFile(feed) && isSidecar(feed, file)) {
                        return Optional.of("Gazette's " + kind[1] + " for " + candidate);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static final String[] FEED_EXTENSIONS_WITH_NONE = {".json", ".xml", ".rss", ".atom", ""};

    private static boolean isSidecar(Path feed, Path file) {
        Sidecars s = beside(feed);
        return s.journal().equals(file) || s.state().equals(file) || s.drafts().equals(file);
    }

    static String stem(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String ext : FEED_EXTENSIONS) {
            if (lower.endsWith(ext) && name.length() > ext.length()) return name.substring(0, name.length() - ext.length());
        }
        return name;
    }
}
