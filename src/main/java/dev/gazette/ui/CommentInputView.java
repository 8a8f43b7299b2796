package dev.gazette.ui;

import dev.gazette.text.TextWidth;

/**
 * The comment input line as the article view draws it: the text with its line breaks shown,
 * the prompt before it and the width left for the text. The update ({@link Composer}) asks
 * the same to scroll the line as the draw shows it.
 */
final class CommentInputView {
    /** How the input line shows a line break of a multi-line comment. */
    static final char NEWLINE_MARK = '↵';

    private CommentInputView() {}

    /** The line as the input shows it: one cell per character, line breaks as ↵ (same indexes). */
    static InputLine display(InputLine in) {
        String t = in.text();
        if (t.indexOf('\n') < 0 && t.indexOf('\t') < 0) return in;
        return new InputLine(t.replace('\n', NEWLINE_MARK).replace('\t', ' '), in.cursor());
    }

    /** The label before the input ("> ", "Reply to ana> ", "Edit> "), at most half the width; none below 8 columns. */
    static String prompt(Regions r, ArticleState a) {
        if (r.width() < 8) return "";
        String p = a.comments().target().prompt();
        return TextWidth.columns(p) <= r.width() / 2 ? p : TextWidth.fit(p, r.width() / 2 - 2) + "> ";
    }

    /** The columns left for the text after the prompt. */
    static int inputWidth(Regions r, ArticleState a) {
        return Math.max(1, r.width() - TextWidth.columns(prompt(r, a)));
    }
}
