/**
 * Kindling's flags: {@link dev.kindling.flags.Flag}, the one table (name, type, default,
 * help, group of each flag, as V8's flag-definitions.h), and {@link dev.kindling.flags.Flags},
 * the immutable values every stage reads. It lives in the interpreter module, the lowest one
 * every stage (and the optimizer and backend modules) can read. Start with Flag.
 */
package dev.kindling.flags;
