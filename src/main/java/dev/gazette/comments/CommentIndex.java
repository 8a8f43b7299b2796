package dev.gazette.comments;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The comments read so far, grouped by article in file order.
 *
 * <p>Adding is idempotent by comment id: the same line may be offered twice (a comment this
 * process appended and then re-read from the file, or an unterminated last line that is read
 * again once it is complete) and must show once.
 */
final class CommentIndex {

    private final Map<String, List<Comment>> byArticle = new HashMap<>();
    private final Set<String> ids = new HashSet<>();

    /** Adds {@code c} unless a comment with its id is already known; true if added. */
    boolean add(Comment c) {
        if (!ids.add(c.id())) return false;
        byArticle.computeIfAbsent(c.article(), k -> new ArrayList<>()).add(c);
        return true;
    }

    boolean contains(String id) {
        return ids.contains(id);
    }

    /** An unmodifiable snapshot, so callers never see the index change under them. */
    List<Comment> commentsFor(String articleId) {
        List<Comment> list = byArticle.get(articleId);
        return list == null ? List.of() : List.copyOf(list);
    }

    int size() {
        return ids.size();
    }

    void clear() {
        byArticle.clear();
        ids.clear();
    }
}
