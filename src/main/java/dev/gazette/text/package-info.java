/**
 * Feed text to styled, wrapped terminal lines: the drawer's safety net for untrusted text,
 * grapheme clusters and the terminal columns they take, word wrapping, and HTML / plain text
 * rendering.
 *
 * <p>Nothing here touches a terminal: the UI draws the {@link dev.gazette.text.StyledLine}s.
 */
package dev.gazette.text;
