/**
 * Ignition-style bytecode. {@link dev.kindling.bytecode.Bytecode} is the one table of every
 * bytecode; {@link dev.kindling.bytecode.BytecodeArray} is a compiled function (code, constant
 * pool, handler table, source positions, feedback layout), made by
 * {@link dev.kindling.bytecode.BytecodeArrayBuilder} for the generator in {@code generator/}
 * and printed by {@link dev.kindling.bytecode.Disassembler} (--print-bytecode).
 * {@link dev.kindling.bytecode.BytecodeIterator} is the one decoder of instructions: the
 * disassembler, the interpreter's decoded form and the liveness analysis in {@code analysis/}
 * read bytecode through it.
 * {@link dev.kindling.bytecode.SharedFunctionInfo} compiles a function lazily, on its first call,
 * through the compiler its {@link dev.kindling.bytecode.Script} was given (the engine passes the
 * generator's): this package does not depend on {@code generator/}, which depends on it.
 */
package dev.kindling.bytecode;
