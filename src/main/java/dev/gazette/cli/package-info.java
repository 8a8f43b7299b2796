/** The command line: options, wiring of loaders, stores and the terminal, exit codes and the crash log. */
package dev.gazette.cli;
