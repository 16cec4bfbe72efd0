/**
 * The `kindling` REPL: {@link dev.kindling.cli.repl.Repl} is the loop (JLine reading lines,
 * the continuation prompt, Ctrl+C and Ctrl+D), {@link dev.kindling.cli.repl.ReplCommands} the
 * table of dot commands. The evaluation itself is the embedding API's
 * {@link dev.kindling.api.ReplSession} (engine side: dev.kindling.host.ReplSession).
 */
package dev.kindling.cli.repl;
