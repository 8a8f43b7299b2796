package dev.gazette.cli;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Opens a link with {@code $BROWSER} (the first of its colon-separated entries; "%s" is
 * replaced by the URL, else the URL is appended), else {@code xdg-open}. The browser runs
 * detached from the terminal (no stdin, output discarded) so it can never scribble over
 * Gazette's screen or steal its keys; the returned text is for the status line.
 */
final class LinkOpener {
    private final Map<String, String> env;

    LinkOpener(Map<String, String> env) {
        this.env = env;
    }

    String open(String url) {
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
