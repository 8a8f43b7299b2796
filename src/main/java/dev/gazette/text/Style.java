package dev.gazette.text;

/** How a span of text should look; the UI maps these to terminal attributes and colours. */
public enum Style { BOLD, ITALIC, UNDERLINE, CODE, QUOTE, LINK, HEADING, DIM }
