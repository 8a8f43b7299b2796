/**
 * RSS (0.91, 0.92, 2.0, 1.0/RDF) and Atom (1.0, 0.3) read as a stream into Gazette's feed
 * model, with no DTD, no external entities and no entity expansion.
 */
package dev.gazette.feed.xml;
