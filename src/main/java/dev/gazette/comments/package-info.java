/**
 * Comments: the append-only journal beside a feed (records, codec, writer), the index of it by
 * article and byte offset, the resolved {@link dev.gazette.comments.Discussion} of one article
 * (replies, edits, withdrawals), and the unsent drafts. No terminal code here.
 */
package dev.gazette.comments;
