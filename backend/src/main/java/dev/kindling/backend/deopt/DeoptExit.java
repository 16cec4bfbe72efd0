/*
 * One way out of a piece of optimized code: a check (or an unconditional Deopt) of the IR, with
 * its reason and the bytecode offset the interpreter resumes at. The generated code passes an
 * exit's id to the Deoptimizer, which reads the rest here. `operation` names the bytecode whose
 * check failed (for the trace), `feedback` what the bytecode's feedback said when the code was made.
 */
package dev.kindling.backend.deopt;

public record DeoptExit(int id, int bytecodeOffset, DeoptReason reason, String operation, String feedback) {}
