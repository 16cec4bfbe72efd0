/*
 * The syntax of Kindling's JavaScript subset (ECMA-262 §13 - §15), written for Kindling from
 * the specification. The AST builder (dev.kindling.frontend.parser) turns its parse trees into
 * the records of dev.kindling.frontend.ast.
 *
 * Assumes: tokens from JavaScriptLexer, each marked with whether a line break precedes it
 * (JavaScriptParserBase reads that bit for automatic semicolon insertion).
 *
 * Guarantees, and the choices a reader should know about:
 *
 *  - Written for ANTLR's SLL prediction: every decision is settled by a few tokens, except
 *    arrow-function heads `(a, b) =>`, which are scanned to the `=>`. No rule is left-recursive.
 *
 *  - Binary operators are parsed flat, `operand (binaryOperator operand)*`, and the AST builder
 *    applies precedence and associativity (OperatorPrecedence.java). The flat loop costs ANTLR
 *    one token of lookahead per operator, where a left-recursive rule with a dozen precedence
 *    levels costs a precedence predicate per level.
 *
 *  - An expression statement may not start with `{` (that is a block) or `function` (that is a
 *    declaration), and an arrow's expression body may not start with `{` (§14.5, §15.3). The
 *    grammar states this with its own first-operand rules (statementOperand, conciseOperand)
 *    instead of a semantic predicate: ANTLR evaluates predicates only after prediction has
 *    looked ahead, and a block and an object literal can look alike for a whole block.
 *
 *  - Automatic semicolon insertion (§12.10) is the rule `eos`: a real `;`, the end of input, a
 *    line break before the next token, or a `}` next. The restricted productions (`return`,
 *    `break`, `continue`, postfix `++`/`--`) carry a predicate saying "no line break here";
 *    `throw` and `=>` are checked by the AST builder, which reports node's messages.
 *
 *  - The grammar accepts some things the language forbids and leaves them to the AST builder,
 *    which has the context to word the error as node does: `a + b = c`, `-x ** 2`, `a ?? b || c`,
 *    break/continue targets, strict-mode restrictions, `%Native()` without natives syntax.
 */
parser grammar JavaScriptParser;

options {
    tokenVocab = JavaScriptLexer;
    superClass = JavaScriptParserBase;
}

@header { import dev.kindling.frontend.parser.JavaScriptParserBase; }

program
    : statement* EOF
    ;

// ---- statements (§14) ------------------------------------------------------------------------

statement
    : block
    | variableStatement
    | emptyStatement
    | ifStatement
    | doWhileStatement
    | whileStatement
    | forStatement
    | withStatement
    | continueStatement
    | breakStatement
    | returnStatement
    | throwStatement
    | tryStatement
    | switchStatement
    | labeledStatement
    | debuggerStatement
    | functionDeclaration
    | classDeclaration
    | expressionStatement
    ;

block
    : OpenBrace statement* CloseBrace
    ;

variableStatement
    : variableDeclarationList eos
    ;

variableDeclarationList
    : varModifier variableDeclaration (',' variableDeclaration)*
    ;

varModifier
    : Var
    | Let
    | Const
    ;

variableDeclaration
    : bindingTarget ('=' assignmentExpression)?
    ;

// What a declaration, parameter, catch clause or for-in/of head binds: a name, or a
// destructuring pattern. Patterns are parsed with the object and array literal rules (a cover
// grammar, as ECMA-262 §13.2.5.1 and V8 do) and turned into patterns by the builder
// (PatternBuilder), which words the errors of literals that are no patterns as node does.
bindingTarget
    : identifier
    | objectLiteral
    | arrayLiteral
    ;

emptyStatement
    : ';'
    ;

expressionStatement
    : statementExpression eos
    ;

ifStatement
    : If '(' expression ')' statement (Else statement)?
    ;

// After `do ... while (x)` a semicolon is inserted even on the same line (§12.10.1, rule 1 as
// amended in ES2015), so the `;` is simply optional.
doWhileStatement
    : Do statement While '(' expression ')' ';'?
    ;

