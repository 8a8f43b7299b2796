package dev.gazette.ui;

/** A message's first letter turned up or down, where one message is put at the start of another's sentence. */
final class Sentences {
    private Sentences() { }

    /** "cannot withdraw the comment: disk full" as a status of its own: "Cannot withdraw…". */
    static String upperFirst(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** "Mark 3 articles read? y/n" after "The list changed: ". */
    static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
