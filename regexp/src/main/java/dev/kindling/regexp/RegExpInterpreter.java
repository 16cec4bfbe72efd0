/*
 * The regexp interpreter: runs a RegExpCode on a subject string (V8: regexp-interpreter.cc,
 * IrregexpInterpreter::Match). One loop, one switch over RegExpBytecode; the machine is the one
 * RegExpBytecode's header describes (cp, a loaded character, registers with an undo log, a
 * backtrack stack of choice points).
 *
 * search() is the spec's RegExpBuiltinExec loop (ECMA-262 §22.2.7.2): try at lastIndex and, if
 * not sticky, at each later index (by code point under u) until a match.
 *
 * Backtracking is exponential on patterns such as /(a+)+$/, as in V8's backtracking engine.
 * A caller may pass a backtrack limit (0 = none); past it the search throws
 * BacktrackLimitExceeded instead of running on (see docs/regexp.md for what Kindling does).
 *
 * Assumes: the code came from RegExpCompiler (labels resolved, registers in range).
 * Guarantees: returns the capture registers (start, end per group, -1 for an unset group) of
 * the first match, or null; never recurses, so no pattern overflows the Java stack.
 */
package dev.kindling.regexp;

import java.util.Arrays;

public final class RegExpInterpreter {
    /** Thrown when a search backtracks more often than its limit allows. */
    public static final class BacktrackLimitExceeded extends RuntimeException {
        public BacktrackLimitExceeded(long limit) {
            super("regexp backtrack limit of " + limit + " exceeded", null, false, false);
        }
    }

    private final RegExpCode re;
    private final int[] code;
    private final String subject;
    private final int length;
    private final boolean unicode;
    private final CharSet word;
    private final long backtrackLimit;
    private long backtracks;

    private final int[] registers;
    /** Choice points: (pc, cp, trail height) triples. */
    private int[] stack = new int[48];
    private int stackTop;
    /** Undo log of register writes: (register, old value) pairs. */
    private int[] trail = new int[32];
    private int trailTop;

    private RegExpInterpreter(RegExpCode re, String subject, long backtrackLimit) {
        this.re = re;
        this.code = re.code();
        this.subject = subject;
        this.length = subject.length();
        this.unicode = re.flags().unicode();
        this.word = CharClasses.word(re.flags());
        this.backtrackLimit = backtrackLimit;
        this.registers = new int[re.registerCount()];
    }

    /**
     * The first match at or after `from` (only at `from` if sticky): the capture registers,
     * 2 * (captureCount + 1) of them, or null.
     */
    public static int[] search(RegExpCode re, String subject, int from, long backtrackLimit) {
        RegExpInterpreter m = new RegExpInterpreter(re, subject, backtrackLimit);
        boolean sticky = re.flags().sticky();
        int start = from;
        while (start <= subject.length()) {
            if (m.matchAt(start)) {
                return Arrays.copyOf(m.registers, 2 * (re.captureCount() + 1));
            }
            if (sticky) {
                return null;
            }
            start = advance(subject, start, m.unicode);
        }
        return null;
    }

    /** AdvanceStringIndex (§22.2.7.3): one code unit, or a whole surrogate pair under u. */
    public static int advance(String s, int index, boolean unicode) {
        if (unicode && index + 1 < s.length() && Character.isHighSurrogate(s.charAt(index))
                && Character.isLowSurrogate(s.charAt(index + 1))) {
            return index + 2;
        }
        return index + 1;
    }

