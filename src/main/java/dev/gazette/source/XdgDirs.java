package dev.gazette.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Gazette's folders by the XDG base directory rules, resolved from an environment map
 * (pass {@code System.getenv()}; tests pass their own). A variable that is unset, empty
 * or not an absolute path is ignored, as the specification says, and the default under
 * {@code $HOME} is used.
 */
public final class XdgDirs {
    private XdgDirs() { }

    /** {@code $XDG_CONFIG_HOME/gazette}, else {@code ~/.config/gazette}: the feeds file. */
    public static Path config(Map<String, String> env) {
        return base(env, "XDG_CONFIG_HOME", ".config").resolve("gazette");
    }

    /** {@code $XDG_CACHE_HOME/gazette}, else {@code ~/.cache/gazette}: fetched copies, safe to delete. */
    public static Path cache(Map<String, String> env) {
        return base(env, "XDG_CACHE_HOME", ".cache").resolve("gazette");
    }

    /** {@code $XDG_DATA_HOME/gazette}, else {@code ~/.local/share/gazette}: comments, marks, drafts of URL feeds. */
    public static Path data(Map<String, String> env) {
        return base(env, "XDG_DATA_HOME", ".local/share").resolve("gazette");
    }

    /**
     * newsboat's feeds (its {@code urls} file, which the feeds file reads as it is): {@code
     * ~/.newsboat/urls}, else {@code $XDG_CONFIG_HOME/newsboat/urls}, as newsboat looks;
     * null when neither is there.
     */
    public static Path newsboatUrls(Map<String, String> env) {
        for (Path p : new Path[] {home(env).resolve(".newsboat/urls"),
                base(env, "XDG_CONFIG_HOME", ".config").resolve("newsboat/urls")}) {
            if (Files.isRegularFile(p)) return p;
        }
        return null;
    }

    private static Path base(Map<String, String> env, String variable, String underHome) {
        String value = env.get(variable);
        if (value != null && !value.isEmpty()) {
            Path p = Path.of(value);
            if (p.isAbsolute()) return p;
        }
        return home(env).resolve(underHome);
    }

    private static Path home(Map<String, String> env) {
        String home = env.get("HOME");
        if (home == null || home.isEmpty()) home = System.getProperty("user.home");
        return Path.of(home);
    }
}
