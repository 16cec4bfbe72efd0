// SyntaxError: Lexical declaration cannot appear in a single-statement context.
if (true) let z = 1;
