/*
 * One way out of a piece of optimized code: a check (or an unconditional Deopt) of the IR, with
 * its reason and the bytecode offset the interpreter resumes at. The generated code passes an
 * exit's id to the Deoptimizer, which reads the rest here. An exit `toHandler` is no failed check
 * but a JS exception thrown inside a try range, which the interpreter's handler takes. `operation` names the bytecode whose
 * check failed (for the trace), `feedback` what the bytecode's feedback said when the code was made,
 * `liveRegisters` which register-file slots the exit's state holds (a live value may be a Java
 * null — a function with no context of its own has a null one — so null does not mean dead).
 *
 * A check inside an inlined callee (V8: a deopt point whose translation has several frames):
 * `function` is that callee's closure (null: the compiled function's own frame), and `callers`
 * the frames around it, innermost first, each an inlined call's caller that resumes after the
 * call with the callee's result (FrameState.isAfterCall); the last has a null function (the
 * compiled function itself). The generated exit passes their register files and contexts in the
 * same order.
 *
 * A lazy exit (reason Unknown, a LazyDeoptPoint's) resumes at `bytecodeOffset`, the bytecode
 * after the call during which a dependency broke; `callOffset` is that call's offset and
 * `operation` its name (-1 for every other exit).
 */
package dev.kindling.backend.deopt;

import dev.kindling.interpreter.JSClosure;
import dev.kindling.optimizer.ir.DeoptReason;

import java.util.BitSet;
import java.util.List;

public record DeoptExit(int id, int bytecodeOffset, DeoptReason reason, String operation, String feedback,
                        boolean toHandler, BitSet liveRegisters, JSClosure function, List<CallerFrame> callers,
                        int callOffset) {
    /**
     * A caller frame of an inlined call: `function` (null: the compiled function's own), the
     * call's bytecode offset (its line in stack traces while the callee runs), the offset it
     * resumes at after the call, its live registers there, and whether the call is a `new`
     * (the callee then runs as a construct frame and [[Construct]]'s rule picks the result).
     */
    public record CallerFrame(JSClosure function, int callOffset, int resumeOffset, BitSet liveRegisters,
                              boolean construct) {
        public boolean isLive(int index) {
            return liveRegisters.get(index);
        }
    }

    public DeoptExit {
        callers = List.copyOf(callers);
    }

    /** A check's exit in the compiled function's own frame: resumes at `bytecodeOffset`, running that bytecode again. */
    public DeoptExit(int id, int bytecodeOffset, DeoptReason reason, String operation, String feedback,
                     BitSet liveRegisters) {
        this(id, bytecodeOffset, reason, operation, feedback, false, liveRegisters, null, List.of(), -1);
    }

    /** The exit of a node that threw in a try range: resumes at the handler of `bytecodeOffset`'s range. */
    public static DeoptExit toHandler(int id, int bytecodeOffset, String operation, BitSet liveRegisters) {
        return new DeoptExit(id, bytecodeOffset, null, operation, "", true, liveRegisters, null, List.of(), -1);
    }

    /** Whether the exit's state holds register-file slot `index` (else it is dead there: undefined). */
    public boolean isLive(int index) {
        return liveRegisters.get(index);
    }

    /** Whether the check is inside an inlined callee (a deopt rebuilds more than one frame). */
    public boolean isInlined() {
        return function != null;
    }
}
