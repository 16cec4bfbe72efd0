/**
 * Analyses of a function's bytecode for the optimizing tier's graph builder (V8's
 * compiler/bytecode-analysis): {@link dev.kindling.bytecode.analysis.BytecodeLiveness} finds
 * blocks, loops with their assigned registers, and the registers and accumulator live at each
 * offset, reading bytecode only through {@link dev.kindling.bytecode.BytecodeIterator};
 * {@link dev.kindling.bytecode.analysis.LivenessPrinter} lists it (tests/liveness goldens).
 * Start with BytecodeLiveness's header.
 */
package dev.kindling.bytecode.analysis;
