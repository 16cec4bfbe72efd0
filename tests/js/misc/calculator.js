// A tiny recursive-descent calculator over a tokenized string (+ - * / parentheses, precedence).
function tokenize(src) {
  var toks = [], i = 0;
  while (i < src.length) {
    var c = src[i];
    if (c === " ") { i++; continue; }
    if ("0123456789.".indexOf(c) >= 0) {
      var start = i;
      while (i < src.length && "0123456789.".indexOf(src[i]) >= 0) i++;
      toks.push(parseFloat(src.slice(start, i)));
      continue;
    }
    toks.push(c); i++;
  }
  return toks;
}
function evaluate(src) {
  var toks = tokenize(src), pos = 0;
  function peek() { return toks[pos]; }
  function expr() { var v = term(); while (peek() === "+" || peek() === "-") { var op = toks[pos++]; var r = term(); v = op === "+" ? v + r : v - r; } return v; }
  function term() { var v = factor(); while (peek() === "*" || peek() === "/") { var op = toks[pos++]; var r = factor(); v = op === "*" ? v * r : v / r; } return v; }
  function factor() {
    var t = toks[pos++];
    if (t === "(") { var v = expr(); pos++; return v; }
    if (t === "-") return -factor();
    if (typeof t !== "number") throw new SyntaxError("unexpected " + t);
    return t;
  }
  return expr();
}
var cases = ["1 + 2 * 3", "(1 + 2) * 3", "10 / 4", "-(2 + 3) * 2", "0.1 + 0.2", "2 * (3 + (4 - 1)) / 3", "1 / 0", "1 +"];
for (var i = 0; i < cases.length; i++) {
  try { console.log(cases[i], "=", evaluate(cases[i])); }
  catch (e) { console.log(cases[i], "->", String(e)); }
}
