/**
 * What every package that writes or reads a file of its own shares: why a file operation
 * failed, in words; replacing a file whole and synced; tidying the temporary files a killed
 * save leaves. No feed, comment or terminal code here, so any package may use it.
 */
package dev.gazette.files;
