package dev.gazette.ui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.gazette.comments.Discussion;
import dev.gazette.comments.DiscussionRow;
import dev.gazette.feed.CleanText;

import java.util.Objects;

/**
 * Writing in the article view: the comment input's text and what it answers (a new comment,
 * a reply, an edit of one's own comment), withdrawing one's own comment, pasting, the
 * external editor, and keeping every change as a draft on disk ({@link Effect.SaveDraft}).
 * Pure: saving is an effect whose answer comes back as {@link Event.CommentSaved}.
 */
final class Composer {
    /** A pasted tab becomes this many spaces: what the input line and the comment show alike. */
    static final String TAB = "    ";

    private Composer() {}

    /** A key for the focused input that is not Enter, Esc or scrolling. */
    static Next key(AppState s, KeyStroke key) {
        ArticleState a = s.article();
        if (a.saving()) return Next.of(s);
        if (key.getKeyType() == KeyType.Character && key.isCtrlDown() && key.getCharacter() == 'x') {
            return openEditor(s);
        }
        InputLine edited = LineEditing.edit(a.input(), key);
        return edited == a.input() ? Next.of(s) : withInput(s, edited);
    }

    /**
     * c or Tab: the input, to write a new comment or go on with the draft. An edit left as the
     * comment was goes first, so c writes a new comment, not that edit; an edit with changes
     * stays, and the status says it is one, since Enter would replace the comment.
     */
    static Next write(AppState s) {
        ArticleState a = s.article();
        if (isIdleEdit(a)) {
            Next dropped = dropEdit(s);
            return new Next(dropped.state().withArticle(dropped.state().article().focus(true)), dropped.effects());
        }
        AppState t = s.withArticle(a.focus(true));
        return Next.of(a.comments().target().kind() == ComposeTarget.Kind.EDIT
                ? t.withStatus("This is your edit: Enter saves it, Ctrl-U then Esc drops it") : t);
    }

    /**
     * Esc in the input: the draft stays; an empty one forgets what it answered, and an edit
     * left as the comment was goes (backing out of e changes nothing).
     */
    static Next leave(AppState s) {
        ArticleState a = s.article();
        if (isIdleEdit(a)) return dropEdit(s);
        ArticleState b = a.focus(false);
        if (b.input().text().isEmpty()) b = b.withComments(b.comments().withTarget(ComposeTarget.COMMENT));
        return Next.of(s.withArticle(b));
    }

    /** An edit whose text is still the comment's: nothing in it to keep. */
    private static boolean isIdleEdit(ArticleState a) {
        ComposeTarget t = a.comments().target();
        return t.kind() == ComposeTarget.Kind.EDIT && !a.input().text().isEmpty() && unchanged(a, t.commentId(), a.input().text());
    }

    /** The input empty and unfocused, answering nothing, and no draft kept in memory or on disk. */
    private static Next dropEdit(AppState s) {
        ArticleState a = s.article();
        ArticleState b = a.withInput(InputLine.EMPTY, 0).focus(false)
                .withComments(a.comments().withTarget(ComposeTarget.COMMENT));
        return Next.of(s.withArticle(b).withDraft(a.draftKey(), null),
                new Effect.SaveDraft(a.source(), a.article().id(), null));
    }

    /** Enter in the input: writes the comment, reply or edit. */
    static Next submit(AppState s) {
        ArticleState a = s.article();
        if (a.saving()) return Next.of(s.withStatus("Saving the comment…"));
        if (a.input().isBlank()) return Next.of(s.withStatus("Nothing to save: the comment is empty"));
        String author = s.settings().author();
        String id = a.article().id();
        // Line breaks at the ends (a pasted paragraph ends with one) would only show as blank
        // lines: trimmed, as the editor's text is.
        String text = a.input().text().replaceAll("^\n+|\n+$", "");
        ComposeTarget t = a.comments().target();
        if (t.kind() == ComposeTarget.Kind.EDIT && unchanged(a, t.commentId(), text)) return noChange(s);
        Effect save = switch (t.kind()) {
            case COMMENT -> new Effect.AppendComment(a.source(), id, author, text);
            case REPLY -> new Effect.ReplyComment(a.source(), id, t.commentId(), author, text);
            case EDIT -> new Effect.EditComment(a.source(), id, t.commentId(), author, text);
        };
        return Next.of(s.withArticle(a.saving(true)).withStatus("Saving the comment…"), save);
    }

