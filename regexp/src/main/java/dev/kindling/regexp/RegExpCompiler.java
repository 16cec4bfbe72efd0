/*
 * RegExpTree -> RegExpCode: one walk over the tree emitting the backtracking bytecode of
 * RegExpBytecode, after the spec's matcher semantics (ECMA-262 §22.2.2, CompilePattern):
 *  - an alternation pushes a choice point for each later alternative;
 *  - a quantifier counts its iterations in a register, tries one more (greedy) or one fewer
 *    (lazy) first, resets the captures inside at every iteration (RepeatMatcher step 4), and,
 *    once the minimum is met, rejects an iteration that matched the empty string (step 2.b:
 *    "if min = 0 and y's endIndex = x's endIndex, return failure");
 *  - a lookaround runs its body and then drops its choice points (it is atomic); a negative
 *    one fails when the body matches; a lookbehind's body is compiled backward: its terms
 *    right to left, reading the character before cp, setting a capture's end before its start;
 *  - with i every character is compared by its Canonicalize and a class by the canonical forms
 *    of its members.
 * What V8 does beyond this (Boyer-Moore lookahead, quick checks, text-node merging, a
 * native-code backend) is left out: this is the plain form of the same machine.
 *
 * Assumes: the tree comes from RegExpParser with the same flags.
 * Guarantees: the code ends in SUCCEED (after group 0's end is set) and a FAIL every failing
 * jump can target; every label is resolved.
 */
package dev.kindling.regexp;

import dev.kindling.regexp.RegExpTree.Alternative;
import dev.kindling.regexp.RegExpTree.Assertion;
import dev.kindling.regexp.RegExpTree.BackReference;
import dev.kindling.regexp.RegExpTree.Capture;
import dev.kindling.regexp.RegExpTree.Char;
import dev.kindling.regexp.RegExpTree.ClassRanges;
import dev.kindling.regexp.RegExpTree.Disjunction;
import dev.kindling.regexp.RegExpTree.Group;
import dev.kindling.regexp.RegExpTree.Lookaround;
import dev.kindling.regexp.RegExpTree.Quantifier;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

final class RegExpCompiler {
    private final RegExpFlags flags;
    private int[] code = new int[64];
    private int length;
    private final List<CharSet> classes = new ArrayList<>();
    private int registerCount;
    private final Label fail = new Label();

    private RegExpCompiler(RegExpFlags flags, int captureCount) {
        this.flags = flags;
        this.registerCount = 2 * (captureCount + 1);
    }

    static RegExpCode compile(String source, RegExpFlags flags, RegExpParser.Result parsed) {
        RegExpCompiler c = new RegExpCompiler(flags, parsed.captureCount());
        c.emit(RegExpBytecode.SET_REGISTER_TO_CP, 0);
        c.visit(parsed.tree(), true);
        c.emit(RegExpBytecode.SET_REGISTER_TO_CP, 1);
        c.emit(RegExpBytecode.SUCCEED);
        c.bind(c.fail);
        c.emit(RegExpBytecode.FAIL);
        return new RegExpCode(source, flags, Arrays.copyOf(c.code, c.length), List.copyOf(c.classes),
                parsed.captureCount(), c.registerCount, parsed.groupNames());
    }

    // ---- emitting ----

    /** A jump target; uses before bind() are patched when it is bound. */
    private static final class Label {
        int offset = -1;
        final List<Integer> uses = new ArrayList<>();
    }

    private void emit(RegExpBytecode op, int... operands) {
        ensure(1 + operands.length);
        code[length++] = op.ordinal();
        for (int v : operands) {
            code[length++] = v;
        }
    }

    /** An instruction whose last operand is a label. */
    private void emitJump(RegExpBytecode op, Label target, int... operands) {
        emit(op, Arrays.copyOf(operands, operands.length + 1));
        if (target.offset >= 0) {
            code[length - 1] = target.offset;
        } else {
            target.uses.add(length - 1);
        }
    }

    private void bind(Label label) {
        label.offset = length;
        for (int use : label.uses) {
            code[use] = length;
        }
    }

    private void ensure(int n) {
        if (length + n > code.length) {
            code = Arrays.copyOf(code, Math.max(code.length * 2, length + n));
        }
    }

    private int newRegister() {
        return registerCount++;
    }

