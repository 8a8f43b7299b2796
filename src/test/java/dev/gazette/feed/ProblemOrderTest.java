package dev.gazette.feed;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** --check lists problems in file order, as a compiler does. */
class ProblemOrderTest {
    @Test
    void byLineAndColumnThenTheUnplacedThenTheNotListedLine() {
        Problem body = new Problem(1, 101, "item 1: content_html: a script; dropped");
        Problem title = new Problem(1, 682, "item 2: title is not a string");
        Problem later = new Problem(3, 5, "item 3: date cannot be read");
        Problem bytes = new Problem(0, 0, "1 byte is not UTF-8 (0xE9, at byte 165 of the file); shown as �");
        Problem cut = Problem.notListed(12);
        assertEquals(List.of(body, title, later, bytes, cut),
                Problem.inFileOrder(List.of(cut, title, bytes, later, body)));
    }

    @Test
    void problemsAtOnePlaceKeepTheOrderTheyWereFoundIn() {
        Problem first = new Problem(2, 7, "item 1 has no id; using \"sha256:1\"");
        Problem second = new Problem(2, 7, "item 1: date cannot be read");
        assertEquals(List.of(first, second), Problem.inFileOrder(List.of(first, second)));
    }
}
