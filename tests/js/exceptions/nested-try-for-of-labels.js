// Exceptions and jumps through nested trys around for-of (its iterator close), labeled loops and switch reach the right catch and finally.
function g1() {
  const l = [];
  try {
    for (const x of [1, 2]) {
      try { l.push("b" + x); throw "t" + x; } finally { l.push("f" + x); }
    }
  } catch (e) { l.push("c:" + e); } finally { l.push("of"); }
  return l.join(" ");
}
function g2() {
  const l = [];
  outer: for (let i = 0; i < 2; i++) {
    try {
      try {
        switch (i) { case 0: try { throw "s"; } finally { l.push("sf"); } case 1: break outer; }
      } catch (e) { l.push("c:" + e); continue outer; } finally { l.push("if"); }
    } catch (e) { l.push("oc:" + e); } finally { l.push("of" + i); }
  }
  return l.join(" ");
}
function g3() {
  const l = [];
  const it = { [Symbol.iterator]() { let n = 0; return { next() { return { value: n++, done: n > 3 }; }, return() { l.push("close"); return {}; } }; } };
  try {
    try {
      for (const v of it) { try { if (v === 1) throw "v"; } catch (e) { l.push("ic"); throw "w"; } finally { l.push("vf" + v); } }
    } finally { l.push("mf"); }
  } catch (e) { l.push("oc:" + e); }
  return l.join(" ");
}
function g4() {
  const l = [];
  try { try { return "r"; } finally { l.push("if"); throw "x"; } } catch (e) { l.push("c:" + e); } finally { l.push("of"); }
  return l.join(" ");
}
console.log(g1()); console.log(g2()); console.log(g3()); console.log(g4());
