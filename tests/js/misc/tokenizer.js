// A string tokenizer classifying identifiers, numbers, strings and punctuation with charCodeAt.
function isDigit(c) { return c >= 48 && c <= 57; }
function isAlpha(c) { return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36; }
function tokens(src) {
  var out = [], i = 0;
  while (i < src.length) {
    var c = src.charCodeAt(i), start = i;
    if (c === 32 || c === 10 || c === 9) { i++; continue; }
    if (isDigit(c)) { while (i < src.length && (isDigit(src.charCodeAt(i)) || src[i] === ".")) i++; out.push("num(" + src.slice(start, i) + ")"); }
    else if (isAlpha(c)) { while (i < src.length && (isAlpha(src.charCodeAt(i)) || isDigit(src.charCodeAt(i)))) i++; out.push("id(" + src.slice(start, i) + ")"); }
    else if (c === 34) { i++; while (i < src.length && src[i] !== '"') i++; i++; out.push("str(" + src.slice(start + 1, i - 1) + ")"); }
    else { var two = src.slice(i, i + 2); if (two === "==" || two === "=>" || two === "&&") { out.push(two); i += 2; } else { out.push(src[i]); i++; } }
  }
  return out;
}
console.log(tokens('let $x_1 = 3.14 * (y + 42);'));
console.log(tokens('if (a == "hi there") f(a && b) => c').join(" "));
