package dev.gazette.ui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.graphics.TextGraphics;

import java.util.function.Consumer;

/**
 * The UI's state and what drives it, without a terminal: events go in through the
 * {@link EventQueue}, {@link Router#update} makes the next state, and its effects go to the
 * effect runner, whose answers come back through the queue. An exception in an update
 * becomes a status line and a log entry, never an exit: the state before the event stays.
 */
public final class Program {
    private final EventQueue queue;
    private final EffectRunner effects;
    private final ErrorLog errors;
    private AppState state;

    public Program(AppState initial, EventQueue queue, EffectRunner effects, ErrorLog errors) {
        this.state = initial;
        this.queue = queue;
        this.effects = effects;
        this.errors = errors;
    }

    public AppState state() {
        return state;
    }

    public EventQueue queue() {
        return queue;
    }

    /** Starts the first load of the feed. */
    public void start() {
        carryOut(Router.start(state));
    }

    /** Applies one event and hands its effects to the runner. */
    public void apply(Event event) {
        Next next;
        try {
            next = Router.update(state, event);
        } catch (RuntimeException e) {
            state = state.withStatus(failure("that key", e));
            return;
        }
        carryOut(next);
    }

    /** Applies every queued event; true when there was any. */
    public boolean drain() {
        boolean any = false;
        Event e;
        while (state.running() && (e = queue.poll()) != null) {
            apply(e);
            any = true;
        }
        return any;
    }

    public void draw(TextGraphics g) {
        Router.draw(state, g);
    }

    public TerminalPosition cursor() {
        return Router.cursor(state);
    }

    /** One line for the status bar about an unexpected exception, which is logged. */
    public String failure(String what, Throwable e) {
        String where = errors.record(e);
        return "Something went wrong with " + what + ": " + e.getClass().getSimpleName()
                + (where == null ? "" : " (details in " + where + ")");
    }

    private void carryOut(Next next) {
        state = next.state();
        Consumer<Event> post = queue::post;
        for (Effect effect : next.effects()) {
            try {
                effects.run(effect, post);
            } catch (RuntimeException e) {
                state = state.withStatus(failure("a background task", e));
            }
        }
    }
}
