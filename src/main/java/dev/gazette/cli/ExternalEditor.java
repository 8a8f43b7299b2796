package dev.gazette.cli;

import dev.gazette.ui.Editor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The user's editor for a comment: $VISUAL, else $EDITOR, else vi, on a temporary file
 * holding the draft, with the terminal (the JVM's own stdin and stdout) handed to it. The
 * variable may carry arguments ("code --wait", "emacs -nw"): it is run by sh, with the file
 * as its last argument, as git runs $EDITOR.
 */
final class ExternalEditor implements Editor {
    private final Map<String, String> env;

    ExternalEditor(Map<String, String> env) {
        this.env = env;
    }

    /** The editor command to run: $VISUAL, $EDITOR, vi. */
    String command() {
        for (String name : new String[] {"VISUAL", "EDITOR"}) {
            String v = env.get(name);
            if (v != null && !v.isBlank()) return v.strip();
        }
        return "vi";
    }

    /**
     * An editor that exits with a failure status (vim's :cq, git's convention) means "abort":
     * the draft stays as it was. What it saved is not thrown away, though (an editor that
     * crashed, a script that failed): the file is kept and named.
     */
    @Override
    public String edit(String text) throws IOException {
        Path file = Files.createTempFile("gazette-comment-", ".txt");
        boolean keep = false;
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
            String command = command();
            Process p = new ProcessBuilder("sh", "-c", command + " \"$1\"", "sh", file.toString()).inheritIO().start();
            int status;
            try {
                status = p.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                p.destroy();
                throw new IOException("interrupted while " + command + " ran");
            }
            if (status != 0) {
                keep = savedSomething(file, text);
                // The two things to know first and last: a status too long for its row keeps its ends.
                if (keep) throw new IOException(Editor.DRAFT_UNCHANGED + ": " + command + " exited with status " + status
                        + "; what it saved is in " + file);
                throw new IOException(command + " exited with status " + status + "; the draft is unchanged");
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } finally {
            if (!keep) Files.deleteIfExists(file);
        }
    }

    private static boolean savedSomething(Path file, String given) {
        try {
            String saved = Files.readString(file, StandardCharsets.UTF_8);
            return !saved.isBlank() && !saved.equals(given);
        } catch (IOException e) {
            return true;   // cannot tell: keep it
        }
    }
}
