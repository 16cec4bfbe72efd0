/**
 * The {@code kindling} command: {@link dev.kindling.cli.Main} maps the flags (picocli) onto the
 * embedding API's {@link dev.kindling.api.Options}, runs the program through a
 * {@link dev.kindling.api.Kindling} engine on a large-stack thread, and prints uncaught errors
 * in node's layout.
 */
package dev.kindling.cli;
