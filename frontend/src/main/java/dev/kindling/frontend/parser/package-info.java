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
 *       the early errors; {@code PatternBuilder}: object and array literals turned into
 *       destructuring patterns where the context makes them one; {@code OperatorPrecedence}: binary operator precedence;
 *       {@code Literals}: numbers, strings and escapes; {@code FunctionScope}: per-function
 *       strictness, labels and loop depth.</li>
 *   <li>Errors: the fast SLL parse bails at the first error; a second parse with
 *       {@code NodeErrorStrategy} and {@code FurthestErrorSimulator} finds the error where V8
 *       would, and {@code SyntaxErrors} (with {@code TokenScan} and {@code UnsupportedSyntax})
 *       words and places it as node does. {@code SourceText}: token positions as UTF-16
 *       offsets, and the JsSyntaxError factory.</li>
 * </ul>
 */
package dev.kindling.frontend.parser;
