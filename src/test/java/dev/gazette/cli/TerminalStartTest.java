package dev.gazette.cli;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TerminalStartTest {

    /** A terminal that remembers being closed (for the Unix terminal: its settings restored). */
    static final class FakeTerminal extends DefaultVirtualTerminal {
        final CountDownLatch closed = new CountDownLatch(1);

        FakeTerminal() {
            super(new TerminalSize(80, 24));
        }

        @Override
        public void close() {
            closed.countDown();
        }

        boolean isClosed() {
            return closed.getCount() == 0;
        }
    }

    @Test
    void theTerminalSetUpMeanwhileIsTheOneTheScreenGets() throws IOException {
        FakeTerminal fake = new FakeTerminal();
        TerminalStart<FakeTerminal> start = TerminalStart.begin(() -> fake);
        assertSame(fake, start.get());
        assertFalse(fake.isClosed());
    }

    @Test
    void aStartWithoutAScreenClosesTheTerminalSoItsSettingsComeBack() {
        FakeTerminal fake = new FakeTerminal();
        TerminalStart<FakeTerminal> start = TerminalStart.begin(() -> fake);
        start.abandon();
        assertTrue(fake.isClosed());
    }

    @Test
    void abandoningWaitsForASetUpStillUnderWayAndThenClosesIt() throws Exception {
        CountDownLatch mayFinish = new CountDownLatch(1);
        FakeTerminal fake = new FakeTerminal();
        TerminalStart<FakeTerminal> start = TerminalStart.begin(() -> {
            mayFinish.await();
            return fake;
        });
        Thread giveUp = new Thread(start::abandon);
        giveUp.start();
        giveUp.join(100);
        assertTrue(giveUp.isAlive(), "abandon returned while stty could still change the terminal");
        assertFalse(fake.isClosed());
        mayFinish.countDown();
        giveUp.join(TimeUnit.SECONDS.toMillis(10));
        assertFalse(giveUp.isAlive());
        assertTrue(fake.isClosed());
    }

    @Test
    void aTerminalThatCannotBeSetUpSaysWhyWhenAskedFor() {
        TerminalStart<FakeTerminal> start = TerminalStart.begin(() -> {
            throw new IOException("/dev/tty: No such device or address");
        });
        IOException e = assertThrows(IOException.class, start::get);
        assertEquals("/dev/tty: No such device or address", e.getMessage());
        start.abandon();   // nothing to close, and no exception
    }
}
