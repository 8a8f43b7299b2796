package dev.gazette.cli;

import dev.gazette.source.FeedList;
import dev.gazette.source.FeedsFile;
import dev.gazette.source.FileSource;
import dev.gazette.source.Source;
import dev.gazette.source.SourceException;
import dev.gazette.source.XdgDirs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which feeds a command line means (DESIGN.md section 3): the SOURCE words given; else
 * ./feed.json if it exists (for --export-opml, only when there is no feeds file); else the
 * feeds file; else a message naming both.
 */
final class SourceChoice {
    private SourceChoice() {}

    /** The chosen sources and the notes about feeds-file lines that were skipped. */
    record Chosen(List<Source> sources, List<String> notes) {}

    static Chosen choose(Options options, Map<String, String> env, Path workingDir) throws SourceException {
        if (!options.sources().isEmpty()) {
            // The same feed twice would be two rows sharing one journal and one state file.
            List<Source> given = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (String word : options.sources()) {
                Source source = Source.parse(word);
                if (seen.add(FeedsFile.key(source))) given.add(source);
                else notes.add(source.display() + " is given twice; read once");
            }
            return new Chosen(given, notes);
        }
        Path feedJson = workingDir.resolve("feed.json");
        // --export-opml is how subscriptions are backed up: the feeds file, when there is one,
        // not a feed.json that happens to be in the folder it is run from.
        boolean subscriptions = options.mode() == Options.Mode.EXPORT_OPML && Files.exists(feedsFile(options, env));
        if (options.feeds() == null && Files.exists(feedJson) && !subscriptions) {
            return new Chosen(List.of(new FileSource(Path.of("feed.json"))), List.of());
        }
        Path feedsFile = feedsFile(options, env);
        if (!Files.exists(feedsFile)) {
            if (options.feeds() != null) throw new SourceException(feedsFile + ": no such feeds file");
            Path newsboat = XdgDirs.newsboatUrls(env);
            if (newsboat != null) {   // someone moving over from newsboat: their feeds are one option away
                throw new SourceException("nothing to read: no ./feed.json here and no feeds file at " + feedsFile
                        + "; newsboat's feeds are at " + newsboat + ": gazette --feeds " + newsboat
                        + " reads them, or copy that file to " + feedsFile);
            }
            throw new SourceException("nothing to read: no ./feed.json here and no feeds file at " + feedsFile
                    + " (give a feed file or URL, or list your feeds in that file)");
        }
        FeedList list = FeedsFile.read(feedsFile);
        // Why each line was skipped (a newsboat query, a bad URL) is said first: they were meant as feeds.
        if (list.sources().isEmpty()) throw new SourceException(feedsFile + ": no feeds in the feeds file", list.notes());
        return new Chosen(list.sources(), list.notes());
    }

    static Path feedsFile(Options options, Map<String, String> env) {
        return options.feeds() != null ? options.feeds() : FeedsFile.defaultLocation(env);
    }
}