    private int addClass(CharSet set) {
        int index = classes.indexOf(set);
        if (index >= 0) {
            return index;
        }
        classes.add(set);
        return classes.size() - 1;
    }

    // ---- the walk ----

    private void visit(RegExpTree node, boolean forward) {
        if (node instanceof Char c) {
            loadChar(forward);
            if (flags.ignoreCase()) {
                emit(RegExpBytecode.CHECK_CHAR_NO_CASE, Canonicalize.canonicalize(c.codePoint(), flags.unicode()));
            } else {
                emit(RegExpBytecode.CHECK_CHAR, c.codePoint());
            }
            emit(RegExpBytecode.ADVANCE_CP);
        } else if (node instanceof ClassRanges cr) {
            visitClass(cr, forward);
        } else if (node instanceof Alternative a) {
            List<RegExpTree> terms = a.terms();
            for (int i = 0; i < terms.size(); i++) {
                visit(terms.get(forward ? i : terms.size() - 1 - i), forward);
            }
        } else if (node instanceof Disjunction d) {
            visitDisjunction(d, forward);
        } else if (node instanceof Assertion as) {
            emit(switch (as.kind()) {
                case START_OF_INPUT -> RegExpBytecode.CHECK_AT_START;
                case END_OF_INPUT -> RegExpBytecode.CHECK_AT_END;
                case START_OF_LINE -> RegExpBytecode.CHECK_LINE_START;
                case END_OF_LINE -> RegExpBytecode.CHECK_LINE_END;
                case BOUNDARY -> RegExpBytecode.CHECK_WORD_BOUNDARY;
                case NON_BOUNDARY -> RegExpBytecode.CHECK_NOT_WORD_BOUNDARY;
            });
        } else if (node instanceof Capture cap) {
            int start = 2 * cap.index();
            emit(RegExpBytecode.SET_REGISTER_TO_CP, forward ? start : start + 1);
            visit(cap.body(), forward);
            emit(RegExpBytecode.SET_REGISTER_TO_CP, forward ? start + 1 : start);
        } else if (node instanceof Group g) {
            visit(g.body(), forward);
        } else if (node instanceof BackReference br) {
            boolean noCase = flags.ignoreCase();
            emit(forward
                    ? (noCase ? RegExpBytecode.CHECK_NOT_BACK_REF_NO_CASE : RegExpBytecode.CHECK_NOT_BACK_REF)
                    : (noCase ? RegExpBytecode.CHECK_NOT_BACK_REF_NO_CASE_BACKWARD : RegExpBytecode.CHECK_NOT_BACK_REF_BACKWARD),
                    br.index());
        } else if (node instanceof Lookaround l) {
            visitLookaround(l);
        } else if (node instanceof Quantifier q) {
            visitQuantifier(q, forward);
        } else if (!(node instanceof RegExpTree.Empty)) {
            throw new IllegalStateException("unknown regexp node " + node);
        }
    }

    private void loadChar(boolean forward) {
        emit(forward ? RegExpBytecode.LOAD_CURRENT_CHAR : RegExpBytecode.LOAD_CURRENT_CHAR_BACKWARD);
    }

    private void visitClass(ClassRanges cr, boolean forward) {
        loadChar(forward);
        CharSet set = cr.set();
        if (cr.negated() && set.isEmpty()) {
            // `.` with s, [^]: any character.
        } else if (flags.ignoreCase()) {
            int index = addClass(Canonicalize.closeOver(set, flags.unicode()));
            emit(cr.negated() ? RegExpBytecode.CHECK_NOT_CLASS_NO_CASE : RegExpBytecode.CHECK_CLASS_NO_CASE, index);
        } else if (!cr.negated() && set.rangeCount() == 1) {
            emit(RegExpBytecode.CHECK_CHAR_IN_RANGE, set.lo(0), set.hi(0));
        } else {
            emit(cr.negated() ? RegExpBytecode.CHECK_NOT_CLASS : RegExpBytecode.CHECK_CLASS, addClass(set));
        }
        emit(RegExpBytecode.ADVANCE_CP);
    }