whileStatement
    : While '(' expression ')' statement
    ;

forStatement
    : For '(' forInit? ';' expression? ';' expression? ')' statement        # forLoop
    | For '(' forInOfLeft In expression ')' statement                        # forInLoop
    | For '(' forInOfLeft Of assignmentExpression ')' statement              # forOfLoop
    | For Await '(' forInOfLeft Of assignmentExpression ')' statement        # forAwaitOfLoop
    ;

forInit
    : variableDeclarationList
    | expression
    ;

forInOfLeft
    : varModifier bindingTarget
    | leftHandSideExpression
    ;

// Sloppy mode only: in strict code the builder reports it (§14.11.1).
withStatement
    : With '(' expression ')' statement
    ;

continueStatement
    : Continue ({this.noLineTerminatorBefore()}? identifier)? eos
    ;

breakStatement
    : Break ({this.noLineTerminatorBefore()}? identifier)? eos
    ;

returnStatement
    : Return ({this.noLineTerminatorBefore()}? expression)? eos
    ;

// `throw` followed by a line break is an error, not an insertion point; the builder reports it
// as node does ("Illegal newline after throw").
throwStatement
    : Throw ({this.noLineTerminatorBefore()}? expression)? eos
    ;

tryStatement
    : Try block (catchClause finallyClause? | finallyClause)
    ;

catchClause
    : Catch ('(' bindingTarget ')')? block
    ;

finallyClause
    : Finally block
    ;

switchStatement
    : Switch '(' expression ')' OpenBrace caseClause* CloseBrace
    ;

caseClause
    : (Case expression | Default) ':' statement*
    ;

labeledStatement
    : identifier ':' statement
    ;

debuggerStatement
    : Debugger eos
    ;

// The end of a statement, with automatic semicolon insertion (§12.10).
eos
    : ';'
    | EOF
    | {this.lineTerminatorAhead()}?
    | {this.closeBraceAhead()}?
    ;

// ---- functions (§15) -------------------------------------------------------------------------

// `function*` is a generator (§15.5), `async function` an async function (§15.8), `async
// function*` an async generator (§15.6); the builder reads `async` and `*`, and so do
// inGenerator() and inAsync().
functionDeclaration
    : Async? Function '*'? identifier '(' formalParameterList? ')' functionBody
    ;

functionExpression
    : Async? Function '*'? identifier? '(' formalParameterList? ')' functionBody
    ;

formalParameterList
    : formalParameter (',' formalParameter)* (',' restParameter | ',')?
    | restParameter
    ;

restParameter
    : '...' bindingTarget
    ;

formalParameter
    : bindingTarget ('=' assignmentExpression)?
    ;

functionBody
    : OpenBrace statement* CloseBrace
    ;

// `async x => ...`, `async (x) => ...` are async arrows (§15.9); `async => 1` is an arrow
// whose parameter is named async.
arrowFunction
    : Async? arrowParameters '=>' arrowBody
    ;

arrowParameters
    : identifier
    | '(' formalParameterList? ')'
    ;

arrowBody
    : functionBody
    | conciseBody
    ;

conciseBody
    : arrowFunction
    | conciseOperand assignmentRest
    ;

// ---- classes (§15.7) -------------------------------------------------------------------------

classDeclaration
    : Class identifier classTail
    ;

classExpression
    : Class identifier? classTail
    ;

classTail
    : (Extends leftHandSideExpression)? OpenBrace classElement* CloseBrace
    ;

// `static`, `get` and `set` are also ordinary member names (`static() {}`, `get = 1`); the
// alternatives are told apart by the token after the name.
classElement
    : ';'                                                                              # emptyClassElement
    | Static functionBody                                                              # classStaticBlock
    | Static? (Get | Set) classElementName '(' formalParameterList? ')' functionBody   # classAccessor
    | Static? Async? '*'? classElementName '(' formalParameterList? ')' functionBody   # classMethod
    | Static? classElementName ('=' assignmentExpression)? eos                         # classField
    ;

classElementName
    : propertyName
    | PrivateIdentifier
    ;

