package dev.gazette.comments;

import java.nio.file.Path;

/**
 * Test helper run as a separate JVM: appends N comments to FILE, then exits 0.
 * Usage: {@code JournalAppendMain FILE N [WRITER]}; texts are "WRITER i" for i = 0..N-1 so the
 * test can check that every writer's comments all arrived, in order.
 */
public final class JournalAppendMain {

    private JournalAppendMain() {}

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        String writer = args.length > 2 ? args[2] : "proc-" + ProcessHandle.current().pid();
        CommentJournal journal = new CommentJournal(file);
        try {
            for (int i = 0; i < n; i++) {
                journal.append("article-" + (i % 7), writer, writer + " " + i);
            }
        } catch (JournalException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }
}
