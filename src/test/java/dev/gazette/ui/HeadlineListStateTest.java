package dev.gazette.ui;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HeadlineListStateTest {

    @Test
    void movesAndStopsAtTheEnds() {
        HeadlineListState s = HeadlineListState.START;
        assertEquals(0, s.apply(Command.UP, 10, 5).selected());
        assertEquals(1, s.apply(Command.DOWN, 10, 5).selected());
        assertEquals(9, s.apply(Command.LAST, 10, 5).selected());
        assertEquals(9, s.apply(Command.LAST, 10, 5).apply(Command.DOWN, 10, 5).selected());
    }

    @Test
    void pagesByTheWindowLessOneRowAndScrollsToShowTheSelection() {
        HeadlineListState s = HeadlineListState.START.apply(Command.PAGE_DOWN, 100, 5);
        assertEquals(new HeadlineListState(4, 0), s);
        s = s.apply(Command.PAGE_DOWN, 100, 5);
        assertEquals(new HeadlineListState(8, 4), s);
        s = s.apply(Command.PAGE_UP, 100, 5);
        assertEquals(new HeadlineListState(4, 4), s);
        s = s.apply(Command.LAST, 100, 5);
        assertEquals(new HeadlineListState(99, 95), s);
        assertEquals(new HeadlineListState(0, 0), s.apply(Command.FIRST, 100, 5));
    }

    @Test
    void fitKeepsTheSelectionWhenTheWindowShrinksOrRowsVanish() {
        HeadlineListState s = new HeadlineListState(8, 4);
        assertEquals(new HeadlineListState(8, 6), s.fit(100, 3));
        assertEquals(new HeadlineListState(2, 0), s.fit(3, 10));
        assertEquals(HeadlineListState.START, s.fit(0, 10));
    }
}
