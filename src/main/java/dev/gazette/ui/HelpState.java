package dev.gazette.ui;

import java.util.List;

/** The help overlay: its lines and the first one shown, so a small screen can scroll it. */
public record HelpState(List<String> lines, int top) {

    public HelpState {
        lines = List.copyOf(lines);
    }

    HelpState scrolledTo(int newTop, int height) {
        return new HelpState(lines, VerticalScroll.clamp(newTop, lines.size(), height));
    }
}
