package dev.gazette.cli;

import dev.gazette.comments.Draft;
import dev.gazette.comments.DraftStore;

import java.util.List;
import java.util.Map;

/**
 * What the user typed that could not be written to a drafts file by the time Gazette quit
 * (a read-only folder, a full disk): printed on stderr once the screen is closed, so that it
 * is still there to copy. The status line said so when each save failed.
 */
final class UnsavedDrafts {
    private UnsavedDrafts() {}

    /** The report for every store that still holds unsaved drafts; null when there is none. */
    static String report(List<DraftStore> stores) {
        StringBuilder out = new StringBuilder();
        for (DraftStore store : stores) {
            if (store == null) continue;
            Map<String, Draft> unsaved = store.unsaved();
            if (unsaved.isEmpty()) continue;
            out.append("gazette: ").append(unsaved.size() == 1 ? "a draft" : unsaved.size() + " drafts")
                    .append(" could not be saved to ").append(store.file()).append("; ")
                    .append(unsaved.size() == 1 ? "here it is" : "here they are").append(":\n");
            for (Map.Entry<String, Draft> d : unsaved.entrySet()) {
                out.append("\n--- ").append(what(d.getValue())).append(" on article ").append(d.getKey()).append('\n')
                        .append(d.getValue().text()).append('\n');
            }
        }
        return out.length() == 0 ? null : out.toString();
    }

    private static String what(Draft d) {
        if (d.parent() != null) return "a reply to comment " + d.parent();
        if (d.edits() != null) return "an edit of comment " + d.edits();
        return "a comment";
    }
}
