package dev.gazette.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JobControlTest {
    @Test
    void theForegroundIsWhereTheTerminalsGroupIsTheProcesssOwn() {
        // pid (comm) state ppid pgrp session tty_nr tpgid ...
        assertTrue(JobControl.inForeground("4242 (java) S 100 4242 100 34816 4242 4194560 1 0"));
        assertFalse(JobControl.inForeground("4242 (java) T 100 4242 100 34816 100 4194560 1 0"), "the shell's group has it: bg");
    }

    @Test
    void aNameWithSpacesAndParenthesesDoesNotShiftTheFields() {
        assertFalse(JobControl.inForeground("7 (a (b) c) S 1 7 1 34816 9 0"));
        assertTrue(JobControl.inForeground("7 (a (b) c) S 1 7 1 34816 7 0"));
    }

    @Test
    void withoutATerminalOrAReadableLineItCountsAsForeground() {
        assertTrue(JobControl.inForeground("7 (java) S 1 7 1 0 -1 0"), "no controlling terminal");
        assertTrue(JobControl.inForeground("garbage"));
    }
}
