/*
 * What OSR code is compiled for (see OsrPrologue): the JumpLoop whose back edge asked for it (V8's
 * osr offset), the loop header it jumps to and the code enters at, and the interpreter frame's
 * values there — its register file ([0] <this>, the parameters, then r0...), then the
 * accumulator, then the context — which type the entry. The values are only read while the
 * graph is built; the code does not keep them.
 */
package dev.kindling.optimizer.graph;

public record OsrEntry(int osrOffset, int loopHeader, Object[] values) {}
