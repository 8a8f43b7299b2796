/**
 * Feed text to styled, wrapped terminal lines: sanitising of untrusted text, display widths
 * that agree with Lanterna's screen, word wrapping, and HTML / plain text rendering.
 *
 * <p>Nothing here touches a terminal: the UI draws the {@link dev.gazette.text.StyledLine}s.
 */
package dev.gazette.text;
