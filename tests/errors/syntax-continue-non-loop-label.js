// SyntaxError: continue targeting a label that is not on an iteration statement.
block: {
  for (var i = 0; i < 2; i++) {
    continue block;
  }
}
