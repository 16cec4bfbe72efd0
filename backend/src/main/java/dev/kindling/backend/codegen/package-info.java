/**
 * IR → JVM bytecode: {@link dev.kindling.backend.codegen.CodeGenerator} (the structure: locals,
 * blocks, phis, deopt exits, runtime calls) and {@code Arithmetic} (the untagged families), and
 * {@link dev.kindling.backend.codegen.CodeInstaller}, which defines the class.
 */
package dev.kindling.backend.codegen;
