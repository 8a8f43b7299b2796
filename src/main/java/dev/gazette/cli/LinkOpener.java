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

/**
 * Opens a link with {@code $BROWSER} (the first of its colon-separated entries; "%s" is
 * replaced by the URL, else the URL is appended), else {@code xdg-open}.
 *
 * <p>A feed chooses its links, so only {@code http}, {@code https} and {@code mailto} are
 * opened: {@code javascript:}, {@code file:} and {@code data:} links are shown, not followed.
 * An accepted URL starts with its scheme, so it can never be taken for an option of the
 * browser ("-" first), and it holds no space or control character. The browser runs
 * detached from the terminal (no stdin, output discarded) so it can never scribble over
 * Gazette's screen or steal its keys; the returned text is for the status line.
 */
final class LinkOpener implements Browser {
    private static final Set<String> OPENABLE = Set.of("http", "https", "mailto");

    private final Map<String, String> env;

    LinkOpener(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public String open(String url) {
        String refused = refusal(url);
        if (refused != null) return refused;
        List<String> command = command(url);
        if (command == null) {
            return "No browser to open " + url + ": set $BROWSER or install xdg-open";
        }
        try {
            new ProcessBuilder(command)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return "Opening " + url + " with " + command.get(0);
        } catch (IOException e) {
            return "Could not start " + command.get(0) + " for " + url;
        }
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

    List<String> command(String url) {
        String browser = env.get("BROWSER");
        if (browser != null && !browser.isBlank()) {
            String first = browser.split(":")[0].strip();
            List<String> parts = new ArrayList<>(List.of(first.split("\\s+")));
            boolean placed = false;
            for (int i = 0; i < parts.size(); i++) {
                if (parts.get(i).contains("%s")) {
                    parts.set(i, parts.get(i).replace("%s", url));
                    placed = true;
                }
            }
            if (!placed) parts.add(url);
            return parts;
        }
        return onPath("xdg-open") ? List.of("xdg-open", url) : null;
    }

    private boolean onPath(String program) {
        String path = env.getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && new File(dir, program).canExecute()) return true;
        }
        return false;
    }
}
