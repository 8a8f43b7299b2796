package dev.gazette.ui;

/**
 * A question on the status line before a step that cannot be undone, as newsboat asks before
 * it marks a feed read: y does it, any other key says no. What to do is kept, not its result,
 * so a feed that reloads while the question waits is marked as it is then.
 *
 * @param question what the status line asks ("Mark 12 articles read? y/n")
 * @param command  the step asked about
 * @param feed     the feed it applies to, or {@link AppState#ALL}
 */
record Confirm(String question, Command command, int feed) {

    /** The key that answers: y does the step; any other key leaves everything as it was. */
    static Next answer(AppState s, com.googlecode.lanterna.input.KeyStroke key) {
        Confirm c = s.confirm();
        AppState t = s.withConfirm(null).withStatus(null);
        boolean yes = key.getKeyType() == com.googlecode.lanterna.input.KeyType.Character
                && (key.getCharacter() == 'y' || key.getCharacter() == 'Y') && !key.isCtrlDown() && !key.isAltDown();
        if (!yes) return Next.of(t.withStatus("Nothing marked"));
        return switch (t.view()) {
            case FEEDS -> FeedsScreen.markRead(t, c.feed());
            default -> HeadlinesScreen.markAllShown(t);
        };
    }
}