    private boolean matchAt(int start) {
        Arrays.fill(registers, -1);
        stackTop = 0;
        trailTop = 0;
        int pc = 0;
        int cp = start;
        int current = 0;
        int next = cp;
        while (true) {
            boolean ok = true;
            switch (RegExpBytecode.at(code, pc)) {
                case PUSH_BT -> {
                    push(code[pc + 1], cp);
                    pc += 2;
                }
                case GOTO -> pc = code[pc + 1];
                case FAIL -> ok = false;
                case SUCCEED -> {
                    return true;
                }
                case LOAD_CURRENT_CHAR -> {
                    if (cp >= length) {
                        ok = false;
                    } else {
                        current = subject.charAt(cp);
                        next = cp + 1;
                        if (unicode && Character.isHighSurrogate((char) current) && next < length
                                && Character.isLowSurrogate(subject.charAt(next))) {
                            current = Character.toCodePoint((char) current, subject.charAt(next));
                            next++;
                        }
                        pc += 1;
                    }
                }
                case LOAD_CURRENT_CHAR_BACKWARD -> {
                    if (cp <= 0) {
                        ok = false;
                    } else {
                        current = subject.charAt(cp - 1);
                        next = cp - 1;
                        if (unicode && Character.isLowSurrogate((char) current) && next > 0
                                && Character.isHighSurrogate(subject.charAt(next - 1))) {
                            current = Character.toCodePoint(subject.charAt(next - 1), (char) current);
                            next--;
                        }
                        pc += 1;
                    }
                }
                case ADVANCE_CP -> {
                    cp = next;
                    pc += 1;
                }
                case CHECK_CHAR -> {
                    ok = current == code[pc + 1];
                    pc += 2;
                }
                case CHECK_CHAR_NO_CASE -> {
                    ok = Canonicalize.canonicalize(current, unicode) == code[pc + 1];
                    pc += 2;
                }
                case CHECK_CHAR_IN_RANGE -> {
                    ok = current >= code[pc + 1] && current <= code[pc + 2];
                    pc += 3;
                }
                case CHECK_CLASS -> {
                    ok = re.classes().get(code[pc + 1]).contains(current);
                    pc += 2;
                }
                case CHECK_NOT_CLASS -> {
                    ok = !re.classes().get(code[pc + 1]).contains(current);
                    pc += 2;
                }
                case CHECK_CLASS_NO_CASE -> {
                    ok = re.classes().get(code[pc + 1]).contains(Canonicalize.canonicalize(current, unicode));
                    pc += 2;
                }
                case CHECK_NOT_CLASS_NO_CASE -> {
                    ok = !re.classes().get(code[pc + 1]).contains(Canonicalize.canonicalize(current, unicode));
                    pc += 2;
                }
                case SET_REGISTER_TO_CP -> {
                    set(code[pc + 1], cp);
                    pc += 2;
                }
                case SET_CP_TO_REGISTER -> {
                    cp = registers[code[pc + 1]];
                    pc += 2;
                }
                case SET_REGISTER_TO_SP -> {
                    set(code[pc + 1], stackTop);
                    pc += 2;
                }
                case SET_SP_TO_REGISTER -> {
                    stackTop = registers[code[pc + 1]];
                    pc += 2;
                }
                case SET_REGISTER -> {
                    set(code[pc + 1], code[pc + 2]);
                    pc += 3;
                }
                case ADVANCE_REGISTER -> {
                    set(code[pc + 1], registers[code[pc + 1]] + code[pc + 2]);
                    pc += 3;
                }
                case CLEAR_REGISTERS -> {
                    for (int r = code[pc + 1]; r <= code[pc + 2]; r++) {
                        if (registers[r] != -1) {
                            set(r, -1);
                        }
                    }
                    pc += 3;
                }
                case CHECK_REGISTER_LT -> pc = registers[code[pc + 1]] < code[pc + 2] ? code[pc + 3] : pc + 4;
                case CHECK_REGISTER_GE -> pc = registers[code[pc + 1]] >= code[pc + 2] ? code[pc + 3] : pc + 4;
                case CHECK_REGISTER_EQ_POS -> pc = registers[code[pc + 1]] == cp ? code[pc + 2] : pc + 3;
                case CHECK_NOT_BACK_REF, CHECK_NOT_BACK_REF_NO_CASE -> {
                    int n = backReferenceLength(code[pc + 1]);
                    int from = registers[2 * code[pc + 1]];
                    boolean noCase = RegExpBytecode.at(code, pc) == RegExpBytecode.CHECK_NOT_BACK_REF_NO_CASE;
                    if (n > 0) {
                        ok = cp + n <= length && regionMatches(from, cp, n, noCase);
                        cp += n;
                    }
                    pc += 2;
                }
                case CHECK_NOT_BACK_REF_BACKWARD, CHECK_NOT_BACK_REF_NO_CASE_BACKWARD -> {
                    int n = backReferenceLength(code[pc + 1]);
                    int from = registers[2 * code[pc + 1]];
                    boolean noCase = RegExpBytecode.at(code, pc) == RegExpBytecode.CHECK_NOT_BACK_REF_NO_CASE_BACKWARD;
                    if (n > 0) {
                        ok = cp - n >= 0 && regionMatches(from, cp - n, n, noCase);
                        cp -= n;
                    }
                    pc += 2;
                }
                case CHECK_AT_START -> {
                    ok = cp == 0;
                    pc += 1;
                }
                case CHECK_AT_END -> {
                    ok = cp == length;
                    pc += 1;
                }
                case CHECK_LINE_START -> {
                    ok = cp == 0 || CharClasses.isLineTerminator(subject.charAt(cp - 1));
                    pc += 1;
                }
                case CHECK_LINE_END -> {
                    ok = cp == length || CharClasses.isLineTerminator(subject.charAt(cp));
                    pc += 1;
                }
                case CHECK_WORD_BOUNDARY, CHECK_NOT_WORD_BOUNDARY -> {
                    boolean before = cp > 0 && word.contains(subject.charAt(cp - 1));
                    boolean after = cp < length && word.contains(subject.charAt(cp));
                    ok = (before != after) == (RegExpBytecode.at(code, pc) == RegExpBytecode.CHECK_WORD_BOUNDARY);
                    pc += 1;
                }
            }
            if (!ok) {
                // Backtrack: the latest choice point, its cp, the registers as they were.
                if (stackTop == 0) {
                    return false;
                }
                if (backtrackLimit > 0 && ++backtracks > backtrackLimit) {
                    throw new BacktrackLimitExceeded(backtrackLimit);
                }
                stackTop -= 3;
                pc = stack[stackTop];
                cp = stack[stackTop + 1];
                int height = stack[stackTop + 2];
                while (trailTop > height) {
                    trailTop -= 2;
                    registers[trail[trailTop]] = trail[trailTop + 1];
                }
            }
        }
    }

