package dev.gazette.ui;

import java.time.ZoneId;
import java.util.List;

/**
 * What stays the same for a whole session: whose comments these are, the colours, the time
 * zone, whether Gazette fetches nothing (--offline), which r and R say, and what choosing the
 * feeds had to say ({@code notes}: feeds-file lines skipped, repeats, a journal that cannot
 * be written), which `?` lists.
 */
public record Settings(String author, Theme theme, ZoneId zone, boolean offline, List<String> notes) {
    public Settings {
        notes = List.copyOf(notes);
    }

    public Settings(String author, Theme theme, ZoneId zone, boolean offline) {
        this(author, theme, zone, offline, List.of());
    }

    public Settings(String author, Theme theme, ZoneId zone) {
        this(author, theme, zone, false);
    }

    public Settings withNotes(List<String> startNotes) {
        return new Settings(author, theme, zone, offline, startNotes);
    }
}
