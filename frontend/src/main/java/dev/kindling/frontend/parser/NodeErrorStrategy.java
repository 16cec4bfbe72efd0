/*
 * The error strategy of the second (LL) parse: stop at the first error and report it in node's
 * words. ANTLR's default strategy would print "mismatched input ..." and try to recover; node
 * reports one SyntaxError and stops, and so does Kindling.
 *
 * Assumes: it is installed only for the LL parse that runs after the fast SLL parse failed
 * (Parser.parse), so its cost is never on the path of a valid program.
 * Guarantees: every error leaves the parser as a JsSyntaxError built by SyntaxErrors; no
 * recovery, no error nodes in the tree.
 */
package dev.kindling.frontend.parser;

import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;

public final class NodeErrorStrategy extends DefaultErrorStrategy {
    private final SyntaxErrors errors;

    public NodeErrorStrategy(SyntaxErrors errors) {
        this.errors = errors;
    }

    @Override
    public void reportError(Parser recognizer, RecognitionException e) {
        throw errors.forException(recognizer, e);
    }

    @Override
    public void recover(Parser recognizer, RecognitionException e) {
        throw errors.forException(recognizer, e);
    }

    /** A token did not match: report it where it stands (no single-token insertion or deletion). */
    @Override
    public Token recoverInline(Parser recognizer) {
        throw errors.forException(recognizer, new InputMismatchException(recognizer));
    }

    /** No resynchronisation inside loops: the error is reported where the match fails. */
    @Override
    public void sync(Parser recognizer) {
    }
}
