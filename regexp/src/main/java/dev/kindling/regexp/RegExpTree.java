/*
 * The regexp AST, as V8's regexp-ast.h names it (RegExpDisjunction, RegExpAlternative,
 * RegExpAtom, RegExpClassRanges, RegExpAssertion, RegExpQuantifier, RegExpCapture, RegExpGroup,
 * RegExpLookaround, RegExpBackReference). The parser builds it; the compiler walks it.
 *
 * Guarantees: immutable; characters are code points (a surrogate pair under u is one Char);
 * capture indexes are 1-based as in the pattern; a named back reference is resolved to its
 * index before the tree leaves the parser.
 */
package dev.kindling.regexp;

import java.util.List;

public sealed interface RegExpTree {

    /** a|b|c */
    record Disjunction(List<RegExpTree> alternatives) implements RegExpTree {
    }

    /** abc: terms matched one after the other (right to left inside a lookbehind). */
    record Alternative(List<RegExpTree> terms) implements RegExpTree {
    }

    /** One character (V8 folds runs of them into a RegExpAtom; Kindling keeps one per node). */
    record Char(int codePoint) implements RegExpTree {
    }

    /** [..], [^..], \d, `.`: matches one character in `set` (or not in it, if negated). */
    record ClassRanges(CharSet set, boolean negated) implements RegExpTree {
    }

    enum AssertionKind { START_OF_INPUT, END_OF_INPUT, START_OF_LINE, END_OF_LINE, BOUNDARY, NON_BOUNDARY }

    /** ^ $ \b \B */
    record Assertion(AssertionKind kind) implements RegExpTree {
    }

    /** body{min,max}; max is Integer.MAX_VALUE for "no limit". Captures first..last are inside. */
    record Quantifier(RegExpTree body, int min, int max, boolean greedy, int firstCapture, int lastCapture)
            implements RegExpTree {
    }

    /** (body) or (?<name>body); index is 1-based. */
    record Capture(RegExpTree body, int index, String name) implements RegExpTree {
    }

    /** (?:body) */
    record Group(RegExpTree body) implements RegExpTree {
    }

    /** (?=) (?!) (?<=) (?<!); captures first..last are inside. */
    record Lookaround(RegExpTree body, boolean ahead, boolean positive, int firstCapture, int lastCapture)
            implements RegExpTree {
    }

    /** \1 or \k<name> (resolved to its index). */
    record BackReference(int index) implements RegExpTree {
    }

    /** The empty pattern, an empty alternative. */
    record Empty() implements RegExpTree {
    }
}
