package dev.gazette.ui;

import java.util.List;

/**
 * The help overlay: its lines and the first one shown, so a small screen can scroll it. The
 * top is kept as scrolled; drawing clamps it to the screen it is drawn on.
 */
public record HelpState(List<String> lines, int top) {

    public HelpState {
        lines = List.copyOf(lines);
    }
}
