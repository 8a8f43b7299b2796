/** The terminal interface: the event loop and one component per screen (headlines, article, help) on Lanterna. */
package dev.gazette.ui;
