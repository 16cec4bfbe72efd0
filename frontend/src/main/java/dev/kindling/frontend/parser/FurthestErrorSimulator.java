/*
 * ANTLR's prediction engine, changed in one place for error reporting: when no alternative of
 * a decision can continue, report the error there, at the furthest token any alternative
 * reached, as V8 does.
 *
 * Stock ANTLR instead picks an alternative that "finished the rule" earlier and lets the parse
 * fail later, inside that alternative. For JavaScript that alternative is usually an automatic
 * semicolon insertion that cannot actually happen: in `f(a b)` the parser would end the
 * statement after `f` (as if a line break followed) and complain about the `(`. The ASI
 * predicate of that path is false; stock ANTLR still takes "semantically invalid" paths here.
 * This subclass takes only paths whose predicates hold.
 *
 * Assumes: installed only for the second, error-reporting parse (Parser.parse); the fast SLL
 * parse uses the stock simulator and bails at the first error.
 */
package dev.kindling.frontend.parser;

import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.atn.ATNConfigSet;
import org.antlr.v4.runtime.atn.ParserATNSimulator;
import org.antlr.v4.runtime.misc.Pair;

public final class FurthestErrorSimulator extends ParserATNSimulator {

    public FurthestErrorSimulator(Parser parser, ParserATNSimulator stock) {
        super(parser, stock.atn, stock.decisionToDFA, stock.getSharedContextCache());
    }

    @Override
    protected int getSynValidOrSemInvalidAltThatFinishedDecisionEntryRule(ATNConfigSet configs,
                                                                         ParserRuleContext outerContext) {
        Pair<ATNConfigSet, ATNConfigSet> byValidity = splitAccordingToSemanticValidity(configs, outerContext);
        return getAltThatFinishedDecisionEntryRule(byValidity.a);
    }
}
