/**
 * From source text to AST: the ANTLR-generated lexer and parser (package
 * {@code dev.kindling.frontend.grammar}, generated from {@code grammars/*.g4}) plus what
 * surrounds them.
 *
 * <p>Start reading at {@link dev.kindling.frontend.Parser#parse}, then the two grammars, then
 * {@link dev.kindling.frontend.parser.AstBuilder}. The pieces:
 * <ul>
 *   <li>{@code JavaScriptLexerBase}, {@code JsToken}: tokens that know whether a line break
 *       precedes them (all that automatic semicolon insertion needs);
 *       {@code JavaScriptParserBase}: the ASI predicates.</li>
 *   <li>{@code AstBuilder} with {@code StatementBuilder}, {@code ExpressionBuilder},
 *       {@code FunctionBuilder}, {@code ObjectLiteralBuilder}: parse tree to AST records, with
 *       the early errors; {@code OperatorPrecedence}: binary operator precedence;
 *       {@code Literals}: numbers, strings and escapes; {@code FunctionScope}: per-function
 *       strictness, labels and loop depth.</li>
 *   <li>{@code NodeErrorStrategy}, {@code SyntaxErrors}: the first parse error in node's words
 *       and position; {@code SourceText}: token positions as UTF-16 offsets.</li>
 * </ul>
 */
package dev.kindling.frontend.parser;
