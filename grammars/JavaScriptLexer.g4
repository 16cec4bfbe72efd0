/*
 * The tokens of Kindling's JavaScript subset (ECMA-262 §12, "ECMAScript Language: Lexical
 * Grammar"), written for Kindling from the specification.
 *
 * Assumes: the parser (JavaScriptParser.g4) decides everything that depends on syntactic
 * context, with one exception: whether a '/' starts a regular-expression literal or is a
 * division. The grammar cannot tell (`a / b / c` against `x = /b/`), so RegularExpressionLiteral
 * carries a lexer predicate on the previous token (JavaScriptLexerBase.regexAllowed: a '/' after
 * something that ends an operand divides), the classic approach of hand-written JS lexers and
 * of V8's scanner, which the parser tells which one it expects.
 *
 * Guarantees: the lexer never fails. Text that is not a token becomes one of the error tokens at
 * the end of the default mode (a stray character, an unterminated string or comment, a number
 * run into an identifier), which the parser reports as node's "Invalid or unexpected token".
 * Line terminators and comments come out on the hidden channel; JavaScriptLexerBase folds them
 * into a "newline before" bit on the next real token, which is all automatic semicolon
 * insertion needs. There are no per-character actions: the only commands are mode switches,
 * one per token, for template literals.
 *
 * Template literals use lexer modes. '`' enters TEMPLATE; '${' enters DEFAULT_MODE again, and
 * every '{' pushes DEFAULT_MODE while every '}' pops, so the '}' that closes a substitution
 * returns to the template even when the substitution holds object literals, blocks or nested
 * templates: `${ {a: 1}.a }`, `${ `inner ${x}` }`.
 */
lexer grammar JavaScriptLexer;

options { superClass = JavaScriptLexerBase; }

@header { import dev.kindling.frontend.parser.JavaScriptLexerBase; }

// ---- white space, line terminators, comments (§12.2 - §12.4) --------------------------------

MultiLineComment   : '/*' .*? '*/' -> channel(HIDDEN);
SingleLineComment  : '//' ~[\r\n\u2028\u2029]* -> channel(HIDDEN);
LineTerminator     : [\r\n\u2028\u2029]+ -> channel(HIDDEN);
WhiteSpace         : [\t\u000B\u000C\u0020\u00A0\uFEFF\p{Zs}]+ -> skip;

// ---- punctuators (§12.8) ---------------------------------------------------------------------

OpenBracket        : '[';
CloseBracket       : ']';
OpenParen          : '(';
CloseParen         : ')';
OpenBrace          : '{' -> pushMode(DEFAULT_MODE);
CloseBrace         : '}' -> popMode;
Semicolon          : ';';
Comma              : ',';
Assign             : '=';
QuestionMark       : '?';
// `a?.5:0` is a conditional, not an optional chain: '?.' may not be followed by a digit.
QuestionDot        : '?.' {!isDigit(_input.LA(1))}?;
Colon              : ':';
Ellipsis           : '...';
Dot                : '.';
PlusPlus           : '++';
MinusMinus         : '--';
Plus               : '+';
Minus              : '-';
BitNot             : '~';
Not                : '!';
Multiply           : '*';
Divide             : '/';
Modulus            : '%';
Power              : '**';
NullishCoalesce    : '??';
RightShiftArithmetic : '>>';
LeftShiftArithmetic  : '<<';
RightShiftLogical  : '>>>';
LessThan           : '<';
MoreThan           : '>';
LessThanEquals     : '<=';
GreaterThanEquals  : '>=';
Equals             : '==';
NotEquals          : '!=';
IdentityEquals     : '===';
IdentityNotEquals  : '!==';
BitAnd             : '&';
BitXOr             : '^';
BitOr              : '|';
And                : '&&';
Or                 : '||';
MultiplyAssign     : '*=';
DivideAssign       : '/=';
ModulusAssign      : '%=';
PlusAssign         : '+=';
MinusAssign        : '-=';
LeftShiftArithmeticAssign  : '<<=';
RightShiftArithmeticAssign : '>>=';
RightShiftLogicalAssign    : '>>>=';
BitAndAssign       : '&=';
BitXorAssign       : '^=';
BitOrAssign        : '|=';
PowerAssign        : '**=';
AndAssign          : '&&=';
OrAssign           : '||=';
NullishCoalesceAssign : '??=';
Arrow              : '=>';

// ---- literals (§12.9) ------------------------------------------------------------------------

NullLiteral        : 'null';
BooleanLiteral     : 'true' | 'false';

// Decimal numbers, including the legacy forms 010 (octal) and 08 (decimal) that the AST
// builder recognises by their leading zero.
DecimalLiteral
    : DecimalDigits ('.' DecimalDigits?)? ExponentPart?
    | '.' DecimalDigits ExponentPart?
    ;
HexIntegerLiteral    : '0' [xX] HexDigits;
OctalIntegerLiteral  : '0' [oO] OctalDigits;
BinaryIntegerLiteral : '0' [bB] BinaryDigits;
// 10n: recognised so the error can name it.
BigIntLiteral        : (DecimalDigits | '0' [xX] HexDigits | '0' [oO] OctalDigits | '0' [bB] BinaryDigits) 'n';

