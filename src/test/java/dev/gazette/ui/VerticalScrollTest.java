package dev.gazette.ui;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class VerticalScrollTest {

    @Test
    void clampKeepsTheLastPageFull() {
        assertEquals(0, VerticalScroll.clamp(-3, 50, 10));
        assertEquals(40, VerticalScroll.clamp(45, 50, 10));
        assertEquals(0, VerticalScroll.clamp(5, 3, 10), "short content never scrolls");
        assertEquals(49, VerticalScroll.clamp(Integer.MAX_VALUE, 50, 0), "a zero-height window counts as one row");
    }

    @Test
    void revealMovesTheLeastNeeded() {
        assertEquals(5, VerticalScroll.reveal(0, 14, 10));
        assertEquals(3, VerticalScroll.reveal(8, 3, 10));
        assertEquals(4, VerticalScroll.reveal(4, 9, 10));
    }
}
