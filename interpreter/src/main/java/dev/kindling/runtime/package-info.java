/**
 * The object model and the semantics of values: {@link dev.kindling.runtime.Shape} (V8's map),
 * {@link dev.kindling.runtime.JSObject}, {@link dev.kindling.runtime.JSArray},
 * {@link dev.kindling.runtime.JSFunction}; number representation
 * ({@link dev.kindling.runtime.Numbers}); the spec's conversions and operators; property
 * access on any value; the {@link dev.kindling.runtime.Realm} of intrinsics. A property key
 * is V8's Name: a {@code String} or a {@link dev.kindling.runtime.JSSymbol}. Builtins are in
 * {@code builtins/}, which fills a new realm ({@code Builtins.createRealm}); nothing here
 * depends on them, on the bytecode or on the interpreter. The last bits of Math and {@code **}
 * are in {@code ieee754/}.
 */
package dev.kindling.runtime;
