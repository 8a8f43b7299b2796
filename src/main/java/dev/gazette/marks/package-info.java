/** Read marks: which articles a reader has opened, kept in a state file beside the feed. */
package dev.gazette.marks;
