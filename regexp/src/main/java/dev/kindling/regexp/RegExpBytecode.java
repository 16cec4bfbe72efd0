/*
 * THE regexp bytecode table: every instruction of Kindling's regexp machine, with its operands.
 * The compiler emits from it, the interpreter switches over it, the disassembler prints from
 * it; nothing else lists them. Names are V8's irregexp ones (src/regexp/regexp-bytecodes.h)
 * where the job is the same.
 *
 * The machine: a current position `cp` in the subject, a current character loaded by
 * LOAD_CURRENT_CHAR, an int register file (registers 2i and 2i+1 are the start and end of
 * capture i, group 0 being the whole match; the compiler allocates the rest for loop counters
 * and saved positions), and a backtrack stack of choice points. How it differs from V8:
 *  - A check that fails backtracks (V8's bytecodes name a label to jump to instead; the label
 *    is almost always the backtrack one). Only the CHECK_REGISTER_* tests jump.
 *  - PUSH_BT saves a whole choice point: the label, cp, and the height of an undo log of
 *    register writes. Backtracking (FAIL, or any failed check) pops one, restores cp, undoes
 *    the register writes made since, and resumes at the label. V8's compiler instead emits the
 *    PUSH_CP / PUSH_REGISTER / POP_* that restore exactly what a path changed; the undo log
 *    lets Kindling's compiler be a plain walk over the tree.
 *  - Characters are read in a direction: LOAD_CURRENT_CHAR reads the one after cp,
 *    LOAD_CURRENT_CHAR_BACKWARD the one before (for lookbehind, which V8 compiles the same way,
 *    reading backwards). Under u a character is a code point, so ADVANCE_CP moves past what
 *    was loaded, one or two code units.
 *
 * Operand notation in the dump: rN = register, @N = code offset, 'c' = a character,
 * [..] = a class (its ranges), #N = a number.
 */
package dev.kindling.regexp;

import java.util.List;

public enum RegExpBytecode {
    /** Choice point: on backtrack, resume at the label with cp and registers as they are now. */
    PUSH_BT(Operand.LABEL),
    GOTO(Operand.LABEL),
    /** Backtrack: resume at the latest choice point; with none left, no match at this start. */
    FAIL,
    /** A match: registers 0 and 1 hold its bounds. */
    SUCCEED,

    /** Load the character after cp (backtrack at the end of the subject). */
    LOAD_CURRENT_CHAR,
    /** Load the character before cp (backtrack at the start). */
    LOAD_CURRENT_CHAR_BACKWARD,
    /** Move cp past the loaded character, in the direction it was loaded. */
    ADVANCE_CP,
    CHECK_CHAR(Operand.CHAR),
    /** The loaded character's Canonicalize (the i flag) equals the (canonical) operand. */
    CHECK_CHAR_NO_CASE(Operand.CHAR),
    CHECK_CHAR_IN_RANGE(Operand.CHAR, Operand.CHAR),
    CHECK_CLASS(Operand.CLASS),
    CHECK_NOT_CLASS(Operand.CLASS),
    /** Canonicalize(loaded) is in the class (which holds its members' canonical forms). */
    CHECK_CLASS_NO_CASE(Operand.CLASS),
    CHECK_NOT_CLASS_NO_CASE(Operand.CLASS),

    SET_REGISTER_TO_CP(Operand.REGISTER),
    SET_CP_TO_REGISTER(Operand.REGISTER),
    /** Save the backtrack stack's height (for a lookaround, which is atomic). */
    SET_REGISTER_TO_SP(Operand.REGISTER),
    /** Drop the choice points pushed since SET_REGISTER_TO_SP. */
    SET_SP_TO_REGISTER(Operand.REGISTER),
    SET_REGISTER(Operand.REGISTER, Operand.NUMBER),
    ADVANCE_REGISTER(Operand.REGISTER, Operand.NUMBER),
    /** Set registers from..to (inclusive) to -1: captures reset per iteration (V8's ClearRegisters). */
    CLEAR_REGISTERS(Operand.REGISTER, Operand.REGISTER),
    /** Jump if the register is less than the number. */
    CHECK_REGISTER_LT(Operand.REGISTER, Operand.NUMBER, Operand.LABEL),
    /** Jump if the register is greater than or equal to the number. */
    CHECK_REGISTER_GE(Operand.REGISTER, Operand.NUMBER, Operand.LABEL),
    /** Jump if the register equals cp (an empty loop iteration). */
    CHECK_REGISTER_EQ_POS(Operand.REGISTER, Operand.LABEL),

    /** The text of capture N follows cp (an unset capture matches empty). */
    CHECK_NOT_BACK_REF(Operand.CAPTURE),
    CHECK_NOT_BACK_REF_NO_CASE(Operand.CAPTURE),
    /** The text of capture N precedes cp (inside a lookbehind). */
    CHECK_NOT_BACK_REF_BACKWARD(Operand.CAPTURE),
    CHECK_NOT_BACK_REF_NO_CASE_BACKWARD(Operand.CAPTURE),

    /** ^ without m. */
    CHECK_AT_START,
    /** $ without m. */
    CHECK_AT_END,
    /** ^ with m: at the start or after a line terminator. */
    CHECK_LINE_START,
    /** $ with m: at the end or before a line terminator. */
    CHECK_LINE_END,
    /** \b: IsWordChar(cp - 1) differs from IsWordChar(cp). */
    CHECK_WORD_BOUNDARY,
    CHECK_NOT_WORD_BOUNDARY;

    public enum Operand { CHAR, CLASS, REGISTER, NUMBER, LABEL, CAPTURE }

    private static final RegExpBytecode[] VALUES = values();

    private final List<Operand> operands;

    RegExpBytecode(Operand... operands) {
        this.operands = List.of(operands);
    }

    public List<Operand> operands() {
        return operands;
    }

    /** The instruction's length in the int[] code: the opcode and one int per operand. */
    public int length() {
        return 1 + operands.size();
    }

    public static RegExpBytecode at(int[] code, int offset) {
        return VALUES[code[offset]];
    }
}