// ---- expressions (§13) -----------------------------------------------------------------------

expression
    : assignmentExpression (',' assignmentExpression)*
    ;

// An expression statement's expression: the same as `expression` except for its first operand.
statementExpression
    : (yieldExpression | arrowFunction | statementOperand assignmentRest) (',' assignmentExpression)*
    ;

assignmentExpression
    : yieldExpression
    | arrowFunction
    | operand assignmentRest
    ;

// `yield`, `yield x`, `yield* x` (§15.5): a keyword only inside a generator's parameters and
// body (inGenerator: the nearest enclosing function is a `function*` or a `*m(){}` method);
// anywhere else `yield` is an identifier, as in node (a sloppy `yield 1` is "Unexpected number").
// The predicate is on the left edge, so an alternative taking `yield` as a name loses to it.
yieldExpression
    : {this.inGenerator()}? Yield ({this.noLineTerminatorBefore()}? '*'? assignmentExpression)?
    ;

// Everything after the first operand of an assignment expression: binary operators (flat; the
// builder applies precedence), then either a conditional or an assignment. The assignment's
// left side is validated by the builder ("Invalid left-hand side in assignment").
assignmentRest
    : (binaryOperator operand)*
      ( '?' assignmentExpression ':' assignmentExpression
      | assignmentOperator assignmentExpression
      )?
    ;

// A UnaryExpression or UpdateExpression: prefix operators, a left-hand-side expression, and an
// optional postfix ++/--.
operand
    : prefixOperator* leftHandSideExpression postfixOperator?
    ;

// The first operand of an expression statement: no `{`, no `function` unless after an operator.
statementOperand
    : prefixOperator operand
    | primaryExpression chainLink* postfixOperator?
    ;

// The first operand of an arrow's expression body: no `{` unless after an operator.
conciseOperand
    : functionExpression chainLink* postfixOperator?   // first, as in leftHandSideExpression
    | statementOperand
    | classExpression chainLink* postfixOperator?
    ;

// functionExpression comes first: `x = async function f() {}` could also be read as the name
// `async`, an inserted semicolon and a declaration (prediction does not evaluate eos's
// predicates), and ANTLR resolves that ambiguity for the first alternative.
leftHandSideExpression
    : (functionExpression | primaryExpression | objectLiteral | classExpression) chainLink*
    ;

// Member accesses, calls and optional links after an operand (§13.3). An optional chain runs
// from its first `?.` to the end of the chainLink list. A tagged template is a link too (so
// that `a` + line break + a template is one expression, as in node): the builder makes it a call.
chainLink
    : '.' identifierName                        # memberLink
    | QuestionDot identifierName                       # optionalMemberLink
    | '.' PrivateIdentifier                            # privateMemberLink
    | QuestionDot PrivateIdentifier                    # optionalPrivateMemberLink
    | QuestionDot? '[' expression ']'                  # indexLink
    | QuestionDot? arguments                           # callLink
    | templateLiteral                                  # taggedTemplateLink
    ;

primaryExpression
    : This                                      # thisExpression
    | identifier                                # identifierExpression
    | literal                                   # literalExpression
    | arrayLiteral                              # arrayExpression
    | templateLiteral                           # templateExpression
    | '(' expression ')'                        # parenthesizedExpression
    | New '.' identifierName                    # newTargetExpression
    | New newCallee arguments?                  # newExpression
    | Super arguments                           # superCallExpression
    | Super '.' identifierName                  # superMemberExpression
    | Super '[' expression ']'                  # superIndexExpression
    | '%' identifierName arguments              # nativeCallExpression
    | PrivateIdentifier                         # privateNameExpression
    ;

// `new C(...)`: the callee is a member expression without calls (§13.3.5), so `new a.b.C()`
// passes the arguments to `a.b.C`.
newCallee
    : (functionExpression | primaryExpression | objectLiteral | classExpression) newCalleeLink*
    ;