// ---- keywords (§12.7.2), then the words that are reserved only in strict mode, then the
// ---- contextual words the parser treats specially. All of the last two groups are also
// ---- identifiers (see `identifier` in the parser).

Break      : 'break';
Do         : 'do';
Instanceof : 'instanceof';
Typeof     : 'typeof';
Case       : 'case';
Else       : 'else';
New        : 'new';
Var        : 'var';
Catch      : 'catch';
Finally    : 'finally';
Return     : 'return';
Void       : 'void';
Continue   : 'continue';
For        : 'for';
Switch     : 'switch';
While      : 'while';
Debugger   : 'debugger';
Function   : 'function';
This       : 'this';
With       : 'with';
Default    : 'default';
If         : 'if';
Throw      : 'throw';
Delete     : 'delete';
In         : 'in';
Try        : 'try';
Class      : 'class';
Enum       : 'enum';
Extends    : 'extends';
Super      : 'super';
Const      : 'const';
Export     : 'export';
Import     : 'import';

Implements : 'implements';
Interface  : 'interface';
Let        : 'let';
Package    : 'package';
Private    : 'private';
Protected  : 'protected';
Public     : 'public';
Static     : 'static';
Yield      : 'yield';

Async      : 'async';
Await      : 'await';
Of         : 'of';
Get        : 'get';
Set        : 'set';

// ---- regular-expression literals (§12.9.5) ------------------------------------------------------

// The body is checked by the regexp parser (dev.kindling.regexp) when the AST is built, so a bad
// pattern is an early SyntaxError in V8's words. The predicate sits after the first character,
// where ANTLR evaluates it once the '/' is seen; the longest-match rule then prefers the literal
// to Divide and DivideAssign whenever it holds. The first character is not '*' or '/' (comments).
RegularExpressionLiteral
    : '/' {regexAllowed()}? RegularExpressionFirstChar RegularExpressionChar* '/' IdentifierPart*
    ;

// ---- identifiers (§12.7) ---------------------------------------------------------------------

Identifier : IdentifierStart IdentifierPart*;

// `#x`, a class's private name (§12.7.1 PrivateIdentifier).
PrivateIdentifier : '#' IdentifierStart IdentifierPart*;

// ---- strings (§12.9.4) and template literals (§12.9.6) ---------------------------------------

// Escapes are kept as written; the AST builder decodes them (and reports bad ones where node
// does). A backslash may escape any character, a line terminator included (line continuation).
StringLiteral
    : '"' DoubleStringCharacter* '"'
    | '\'' SingleStringCharacter* '\''
    ;

TemplateOpen : '`' -> pushMode(TEMPLATE);

// ---- error tokens: the parser reports each as "Invalid or unexpected token" -------------------

UnterminatedString
    : '"' DoubleStringCharacter*
    | '\'' SingleStringCharacter*
    ;
UnterminatedComment : '/*' (~'*' | '*'+ ~[*/])* '*'* EOF;
// A number that runs straight into an identifier (3in, 1.toString, 0x): §12.9.3 forbids it.
NumberFollowedByIdentifier
    : (DecimalLiteral | HexIntegerLiteral | OctalIntegerLiteral | BinaryIntegerLiteral)
      (IdentifierStart | DecimalDigit) IdentifierPart*
    ;
UnexpectedCharacter : .;

mode TEMPLATE;

TemplateClose      : '`' -> popMode;
TemplateSubstStart : '${' -> pushMode(DEFAULT_MODE);
TemplateChars      : (~[`\\$] | '\\' .)+;
TemplateDollar     : '$';

// ---- fragments -------------------------------------------------------------------------------

fragment DoubleStringCharacter : ~["\\\r\n] | '\\' ('\r\n' | .);
fragment SingleStringCharacter : ~['\\\r\n] | '\\' ('\r\n' | .);
fragment RegularExpressionFirstChar : ~[*\\/[\r\n\u2028\u2029] | RegularExpressionBackslash | RegularExpressionClass;
fragment RegularExpressionChar : ~[\\/[\r\n\u2028\u2029] | RegularExpressionBackslash | RegularExpressionClass;
fragment RegularExpressionBackslash : '\\' ~[\r\n\u2028\u2029];
fragment RegularExpressionClass : '[' (~[\]\\\r\n\u2028\u2029] | RegularExpressionBackslash)* ']';
fragment DecimalDigit  : [0-9];
// NumericLiteralSeparator (ES2021): one `_` between two digits; Literals.number drops them.
fragment DecimalDigits : [0-9] ('_'? [0-9])*;
fragment HexDigits     : HexDigit ('_'? HexDigit)*;
fragment OctalDigits   : [0-7] ('_'? [0-7])*;
fragment BinaryDigits  : [01] ('_'? [01])*;
fragment HexDigit      : [0-9a-fA-F];
fragment ExponentPart  : [eE] [+-]? DecimalDigits;
fragment IdentifierStart : [$_\p{ID_Start}] | '\\u' UnicodeEscapeBody;
fragment IdentifierPart  : [$_\p{ID_Continue}\u200C\u200D] | '\\u' UnicodeEscapeBody;
fragment UnicodeEscapeBody : HexDigit HexDigit HexDigit HexDigit | '{' HexDigit+ '}';
