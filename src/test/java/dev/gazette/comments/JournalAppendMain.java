package dev.gazette.comments;

import java.nio.file.Path;

/**
 * Test helper run as a separate JVM: appends N records to FILE, then exits 0.
 * Usage: {@code JournalAppendMain FILE N [WRITER [mixed]]}. Plain: N comments, texts "WRITER i"
 * for i = 0..N-1, so the test can check that every writer's comments all arrived, in order.
 * Mixed: on article "shared", i % 3 == 0 a comment, 1 a reply to the newest comment of
 * either writer, 2 an edit of this writer's last comment; texts "WRITER i" again.
 */
public final class JournalAppendMain {

    private JournalAppendMain() {}

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        String writer = args.length > 2 ? args[2] : "proc-" + ProcessHandle.current().pid();
        boolean mixed = args.length > 3 && args[3].equals("mixed");
        CommentJournal journal = new CommentJournal(file);
        try {
            String mine = null;
            for (int i = 0; i < n; i++) {
                String text = writer + " " + i;
                if (!mixed) {
                    journal.append("article-" + (i % 7), writer, text);
                } else if (i % 3 == 0) {
                    mine = journal.append("shared", writer, text).id();
                } else if (i % 3 == 1) {
                    Discussion d = journal.discussion("shared");
                    journal.reply("shared", d.row(d.size() - 1).id(), writer, text);
                } else {
                    journal.edit(mine, writer, text);
                }
            }
        } catch (JournalException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }
}
