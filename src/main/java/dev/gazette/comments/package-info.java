/** Comments: the records, the append-only journal beside a feed (JSON Lines) and its per-article index; no terminal here. */
package dev.gazette.comments;
