/*
 * Temporary registers for the bytecode generator, allocated as a stack above the function's
 * locals (V8's BytecodeRegisterAllocator). A statement takes a mark and releases back to it
 * when done, so temporaries never outlive the statement that made them and the frame is as
 * small as the deepest expression needs.
 */
package dev.kindling.bytecode.generator;

import dev.kindling.bytecode.Register;

final class RegisterAllocator {
    private int next;
    private int max;

    RegisterAllocator(int firstTemporary) {
        this.next = firstTemporary;
        this.max = firstTemporary;
    }

    /** A fresh register operand. */
    int allocate() {
        int r = Register.local(next++);
        max = Math.max(max, next);
        return r;
    }

    /** `count` consecutive registers; returns the first (r, r-1, ... in operand encoding). */
    int allocateList(int count) {
        int first = Register.local(next);
        next += count;
        max = Math.max(max, next);
        return first;
    }

    int mark() {
        return next;
    }

    void release(int mark) {
        next = mark;
    }

    /** The frame's register count: locals plus the most temporaries live at once. */
    int registerCount() {
        return max;
    }

    /** The operand of the register `i` places after `first` in a register list. */
    static int nth(int first, int i) {
        return first - i;
    }
}
