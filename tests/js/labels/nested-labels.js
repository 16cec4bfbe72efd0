// Multiple nested labels, the same label name reused in sibling statements, labels on blocks.
var trace = [];
a: for (var i = 0; i < 2; i++) {
  b: for (var j = 0; j < 2; j++) {
    c: for (var k = 0; k < 3; k++) {
      if (k === 1) continue b;
      if (j === 1) break a;
      trace.push("" + i + j + k);
    }
  }
}
console.log(trace);
lbl: { trace.push("first"); break lbl; }
lbl: { trace.push("second"); break lbl; }
console.log(trace);
x: y: for (var m = 0; m < 3; m++) { if (m === 1) continue x; if (m === 2) break y; trace.push("m" + m); }
console.log(trace.length, trace[trace.length - 1]);
