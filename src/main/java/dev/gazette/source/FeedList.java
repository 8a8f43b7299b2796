package dev.gazette.source;

import java.util.List;

/**
 * What a feeds file holds: its sources in file order, and a note for each line that was
 * skipped (a newsboat query feed, a bad URL, a duplicate), each one line naming the file
 * and line number, for the status line or {@code --check}.
 */
public record FeedList(List<Source> sources, List<String> notes) {
    public FeedList {
        sources = List.copyOf(sources);
        notes = List.copyOf(notes);
    }
}
