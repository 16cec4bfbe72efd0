// SyntaxError: Illegal continue statement: no surrounding iteration statement.
switch (1) {
  case 1:
    continue;
}
