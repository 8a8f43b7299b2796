package dev.gazette.ui;

import java.util.ArrayList;
import java.util.List;

/** What an update returns: the new state and the effects it asks for, in order. */
public record Next(AppState state, List<Effect> effects) {

    public Next {
        effects = List.copyOf(effects);
    }

    public static Next of(AppState state, Effect... effects) {
        return new Next(state, List.of(effects));
    }

    /** This update's effects followed by {@code then}'s, with {@code then}'s state. */
    public Next andThen(Next then) {
        List<Effect> all = new ArrayList<>(effects);
        all.addAll(then.effects);
        return new Next(then.state, all);
    }
}
