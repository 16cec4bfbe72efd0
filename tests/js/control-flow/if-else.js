// if / else if / else chains, truthiness of conditions, dangling else and single statements.
function classify(n) {
  if (n < 0) return "neg";
  else if (n === 0) return "zero";
  else if (n < 10) return "small";
  else return "big";
}
console.log(classify(-1), classify(0), classify(5), classify(50));
if (0) console.log("no"); else console.log("zero is falsy");
if ("0") console.log("'0' is truthy");
if (true) if (false) console.log("a"); else console.log("dangling else binds inner");
var x = 3;
if (x > 1) { x = x * 2; }
if (x > 5) { x = x + 1; } else { x = 0; }
console.log(x);
if (null) {} else if (undefined) {} else if (NaN) {} else { console.log("all falsy"); }
