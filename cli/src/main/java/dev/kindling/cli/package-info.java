/**
 * The {@code kindling} command: {@link dev.kindling.cli.Main} parses the flags (picocli), runs
 * the program through an {@link dev.kindling.interpreter.Engine} on a large-stack thread, and
 * prints uncaught errors in node's layout.
 */
package dev.kindling.cli;
