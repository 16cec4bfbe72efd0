// SyntaxError: Label 'a' has already been declared.
a: {
  a: for (;;) { break a; }
}
