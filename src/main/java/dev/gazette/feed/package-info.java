/** The feed model and the loaders that build it from files; nothing here knows the terminal. */
package dev.gazette.feed;
