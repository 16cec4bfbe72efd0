/*
 * The state OSR code hands back to the interpreter frame it replaced when it leaves by an early
 * exit (DeoptReason.OSREarlyExit: code compiled for an inner loop reached the back edge of a loop
 * around it). The Deoptimizer returns it instead of running a new interpreter frame, the
 * generated code returns it as its result, and CompiledFunction.enterAtLoop puts it into the
 * original frame, which the interpreter then runs on from `bytecodeOffset` (the outer JumpLoop).
 * So an outer loop that keeps re-entering its inner loop's OSR code runs in one interpreter
 * frame, not in a new one nested per iteration.
 *
 * Assumes: only OSR code has such exits (the graph builder makes them only for it).
 */
package dev.kindling.backend.deopt;

import dev.kindling.interpreter.Context;

record OsrExit(int bytecodeOffset, Object[] registers, Object accumulator, Context context) {}
