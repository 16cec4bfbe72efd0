/*
 * ANTLR's prediction engine, adapted to find syntax errors where V8 finds them. Used only by
 * the second, error-reporting parse (Parser.parse); the fast SLL parse uses the stock engine.
 *
 * V8 parses greedily and inserts a semicolon only where the next token cannot continue the
 * statement (and a line break, `}` or the end of input allows it). ANTLR's stock prediction
 * gets two things differently for a grammar whose ASI is a predicate (rule `eos`):
 *
 *  1. SLL prediction looks ahead as if every predicate were true, and tests predicates only
 *     once it has chosen. In `copy[]` the "end the statement after `copy`" path survives
 *     lookahead (a new statement `[]` could follow) while the index path dies at `]`; then its
 *     ASI predicate is false and ANTLR reports the error at `[`, the start of the decision.
 *     Here every decision is predicted with full-context LL, where ANTLR evaluates a predicate
 *     the moment it reaches it: the ASI path is dropped at once, and the error surfaces at `]`.
 *
 *  2. When no alternative can continue, stock ANTLR picks one that "finished the rule" earlier,
 *     even through a false predicate, and fails later inside it. This class only takes paths
 *     whose predicates hold, so the error is reported at the furthest token reached.
 *
 * Assumes: no left-recursive rules (so no precedence DFAs) — true of JavaScriptParser.g4.
 * Cost: no DFA caching on this path, which only runs for programs that do not parse.
 */
package dev.kindling.frontend.parser;

import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.ATNConfigSet;
import org.antlr.v4.runtime.atn.ParserATNSimulator;
import org.antlr.v4.runtime.dfa.DFA;
import org.antlr.v4.runtime.misc.Pair;

public final class FurthestErrorSimulator extends ParserATNSimulator {

    public FurthestErrorSimulator(Parser parser, ParserATNSimulator stock) {
        super(parser, stock.atn, stock.decisionToDFA, stock.getSharedContextCache());
    }

    @Override
    public int adaptivePredict(TokenStream input, int decision, ParserRuleContext outerContext) {
        _input = input;
        _startIndex = input.index();
        _outerContext = outerContext == null ? ParserRuleContext.EMPTY : outerContext;
        DFA dfa = decisionToDFA[decision];
        _dfa = dfa;
        int marker = input.mark();
        try {
            ATNConfigSet start = computeStartState(dfa.atnStartState, _outerContext, true);
            return execATNWithFullContext(dfa, null, start, input, _startIndex, _outerContext);
        } finally {
            _dfa = null;
            input.seek(_startIndex);
            input.release(marker);
        }
    }

    @Override
    protected int getSynValidOrSemInvalidAltThatFinishedDecisionEntryRule(ATNConfigSet configs,
                                                                         ParserRuleContext outerContext) {
        Pair<ATNConfigSet, ATNConfigSet> byValidity = splitAccordingToSemanticValidity(configs, outerContext);
        return getAltThatFinishedDecisionEntryRule(byValidity.a);
    }
}