    private void visitDisjunction(Disjunction d, boolean forward) {
        Label end = new Label();
        List<RegExpTree> alternatives = d.alternatives();
        for (int i = 0; i < alternatives.size(); i++) {
            boolean last = i == alternatives.size() - 1;
            Label next = new Label();
            if (!last) {
                emitJump(RegExpBytecode.PUSH_BT, next);
            }
            visit(alternatives.get(i), forward);
            if (!last) {
                emitJump(RegExpBytecode.GOTO, end);
                bind(next);
            }
        }
        bind(end);
    }

    private void visitLookaround(Lookaround l) {
        int sp = newRegister();
        emit(RegExpBytecode.SET_REGISTER_TO_SP, sp);
        if (l.positive()) {
            int position = newRegister();
            emit(RegExpBytecode.SET_REGISTER_TO_CP, position);
            visit(l.body(), l.ahead());
            emit(RegExpBytecode.SET_CP_TO_REGISTER, position);
            emit(RegExpBytecode.SET_SP_TO_REGISTER, sp);
        } else {
            Label bodyFailed = new Label();
            emitJump(RegExpBytecode.PUSH_BT, bodyFailed);
            visit(l.body(), l.ahead());
            emit(RegExpBytecode.SET_SP_TO_REGISTER, sp);
            emit(RegExpBytecode.FAIL);
            bind(bodyFailed);
        }
    }

    private void visitQuantifier(Quantifier q, boolean forward) {
        if (q.max() == 0) {
            return;
        }
        if (q.min() == 1 && q.max() == 1) {
            visit(q.body(), forward);
            return;
        }
        boolean emptyCheck = minLength(q.body()) == 0;
        boolean hasCaptures = q.lastCapture() >= q.firstCapture();
        boolean counted = q.min() > 0 || q.max() != Integer.MAX_VALUE;
        Label loop = new Label();
        Label body = new Label();
        Label exit = new Label();
        int counter = counted ? newRegister() : -1;
        int position = emptyCheck ? newRegister() : -1;
        if (counted) {
            emit(RegExpBytecode.SET_REGISTER, counter, 0);
        }
        bind(loop);
        if (q.min() > 0) {
            emitJump(RegExpBytecode.CHECK_REGISTER_LT, body, counter, q.min());
        }
        if (q.max() != Integer.MAX_VALUE) {
            emitJump(RegExpBytecode.CHECK_REGISTER_GE, exit, counter, q.max());
        }
        if (q.greedy()) {
            emitJump(RegExpBytecode.PUSH_BT, exit);
        } else {
            emitJump(RegExpBytecode.PUSH_BT, body);
            emitJump(RegExpBytecode.GOTO, exit);
        }
        bind(body);
        if (emptyCheck) {
            emit(RegExpBytecode.SET_REGISTER_TO_CP, position);
        }
        if (hasCaptures) {
            emit(RegExpBytecode.CLEAR_REGISTERS, 2 * q.firstCapture(), 2 * q.lastCapture() + 1);
        }
        visit(q.body(), forward);
        if (emptyCheck) {
            Label nonEmpty = new Label();
            if (q.min() > 0) {
                emitJump(RegExpBytecode.CHECK_REGISTER_LT, nonEmpty, counter, q.min());
            }
            emitJump(RegExpBytecode.CHECK_REGISTER_EQ_POS, fail, position);
            bind(nonEmpty);
        }
        if (counted) {
            emit(RegExpBytecode.ADVANCE_REGISTER, counter, 1);
        }
        emitJump(RegExpBytecode.GOTO, loop);
        bind(exit);
    }

    /** The fewest code units a node can match (saturating). */
    static int minLength(RegExpTree node) {
        if (node instanceof Char || node instanceof ClassRanges) {
            return 1;
        } else if (node instanceof Alternative a) {
            long sum = 0;
            for (RegExpTree t : a.terms()) {
                sum += minLength(t);
            }
            return (int) Math.min(sum, Integer.MAX_VALUE);
        } else if (node instanceof Disjunction d) {
            int min = Integer.MAX_VALUE;
            for (RegExpTree t : d.alternatives()) {
                min = Math.min(min, minLength(t));
            }
            return min;
        } else if (node instanceof Quantifier q) {
            return (int) Math.min((long) q.min() * minLength(q.body()), Integer.MAX_VALUE);
        } else if (node instanceof Capture c) {
            return minLength(c.body());
        } else if (node instanceof Group g) {
            return minLength(g.body());
        }
        return 0;
    }
}