    /**
     * True when an edit would store the text the comment shows now: compared as the journal
     * gives texts back, cleaned (the comment's text on the page already is). A comment outside
     * the comments laid out cannot be compared without reading the file, so its edit is saved.
     */
    private static boolean unchanged(ArticleState a, String commentId, String text) {
        if (a.page() == null) return false;
        int row = a.page().discussion().rowOf(commentId);
        return row >= 0 && a.page().comments().contains(row)
                && a.page().comments().text(row).equals(CleanText.multiline(text));
    }

    /**
     * Enter on an edit that changes nothing: no edit line (it would mark the comment
     * "(edited)" for nothing); the input closes and the draft goes, as after a save.
     */
    private static Next noChange(AppState s) {
        Next dropped = dropEdit(s);
        return new Next(dropped.state().withStatus("No change to save: the comment is as it was"), dropped.effects());
    }

    /** Why R, e or d has no comment to act on: none selected, or none at all. */
    private static String noSelection(ArticleState a) {
        boolean none = a.page() != null && a.page().discussion().size() == 0;
        return none ? "There are no comments here yet: c writes the first"
                : "Select a comment first: ] and [ move between comments";
    }

    /** R: answer the selected comment; what is typed already stays, now as a reply. */
    static Next reply(AppState s) {
        ArticleState a = s.article();
        DiscussionRow row = selected(a);
        if (row == null) return Next.of(s.withStatus(noSelection(a)));
        if (a.comments().target().kind() == ComposeTarget.Kind.EDIT && !a.input().text().isEmpty()) {
            return Next.of(s.withStatus("You are editing a comment: save it, or clear it (c, then Ctrl-U)"));
        }
        ComposeTarget before = a.comments().target();
        ArticleState b = a.withComments(a.comments().withTarget(ComposeTarget.reply(row.id(), row.author()))).focus(true);
        Next next = withInput(s.withArticle(b), b.input());
        if (a.input().text().isEmpty() || row.id().equals(before.commentId())) return next;
        // Text typed already goes with the reply: said, since the prompt may read the same
        // (two comments by one author) and the draft on disk changes what it answers.
        String was = before.kind() != ComposeTarget.Kind.REPLY ? ""
                : Objects.equals(before.author(), row.author()) ? ", not the other" : ", not " + who(before.author());
        return new Next(next.state().withStatus("Your draft now answers " + who(row.author()) + was), next.effects());
    }

    /** A comment's author, or "this comment" for one without. */
    private static String who(String author) {
        return author == null || author.isBlank() ? "this comment" : author;
    }

    /** e: a new text for one's own selected comment, starting from the one it has. */
    static Next edit(AppState s) {
        ArticleState a = s.article();
        DiscussionRow row = selected(a);
        if (row == null) return Next.of(s.withStatus(noSelection(a)));
        if (!row.isBy(s.settings().author())) {
            return Next.of(s.withStatus("Only " + row.author() + " can edit this comment"));
        }
        if (row.deleted()) return Next.of(s.withStatus("This comment was withdrawn"));
        ComposeTarget t = a.comments().target();
        if (t.kind() == ComposeTarget.Kind.EDIT && row.id().equals(t.commentId())) {
            return Next.of(s.withArticle(a.focus(true)));
        }
        if (!a.input().text().isEmpty()) {
            return Next.of(s.withStatus("Save or clear the draft first (c, then Ctrl-U clears it)"));
        }
        int r = a.comments().selected();
        if (!a.page().comments().contains(r)) return Next.of(s.withStatus("Reading comments…"));
        String text = a.page().comments().text(r);
        ArticleState b = a.withComments(a.comments().withTarget(ComposeTarget.edit(row.id()))).focus(true);
        return withInput(s.withArticle(b), new InputLine(text, text.length()));
    }

    /** d: asks before withdrawing one's own selected comment. */
    static Next askWithdraw(AppState s) {
        ArticleState a = s.article();
        DiscussionRow row = selected(a);
        if (row == null) return Next.of(s.withStatus(noSelection(a)));
        if (!row.isBy(s.settings().author())) {
            return Next.of(s.withStatus("Only " + row.author() + " can withdraw this comment"));
        }
        if (row.deleted()) return Next.of(s.withStatus("This comment was already withdrawn"));
        return Next.of(s.withArticle(a.withComments(a.comments().asking(row.id())))
                .withStatus("Withdraw your comment? It will show as [deleted] (y/n)"));
    }

