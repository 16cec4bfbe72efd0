/**
 * The bytecode generator, after V8's bytecode-generator.cc: a visitor over one function's AST.
 * {@link dev.kindling.bytecode.generator.BytecodeGenerator} (prologue, statements, control
 * flow) is the entry; expressions are in ExpressionGenerator (with LiteralGenerator and
 * CallGenerator, and ClassGenerator for classes and super), variables in VariableAccess,
 * loops over objects and iterators in LoopGenerator, try/catch/finally in TryGenerator,
 * destructuring patterns in DestructuringGenerator.
 */
package dev.kindling.bytecode.generator;
