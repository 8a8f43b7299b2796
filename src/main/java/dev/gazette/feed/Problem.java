package dev.gazette.feed;

/**
 * Something wrong in a feed file that did not stop it loading; line and column are 1-based,
 * 0 when unknown. The message quotes feed text, so it is made safe here, once, for every
 * loader: control, bidi and invisible characters are shown as escapes ({@code \u001b}).
 */
public record Problem(int line, int column, String message) {
    public Problem {
        message = ProblemText.oneLine(message);
    }
}
