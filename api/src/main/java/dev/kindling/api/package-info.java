/**
 * The embedding API: run JavaScript with Kindling from Java. Start reading at
 * {@link dev.kindling.api.Kindling} (an engine: evaluate, require, globals) and
 * {@link dev.kindling.api.Options} (the values of the flag table, {@link dev.kindling.flags.Flag}); JS values reach Java as
 * {@code Integer}, {@code Double}, {@code String}, {@code Boolean}, {@code null} or a handle
 * ({@link dev.kindling.api.JsObject}, {@link dev.kindling.api.JsArray},
 * {@link dev.kindling.api.JsFunction}), as {@code Values} lists; JS exceptions as
 * {@link dev.kindling.api.JsException}. The command line is built on this package.
 */
package dev.kindling.api;