    /** The length of capture `index`'s text, 0 if it is unset (which then matches empty). */
    private int backReferenceLength(int index) {
        int start = registers[2 * index];
        int end = registers[2 * index + 1];
        return start < 0 || end < 0 ? 0 : end - start;
    }

    private boolean regionMatches(int a, int b, int n, boolean noCase) {
        if (!noCase) {
            return subject.regionMatches(a, subject, b, n);
        }
        int i = 0;
        while (i < n) {
            int ca = unicode ? subject.codePointAt(a + i) : subject.charAt(a + i);
            int cb = unicode ? subject.codePointAt(b + i) : subject.charAt(b + i);
            if (Canonicalize.canonicalize(ca, unicode) != Canonicalize.canonicalize(cb, unicode)) {
                return false;
            }
            i += Character.charCount(ca);
        }
        return true;
    }

    private void push(int target, int cp) {
        if (stackTop + 3 > stack.length) {
            stack = Arrays.copyOf(stack, stack.length * 2);
        }
        stack[stackTop] = target;
        stack[stackTop + 1] = cp;
        stack[stackTop + 2] = trailTop;
        stackTop += 3;
    }

    /** A register write, logged for undo only if a choice point could need it restored. */
    private void set(int register, int value) {
        if (stackTop == 0) {
            registers[register] = value;
            return;
        }
        if (trailTop + 2 > trail.length) {
            trail = Arrays.copyOf(trail, trail.length * 2);
        }
        trail[trailTop] = register;
        trail[trailTop + 1] = registers[register];
        trailTop += 2;
        registers[register] = value;
    }
}