// `?.` is not allowed here (node: "Invalid optional chain from new expression"); it is
// accepted only so the builder can say so.
newCalleeLink
    : '.' identifierName
    | '.' PrivateIdentifier
    | '[' expression ']'
    | QuestionDot (identifierName | '[' expression ']')
    ;

arguments
    : '(' (argument (',' argument)* ','?)? ')'
    ;

argument
    : '...'? assignmentExpression
    ;

// `await` is a prefix operator only inside an async function's body (inAsync, §15.8: the
// [Await] grammar parameter); anywhere else it is an identifier, and the builder words the
// misuse as node does.
prefixOperator
    : '++' | '--' | '+' | '-' | '~' | '!' | Typeof | Void | Delete
    | {this.inAsync()}? Await
    ;

postfixOperator
    : {this.noLineTerminatorBefore()}? ('++' | '--')
    ;

binaryOperator
    : '**' | '*' | '/' | '%' | '+' | '-' | '<<' | '>>' | '>>>'
    | '<' | '>' | '<=' | '>=' | Instanceof | In
    | '==' | '!=' | '===' | '!=='
    | '&' | '^' | '|' | '&&' | '||' | '??'
    ;

assignmentOperator
    : '=' | '*=' | '/=' | '%=' | '+=' | '-=' | '<<=' | '>>=' | '>>>=' | '&=' | '^=' | '|='
    | '**=' | '&&=' | '||=' | '??='
    ;

// ---- literals --------------------------------------------------------------------------------

literal
    : NullLiteral
    | BooleanLiteral
    | StringLiteral
    | numericLiteral
    | RegularExpressionLiteral
    ;

numericLiteral
    : DecimalLiteral
    | HexIntegerLiteral
    | OctalIntegerLiteral
    | BinaryIntegerLiteral
    ;

// Elements separated by commas, any of them empty: an empty slot is a hole, except the one
// after a trailing comma (the builder drops it), so [a,] has one element and [a,,] two.
arrayLiteral
    : '[' arrayElement? (',' arrayElement?)* ']'
    ;

arrayElement
    : '...'? assignmentExpression
    ;

objectLiteral
    : OpenBrace (propertyDefinition (',' propertyDefinition)* ','?)? CloseBrace
    ;

// `identifier '=' assignmentExpression` (`{a = 1}`) is only valid where the literal turns out
// to be a destructuring pattern; anywhere else the builder reports it (§13.2.5.1).
propertyDefinition
    : propertyName ':' assignmentExpression                                # propertyAssignment
    | Async? '*'? propertyName '(' formalParameterList? ')' functionBody   # methodProperty
    | (Get | Set) propertyName '(' formalParameterList? ')' functionBody   # accessorProperty
    | identifier                                                           # shorthandProperty
    | identifier '=' assignmentExpression                                  # coverInitializedName
    | '...' assignmentExpression                                           # spreadProperty
    ;

propertyName
    : identifierName
    | StringLiteral
    | numericLiteral
    | '[' assignmentExpression ']'
    ;

templateLiteral
    : TemplateOpen templatePart* TemplateClose
    ;

templatePart
    : TemplateChars
    | TemplateDollar
    | TemplateSubstStart expression CloseBrace
    ;

// ---- names -----------------------------------------------------------------------------------

// A binding or reference name: an Identifier, or a word reserved only in strict mode (the
// builder rejects those in strict code), or a contextual keyword. `let` is left out: sloppy
// code may use it as a name (`var let`), but then `let x` at the start of a statement would be
// ambiguous until the end of the statement, and Kindling keeps every statement decision short.
identifier
    : Identifier
    | Implements | Interface | Package | Private | Protected | Public | Static | Yield
    | Async | Await | Of | Get | Set
    ;

// A property name after `.` or in an object literal: any word, reserved or not.
identifierName
    : identifier
    | Let | NullLiteral | BooleanLiteral
    | Break | Do | Instanceof | Typeof | Case | Else | New | Var | Catch | Finally | Return | Void
    | Continue | For | Switch | While | Debugger | Function | This | With | Default | If | Throw
    | Delete | In | Try | Class | Enum | Extends | Super | Const | Export | Import
    ;
