package dev.gazette.ui;

import dev.gazette.comments.Draft;

import java.util.Map;

/** The drafts file read at start: each unsent comment (or reply, or edit) back under its article. */
final class Drafts {
    private Drafts() {}

    /** Drafts from disk join those in memory; what was typed meanwhile wins. */
    static AppState loaded(AppState s, Event.DraftsLoaded e) {
        AppState t = s;
        for (Map.Entry<String, Draft> d : e.drafts().entrySet()) {
            String key = AppState.draftKey(e.source(), d.getKey());
            if (t.drafts().containsKey(key)) continue;
            String text = d.getValue().text();
            ComposeDraft draft = new ComposeDraft(new InputLine(text, text.length()), ComposeTarget.of(d.getValue()));
            t = t.withDraft(key, draft);
            ArticleState a = t.article();
            if (a != null && a.draftKey().equals(key) && a.input().text().isEmpty()) {
                t = t.withArticle(Composer.ready(a.withInput(draft.line(), 0)
                        .withComments(a.comments().withTarget(draft.target()))));
            }
        }
        return e.warning() == null ? t : t.withWarning(e.warning());
    }
}
