/*
 * Feedback of a call site (CallProperty, CallUndefinedReceiver, Construct): the one function
 * it has called while monomorphic, megamorphic once a second target shows up (V8 keeps the
 * target in a weak cell; the optimizing compiler turns it into CheckFunctionIdentity and
 * inlines). Also counts calls, which the tiering heuristics weigh.
 */
package dev.kindling.ic;

import dev.kindling.runtime.JSFunction;

public final class CallFeedback {
    private IcState state = IcState.UNINITIALIZED;
    private JSFunction target;
    private int count;

    /** Records a call of `callee`; returns true if the state changed. */
    public boolean record(Object callee) {
        count++;
        if (callee == target) {
            return false; // the monomorphic hit, decided before the state machine
        }
        switch (state) {
            case UNINITIALIZED -> {
                if (callee instanceof JSFunction fn) {
                    target = fn;
                    state = IcState.MONOMORPHIC;
                    return true;
                }
                state = IcState.MEGAMORPHIC;
                return true;
            }
            case MONOMORPHIC -> {
                if (callee != target) {
                    target = null;
                    state = IcState.MEGAMORPHIC;
                    return true;
                }
                return false;
            }
            default -> {
                return false;
            }
        }
    }

    public IcState state() {
        return state;
    }

    /** The single target while monomorphic, else null. */
    public JSFunction target() {
        return target;
    }

    public int count() {
        return count;
    }
}
