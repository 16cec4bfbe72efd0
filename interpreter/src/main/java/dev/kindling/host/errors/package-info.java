/**
 * node's own errors (lib/internal/errors.js): the `code`-carrying errors its modules and
 * the loop raise (ERR_INVALID_ARG_TYPE...) and libuv's system errors (ENOENT...). Used by
 * {@link dev.kindling.host.loop} and {@link dev.kindling.host.modules}; depends on neither.
 */
package dev.kindling.host.errors;
