// Direct calls between optimized functions pass the arguments as JVM values of the callee's
// formal parameter count (callDirect): a missing argument arrives as undefined, an extra one is
// dropped, a sloppy callee still gets the global object for an undefined receiver, and a deopt
// inside the callee rebuilds its frame without an argument list. Recursive calls are never
// inlined, so each of these is a direct call once the functions are optimized.
'use strict';

// fewer arguments than parameters: `tag` is undefined in every inner call
function down(n, tag) {
  if (n === 0) return String(tag);
  return down(n - 1);
}

// more arguments than parameters: the extra ones are evaluated, then dropped
let evaluated = 0;
function extra() { evaluated++; return 'x'; }
function sum(n, acc) {
  if (n === 0) return acc;
  return sum(n - 1, acc + n, extra(), extra());
}

// a callee whose parameters change type while it runs directly: it deopts inside the call
function count(n, step) {
  if (n <= 0) return step;
  return count(n - step, step) + 1;
}

let out = [];
for (let i = 0; i < 2000; i++) {
  out[0] = down(5, 'first');
  out[1] = sum(10, 0);
  out[2] = count(20, 2);
}
console.log(out.join(' '), evaluated);
console.log(down(3), sum(4, 0.5), count(5, 0.5), sum(3, 'a'));

// a leaf inlined into a hot loop pushes no frame, yet an error thrown by the caller right
// after it still names the right line and frames
function mix(a, b) { return (a * 31 + b) & 65535; }
function loop(n, failAt) {
  let s = 0;
  for (let i = 0; i < n; i++) {
    s = mix(s, i);
    if (i === failAt) throw new Error('at ' + i + ': ' + s);
  }
  return s;
}
for (let i = 0; i < 300; i++) loop(1000, -1);
try {
  loop(1000, 500);
} catch (e) {
  console.log(e.message);
  console.log(e.stack.split('\n').slice(0, 3).map((l) => l.trim().replace(/\(.*\//, '(')).join(' | '));
}

// a leaf that deopts (a double where it had Smis) resumes in the interpreter as if called
console.log(loop(10, -1), mix(1.5, 2), loop(3, -1));
