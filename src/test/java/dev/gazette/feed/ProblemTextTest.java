package dev.gazette.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gazette.feed.JsonPositions.Position;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemTextTest {
    @Test
    void quotesEscapeControlCharacters() {
        assertEquals("\"a\\nb\\u001b[31m\\t\\u0085\"", ProblemText.quote("a\nb\u001b[31m\t\u0085"));
    }

    @Test
    void quotesCutLongValues() {
        assertEquals("\"" + "x".repeat(60) + "\u2026\"", ProblemText.quote("x".repeat(100)));
    }

    @Test
    void oneLineLeavesOrdinaryTextAlone() {
        String s = "feed.json:3:17: invalid JSON: expected ':' ★";
        assertEquals(s, ProblemText.oneLine(s));
        assertEquals("a\\r\\nb", ProblemText.oneLine("a\r\nb"));
    }

    @Test
    void feedExceptionsAreAlwaysOneLine() {
        assertEquals("x\\ny: bad", new FeedException("x\ny: bad").getMessage());
    }

    @Test
    void theProblemLogIsCappedButSaysHowManyMore() {
        ProblemLog log = new ProblemLog();
        for (int i = 0; i < ProblemLog.MAX_LISTED + 5; i++) log.add(new Position(i + 1, 1), "p" + i);
        List<Problem> problems = log.problems();
        assertEquals(ProblemLog.MAX_LISTED + 1, problems.size());
        assertEquals(new Problem(1, 1, "p0"), problems.get(0));
        assertEquals("5 more problems not listed", problems.get(ProblemLog.MAX_LISTED).message());
        assertEquals(ProblemLog.MAX_LISTED + 5, Problem.count(problems), "the last line stands for the five");
    }
}
