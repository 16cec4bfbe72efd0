/**
 * The builtins of a realm: the global functions and constructors, their prototypes, Math,
 * JSON and console — one file per family, each installed by {@link
 * dev.kindling.runtime.builtins.Builtins#createRealm}, in the order written there.
 *
 * <p>Where to start reading: {@code Builtins} (the install order and the layout rules every
 * family follows), then any family — {@code MathBuiltins} is the simplest, {@code
 * ArrayBuiltins} shows the generic slow path next to the JSArray fast path. How console.log
 * prints values is {@code ConsoleFormat} (util.format) over {@code Inspect} (util.inspect),
 * a port of node v20's lib/internal/util/inspect.js split into {@code InspectPrimitives},
 * {@code InspectNames},
 * {@code InspectLayout} (line breaking and array columns) and {@code InspectErrors}.
 *
 * <p>Each builtin is a {@link dev.kindling.runtime.BuiltinFunction} whose body is a lambda
 * here; error messages are node's, word for word. Nothing in this package depends on the
 * bytecode or the interpreter: JS functions are called only through
 * {@link dev.kindling.runtime.JSFunction#call}. Interpreted functions that want
 * Function.prototype.toString to show their source implement {@link
 * dev.kindling.runtime.HasSourceText}.
 *
 * <p>The iteration protocol lives in {@code Iterators}: GetIterator, stepping, IteratorClose
 * and the builtin array and string iterators; for-of, spread, Array.from and the Map/Set
 * constructors all go through it. {@code MapSetBuiltins} keeps Map and Set over an
 * {@code OrderedHashTable} (insertion order, live iteration).
 */
package dev.kindling.runtime.builtins;
