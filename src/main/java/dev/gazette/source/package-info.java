/** Where feeds come from and where each one's own files live: files, URLs, the feeds file. */
package dev.gazette.source;