    /** The key after "Withdraw? y/n": y withdraws, anything else does not. */
    static Next confirmWithdraw(AppState s, KeyStroke key) {
        ArticleState a = s.article();
        String id = a.comments().withdrawing();
        AppState t = s.withArticle(a.withComments(a.comments().asking(null)));
        boolean yes = key.getKeyType() == KeyType.Character && !key.isCtrlDown()
                && (key.getCharacter() == 'y' || key.getCharacter() == 'Y');
        if (!yes) return Next.of(t.withStatus("Not withdrawn"));
        return Next.of(t.withStatus("Withdrawing…"),
                new Effect.WithdrawComment(a.source(), a.article().id(), id, s.settings().author()));
    }

    /** A paste: text into the input at the cursor, line breaks kept, never keys and never a submit. */
    static Next paste(AppState s, String text) {
        ArticleState a = s.article();
        if (a == null || a.saving() || a.comments().withdrawing() != null) return Next.of(s);
        String clean = pasted(text);
        if (clean.isEmpty()) return Next.of(s);
        AppState t = a.inputFocused() ? s : s.withArticle(a.focus(true));
        InputLine in = t.article().input();
        String all = in.text().substring(0, in.cursor()) + clean + in.text().substring(in.cursor());
        return withInput(t, new InputLine(all, in.cursor() + clean.length()));
    }

    /** Pasted text as the input keeps it: line breaks as '\n', tabs as spaces, no control characters. */
    static String pasted(String text) {
        return CleanText.multiline(text.replace("\t", TAB));
    }

    /** E or Ctrl-X Ctrl-E: the draft goes to $VISUAL / $EDITOR. */
    static Next openEditor(AppState s) {
        ArticleState a = s.article();
        if (a.saving()) return Next.of(s.withStatus("Saving the comment…"));
        return Next.of(s, new Effect.ComposeInEditor(a.source(), a.article().id(), a.input().text()));
    }

    /** The editor returned: its text is the draft, ready to save with Enter. */
    static Next editorDone(AppState s, Event.EditorDone e) {
        ArticleState a = s.article();
        if (e.problem() != null) {
            return Next.of(s.withStatus(e.problem().startsWith(Editor.DRAFT_UNCHANGED) ? e.problem()
                    : "Could not run the editor: " + e.problem()));
        }
        if (a == null || a.source() != e.source() || !a.article().id().equals(e.articleId())) return Next.of(s);
        String text = e.text();
        while (text.endsWith("\n")) text = text.substring(0, text.length() - 1);   // editors end the file with one
        text = pasted(text);
        if (text.isBlank()) return Next.of(s.withStatus("The editor left the comment empty; the draft is unchanged"));
        Next next = withInput(s.withArticle(a.focus(true)), new InputLine(text, text.length()));
        return new Next(next.state().withStatus("Enter saves the comment, Esc keeps it as a draft"), next.effects());
    }

    /**
     * The page arrived: a reply draft from disk learns its comment's author, for the label;
     * an edit draft of a comment withdrawn since (in another Gazette) is a new comment now, as
     * Enter would find out ({@link ArticleEvents#commentFailed}).
     */
    static ArticleState ready(ArticleState a) {
        ComposeTarget t = a.comments().target();
        if (a.page() == null) return a;
        Discussion d = a.page().discussion();
        if (t.kind() == ComposeTarget.Kind.EDIT && !a.input().text().isEmpty()) {
            int row = d.rowOf(t.commentId());
            boolean gone = row < 0 || d.row(row).deleted();
            return gone ? a.withComments(a.comments().withTarget(ComposeTarget.COMMENT)) : a;
        }
        if (t.kind() != ComposeTarget.Kind.REPLY || t.author() != null) return a;
        int row = d.rowOf(t.commentId());
        if (row < 0) return a;
        return a.withComments(a.comments().withTarget(ComposeTarget.reply(t.commentId(), d.row(row).author())));
    }

    /** The input changed: the view scrolls it, and the draft is kept (in memory and, batched, on disk). */
    static Next withInput(AppState s, InputLine in) {
        ArticleState a = s.article();
        Regions r = Regions.article(s.size());
        InputLine.Window w = CommentInputView.display(in).window(CommentInputView.inputWidth(r, a), a.inputOffset());
        ArticleState b = a.withInput(in, w.offset());
        ComposeDraft d = b.draft();
        return Next.of(s.withArticle(b).withDraft(b.draftKey(), d),
                new Effect.SaveDraft(a.source(), a.article().id(), d.isEmpty() ? null : d.target().draft(in.text())));
    }

    private static DiscussionRow selected(ArticleState a) {
        int row = a.comments().selected();
        if (a.page() == null || row < 0 || row >= a.page().discussion().size()) return null;
        return a.page().discussion().row(row);
    }
}
