/**
 * The {@code kindling} command: {@link dev.kindling.cli.Main} parses the command line, whose
 * flags {@link dev.kindling.cli.FlagOptions} makes from the one flag table
 * ({@link dev.kindling.flags.Flag}: picocli options and the grouped {@code --help}), into the
 * embedding API's {@link dev.kindling.api.Options}; it runs the program (a file, or stdin as
 * node's {@code [stdin]}) through a {@link dev.kindling.api.Kindling} engine on a large-stack
 * thread, and prints uncaught errors in node's layout.
 */
package dev.kindling.cli;
