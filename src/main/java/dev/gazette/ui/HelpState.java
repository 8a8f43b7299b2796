package dev.gazette.ui;

import java.util.List;

/**
 * The help overlay: its lines and the first one shown, so a small screen can scroll it. The
 * top is kept as scrolled; drawing clamps it to the screen it is drawn on. A help opened at a
 * section ({@code section}, its title line) starts there on any screen, however its lines
 * wrap, until it is scrolled.
 */
public record HelpState(List<String> lines, int top, String section) {

    public HelpState {
        lines = List.copyOf(lines);
    }

    public HelpState(List<String> lines, int top) {
        this(lines, top, null);
    }
}
