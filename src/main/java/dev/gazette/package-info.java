/** Gazette, a terminal news reader: {@link dev.gazette.Main} starts the command line ({@code dev.gazette.cli}). */
package dev.gazette;
