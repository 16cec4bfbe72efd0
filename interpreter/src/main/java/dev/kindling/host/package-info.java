/**
 * Node's world around the engine: what a program run by `node file.js` has that the language
 * and the interpreter do not give it. Read {@link dev.kindling.host.Engine} first: it makes a
 * realm and an interpreter, installs the host objects, and runs a file as node's CommonJS main
 * module (or a program from stdin as node's [stdin]), then reports an uncaught exception in
 * node's layout. {@link dev.kindling.host.ModuleLoader} is the module wrapper, `require` and
 * the module cache; {@link dev.kindling.host.HostObjects} installs `process` and
 * `performance`; {@link dev.kindling.host.ProcessExit} is `process.exit` unwinding to the
 * command line.
 *
 * <p>The host depends on the interpreter (it calls closures through
 * {@link dev.kindling.interpreter.Interpreter}), never the reverse: PackageCycleTest keeps it
 * so. The Engine lives here, not in dev.kindling.interpreter, because it wires the host.
 */
package dev.kindling.host;
