/**
 * node's built-in modules that Kindling provides, as `require` finds them
 * ({@link dev.kindling.host.modules.BuiltinModules}): 'events' ({@link
 * dev.kindling.host.modules.Events}, also what `process` is), and the file-system, path and
 * os modules. A module that does I/O does it on the loop's thread pool and calls back through
 * the loop; it never touches a JS value off the JS thread.
 */
package dev.kindling.host.modules;
