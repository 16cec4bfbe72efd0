// Completion values through nested try/finally in functions with loops.
function f() {
  var out = [];
  for (var i = 0; i < 3; i++) {
    try {
      try {
        if (i === 1) throw new Error("one");
        out.push("t" + i);
      } finally {
        out.push("f" + i);
      }
    } catch (e) {
      out.push("c" + i);
    }
  }
  return out.join(" ");
}
console.log(f());
function g() {
  try { return "outer try"; }
  finally {
    try { return "inner try in finally"; }
    finally { console.log("innermost finally"); }
  }
}
console.log(g());
function h() {
  var x = 0;
  try { x = 1; return x; } finally { x = 99; console.log("x set to", x); }
}
console.log(h());
