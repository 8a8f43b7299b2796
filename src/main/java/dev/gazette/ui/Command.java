package dev.gazette.ui;

/** What a key asks for, independent of which key it was. Views decide what each means. */
public enum Command {
    UP, DOWN, PAGE_UP, PAGE_DOWN, FIRST, LAST, TOP,
    OPEN, BACK, QUIT, NEXT, PREVIOUS,
    COMMENT, HELP, FILTER, OPEN_LINK, RELOAD, RELOAD_ALL,
    TOGGLE_READ, MARK_ALL_READ, UNREAD_ONLY,
    NEXT_COMMENT, PREVIOUS_COMMENT, REPLY, EDIT_COMMENT, WITHDRAW, EDITOR, SUSPEND
}
