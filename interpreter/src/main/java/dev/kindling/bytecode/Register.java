/*
 * Register operands, encoded as V8 encodes them: an operand is a frame-pointer-relative slot
 * index. Locals r0, r1, ... are -6, -7, ... (fa, f9 in hex); parameters are above the frame:
 * <this> is 2, a0 is 3, a1 is 4; <context> is -1 and <closure> is -2. Keeping V8's encoding
 * makes the hex bytes of --print-bytecode match node's for register operands.
 */
package dev.kindling.bytecode;

public final class Register {
    public static final int CONTEXT = -1;
    public static final int CLOSURE = -2;
    public static final int RECEIVER = 2;
    private static final int FIRST_LOCAL = -6;
    private static final int FIRST_PARAMETER = 3;

    private Register() {
    }

    public static int local(int index) {
        return FIRST_LOCAL - index;
    }

    public static int parameter(int index) {
        return FIRST_PARAMETER + index;
    }

    public static boolean isLocal(int operand) {
        return operand <= FIRST_LOCAL;
    }

    /** The local index of r<n>. */
    public static int localIndex(int operand) {
        return FIRST_LOCAL - operand;
    }

    /** For a parameter operand: 0 for <this>, 1 for a0, ... (the receiver counts, as in V8). */
    public static int parameterSlot(int operand) {
        return operand - RECEIVER;
    }

    public static String name(int operand) {
        if (operand == CONTEXT) {
            return "<context>";
        }
        if (operand == CLOSURE) {
            return "<closure>";
        }
        if (operand == RECEIVER) {
            return "<this>";
        }
        if (isLocal(operand)) {
            return "r" + localIndex(operand);
        }
        return "a" + (operand - FIRST_PARAMETER);
    }
}
