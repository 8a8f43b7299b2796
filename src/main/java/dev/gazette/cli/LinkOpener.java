package dev.gazette.cli;

import dev.gazette.ui.Browser;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Opens a link with {@code $BROWSER} (its colon-separated entries in turn, the first that
 * starts; "%s" is replaced by the URL, else the URL is appended), else {@code xdg-open}.
 *
 * <p>A feed chooses its links, so only {@code http}, {@code https} and {@code mailto} are
 * opened: {@code javascript:}, {@code file:} and {@code data:} links are shown, not followed.
 * An accepted URL starts with its scheme, so it can never be taken for an option of the
 * browser ("-" first), and it holds no space or control character.
 *
 * <p>A browser that draws in the terminal (w3m, lynx, links, elinks, ...; any browser when
 * there is no graphical display, as over ssh) gets the terminal, Gazette waiting until it
 * exits, as newsboat does; any other runs detached (no stdin, output discarded) so it can
 * never scribble over Gazette's screen or steal its keys. Either way a browser that fails
 * (a non-zero exit, at once for a detached one) is said on the status line.
 */
final class LinkOpener implements Browser {
    private static final Set<String> OPENABLE = Set.of("http", "https", "mailto");
    /** Browsers that draw in the terminal they are started from. */
    private static final Set<String> TERMINAL_BROWSERS = Set.of("w3m", "lynx", "links", "links2", "elinks",
            "browsh", "carbonyl");
    /** How long a detached browser is watched for an early failure (xdg-open answers well within it). */
    private static final long EARLY_EXIT_MS = 1500;

    private final Map<String, String> env;

    LinkOpener(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public boolean needsTerminal(String url) {
        if (refusal(url) != null) return false;
        List<List<String>> candidates = commands(url);
        if (candidates.isEmpty()) return false;
        // Any entry may be the one that starts: the terminal is handed over if one could need it.
        return !hasDisplay() || candidates.stream().anyMatch(c -> isTerminalBrowser(c.get(0)));
    }

    @Override
    public String open(String url) {
        String refused = refusal(url);
        if (refused != null) return refused;
        List<List<String>> candidates = commands(url);
        if (candidates.isEmpty()) {
            return "No browser: set $BROWSER or install xdg-open to open " + url;   // the URL last: a cut status keeps the advice
        }
        for (List<String> command : candidates) {
            String name = new File(command.get(0)).getName();
            Process process;
            boolean inTerminal = isTerminalBrowser(command.get(0)) || !hasDisplay();
            try {
                ProcessBuilder builder = new ProcessBuilder(command);
                if (inTerminal) {
                    builder.inheritIO();
                } else {
                    builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                            .redirectError(ProcessBuilder.Redirect.DISCARD);
                }
                process = builder.start();
            } catch (IOException e) {
                continue;   // not installed, not executable: the next entry of $BROWSER
            }
            try {
                if (inTerminal) {
                    int status = process.waitFor();
                    return status == 0 ? "Back from " + name : failed(url, name, status);
                }
                if (process.waitFor(EARLY_EXIT_MS, TimeUnit.MILLISECONDS) && process.exitValue() != 0) {
                    return failed(url, name, process.exitValue());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "Opening " + url + " with " + name;
        }
        return "Could not open " + url + ": cannot start " + new File(candidates.get(0).get(0)).getName();
    }

    /** The status last: a status row too narrow for the URL keeps its start and its end. */
    private static String failed(String url, String browser, int status) {
        return "Could not open " + url + ": " + browser + " exited with status " + status;
    }

    /** Why {@code url} is not handed to a browser, or null when it may be. */
    static String refusal(String url) {
        if (url == null || url.isBlank()) return "This article has no link to open";
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= 0x20 || (c >= 0x7F && c <= 0x9F)) return "Not opened: the link has spaces or control characters";
        }
        String scheme;
        try {
            scheme = new URI(url).getScheme();
        } catch (URISyntaxException e) {
            return "Not opened: not a valid link: " + url;
        }
        if (scheme == null) return "Not opened: the link has no scheme: " + url;
        if (!OPENABLE.contains(scheme.toLowerCase(Locale.ROOT))) {
            return "Not opened: only http, https and mailto links are opened, not " + scheme + ": " + url;
        }
        return null;
    }

    /** The first command {@link #open} tries, or null when there is no browser at all. */
    List<String> command(String url) {
        List<List<String>> all = commands(url);
        return all.isEmpty() ? null : all.get(0);
    }

    /** The commands to try in turn: each entry of $BROWSER, else xdg-open when it is on the path. */
    List<List<String>> commands(String url) {
        String browser = env.get("BROWSER");
        List<List<String>> commands = new ArrayList<>();
        if (browser != null && !browser.isBlank()) {
            for (String entry : browser.split(":")) {
                if (entry.isBlank()) continue;
                List<String> parts = new ArrayList<>(List.of(entry.strip().split("\\s+")));
                boolean placed = false;
                for (int i = 0; i < parts.size(); i++) {
                    if (parts.get(i).contains("%s")) {
                        parts.set(i, parts.get(i).replace("%s", url));
                        placed = true;
                    }
                }
                if (!placed) parts.add(url);
                commands.add(parts);
            }
            return commands;
        }
        if (onPath("xdg-open")) commands.add(List.of("xdg-open", url));
        return commands;
    }

    private static boolean isTerminalBrowser(String program) {
        return TERMINAL_BROWSERS.contains(new File(program).getName());
    }

    /** An X or Wayland display to show a graphical browser on; none over a plain ssh session. */
    private boolean hasDisplay() {
        return !env.getOrDefault("DISPLAY", "").isBlank() || !env.getOrDefault("WAYLAND_DISPLAY", "").isBlank();
    }

    private boolean onPath(String program) {
        String path = env.getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && new File(dir, program).canExecute()) return true;
        }
        return false;
    }
}
