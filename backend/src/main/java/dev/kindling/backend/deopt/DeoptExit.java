/*
 * One way out of a piece of optimized code: a check (or an unconditional Deopt) of the IR, with
 * its reason and the bytecode offset the interpreter resumes at. The generated code passes an
 * exit's id to the Deoptimizer, which reads the rest here. An exit `toHandler` is no failed check
 * but a JS exception thrown inside a try range, which the interpreter's handler takes. `operation` names the bytecode whose
 * check failed (for the trace), `feedback` what the bytecode's feedback said when the code was made,
 * `liveRegisters` which register-file slots the exit's state holds (a live value may be a Java
 * null — a function with no context of its own has a null one — so null does not mean dead).
 */
package dev.kindling.backend.deopt;

import dev.kindling.optimizer.ir.DeoptReason;
public record DeoptExit(int id, int bytecodeOffset, DeoptReason reason, String operation, String feedback,
                        boolean toHandler, java.util.BitSet liveRegisters) {
    /** A check's exit: resumes at `bytecodeOffset`, running that bytecode again. */
    public DeoptExit(int id, int bytecodeOffset, DeoptReason reason, String operation, String feedback,
                     java.util.BitSet liveRegisters) {
        this(id, bytecodeOffset, reason, operation, feedback, false, liveRegisters);
    }

    /** The exit of a node that threw in a try range: resumes at the handler of `bytecodeOffset`'s range. */
    public static DeoptExit toHandler(int id, int bytecodeOffset, String operation, java.util.BitSet liveRegisters) {
        return new DeoptExit(id, bytecodeOffset, null, operation, "", true, liveRegisters);
    }

    /** Whether the exit's state holds register-file slot `index` (else it is dead there: undefined). */
    public boolean isLive(int index) {
        return liveRegisters.get(index);
    }
}
