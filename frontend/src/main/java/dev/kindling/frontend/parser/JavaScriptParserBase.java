/*
 * The superclass of the generated JavaScriptParser: the predicates behind automatic semicolon
 * insertion (ECMA-262 §12.10), and whether `yield` is a keyword here (inGenerator, §15.5).
 *
 * Assumes: tokens are JsTokens (JavaScriptLexerBase makes them), and each predicate sits at the
 * left edge of a decision, so LT(1) is the token the decision is about even while ANTLR is
 * still predicting (it evaluates predicates with the input rewound to the decision's start).
 * Guarantees: the semicolon predicates read only the token stream; inGenerator reads only the
 * chain of rule contexts the parser has entered up to the decision (the same chain however
 * ANTLR predicts, SLL or LL), never state of its own, so SLL and LL prediction agree on them.
 */
package dev.kindling.frontend.parser;

import dev.kindling.frontend.grammar.JavaScriptLexer;
import dev.kindling.frontend.grammar.JavaScriptParser;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.TokenStream;

public abstract class JavaScriptParserBase extends Parser {

    protected JavaScriptParserBase(TokenStream input) {
        super(input);
    }

    /** A semicolon may be inserted before the next token: a line break precedes it. */
    protected boolean lineTerminatorAhead() {
        return ((JsToken) _input.LT(1)).newlineBefore();
    }

    /** The restricted productions (`return [no LineTerminator here] x`, `x [no LineTerminator here] ++`). */
    protected boolean noLineTerminatorBefore() {
        return !((JsToken) _input.LT(1)).newlineBefore();
    }

    /** A semicolon may be inserted before a `}`. */
    protected boolean closeBraceAhead() {
        return _input.LA(1) == JavaScriptLexer.CloseBrace;
    }

    /**
     * Whether the innermost function around the current position is a generator (`function*`,
     * `*m() {}`, `async function*`), which makes `yield` a keyword in its parameters and body
     * (ECMA-262 §15.5: the [Yield] grammar parameter). Arrows, accessors, field initializers and
     * static blocks never are: inside them `yield` is a name again, as in V8.
     */
    protected boolean inGenerator() {
        RuleContext f = innermostFunction();
        return f instanceof JavaScriptParser.FunctionDeclarationContext d ? d.Multiply() != null
                : f instanceof JavaScriptParser.FunctionExpressionContext e ? e.Multiply() != null
                : f instanceof JavaScriptParser.ClassMethodContext m ? m.Multiply() != null
                : f instanceof JavaScriptParser.MethodPropertyContext p && p.Multiply() != null;
    }

    /**
     * Whether the innermost function around the current position is async (`async function`,
     * `async function*`, an async arrow or method), which makes `await` an operator in its body
     * (ECMA-262 §15.8: the [Await] grammar parameter). Accessors, field initializers and static
     * blocks never are, as in V8.
     */
    protected boolean inAsync() {
        RuleContext f = innermostFunction();
        return f instanceof JavaScriptParser.FunctionDeclarationContext d ? d.Async() != null
                : f instanceof JavaScriptParser.FunctionExpressionContext e ? e.Async() != null
                : f instanceof JavaScriptParser.ClassMethodContext m ? m.Async() != null
                : f instanceof JavaScriptParser.MethodPropertyContext p ? p.Async() != null
                : f instanceof JavaScriptParser.ArrowFunctionContext a && a.Async() != null;
    }

    /**
     * The rule context of the innermost function, accessor, field initializer or static block
     * around the current position; null at the top level. A method's or accessor's computed key
     * belongs to the code around the method.
     */
    private RuleContext innermostFunction() {
        RuleContext child = null;
        for (RuleContext c = _ctx; c != null; child = c, c = c.parent) {
            if (child instanceof JavaScriptParser.PropertyNameContext || child instanceof JavaScriptParser.ClassElementNameContext) {
                continue; // a method's or accessor's computed key is evaluated where the method is defined
            }
            if (c instanceof JavaScriptParser.FunctionDeclarationContext || c instanceof JavaScriptParser.FunctionExpressionContext
                    || c instanceof JavaScriptParser.ClassMethodContext || c instanceof JavaScriptParser.MethodPropertyContext
                    || c instanceof JavaScriptParser.ArrowFunctionContext || c instanceof JavaScriptParser.ClassAccessorContext
                    || c instanceof JavaScriptParser.AccessorPropertyContext || c instanceof JavaScriptParser.ClassFieldContext
                    || c instanceof JavaScriptParser.ClassStaticBlockContext) {
                return c;
            }
        }
        return null;
    }
}
