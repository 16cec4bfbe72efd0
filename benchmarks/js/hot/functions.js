// Hot functions for HotFunctionBenchmark: small JS functions that each exercise one thing the
// engine must make fast. Each export is { args(), run(...) }: the benchmark makes the
// arguments once with args() and then times run(...args) called through the embedding API.
// HotFunctionsJava.java holds the hand-written Java doing the same work; the benchmark
// checks that both return the same value before it times anything.
'use strict';

const N = 1000;

// Integer arithmetic that stays int32 (V8's SignedSmall feedback).
function intLoop(n) {
  let s = 0;
  for (let i = 0; i < n; i++) {
    s = (s + i * 3) | 0;
  }
  return s;
}

// Double arithmetic (Number feedback): a value that never fits an int.
function doubleLoop(n) {
  let x = 0.5;
  for (let i = 0; i < n; i++) {
    x = x * 0.999 + 0.25;
  }
  return x;
}

function Point(x, y) {
  this.x = x;
  this.y = y;
}

// `count` points in `shapes` shapes: extra properties added in different orders give
// different hidden classes (maps) with x and y at the same offsets.
function points(shapes, count) {
  const extras = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
  const objects = [];
  for (let i = 0; i < count; i++) {
    const o = new Point(i, 1);
    for (let k = 0; k < i % shapes; k++) {
      o[extras[k]] = k;
    }
    objects.push(o);
  }
  return objects;
}

// Named property loads at one site: monomorphic, polymorphic or megamorphic by the input.
function sumXY(objects) {
  let s = 0;
  for (let i = 0; i < objects.length; i++) {
    const o = objects[i];
    s = (s + o.x + o.y) | 0;
  }
  return s;
}

function mix(a, b) {
  return (a * 31 + b) & 65535;
}

// A small function called in a loop: one known callee (a direct call in optimized code).
function functionCall(n) {
  let s = 0;
  for (let i = 0; i < n; i++) {
    s = mix(s, i);
  }
  return s;
}

function Counter() {
  this.count = 0;
}
Counter.prototype.step = function (by) {
  this.count = (this.count + by) & 1023;
  return this.count;
};

// A method found on the prototype, called on one receiver.
function methodCall(counter, n) {
  counter.count = 0;
  let s = 0;
  for (let i = 0; i < n; i++) {
    s = (s + counter.step(i)) | 0;
  }
  return s;
}

function makeAdder(k) {
  return (v) => (v + k) | 0;
}

// A closure call: the callee reads its captured variable from its context.
function closureCall(add, n) {
  let s = 0;
  for (let i = 0; i < n; i++) {
    s = add(s);
  }
  return s;
}

// Recursion: calls the tier does not inline (a function never inlines itself), so every call
// is a direct call between optimized code (CallKnownJSFunction), with no argument array.
function fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

// Keyed loads from an array of one elements kind.
function sumArray(values) {
  let s = 0;
  for (let i = 0; i < values.length; i++) {
    s += values[i];
  }
  return s;
}

function smis(n) {
  const a = [];
  for (let i = 0; i < n; i++) a.push(i);
  return a; // PACKED_SMI_ELEMENTS
}

function doubles(n) {
  const a = [];
  for (let i = 0; i < n; i++) a.push(i + 0.5);
  return a; // PACKED_DOUBLE_ELEMENTS
}

// String concatenation in a loop.
function stringBuild(n) {
  let s = '';
  for (let i = 0; i < n; i++) {
    s += i % 10;
  }
  return s;
}

module.exports = {
  intLoop: { args: () => [N], run: intLoop },
  doubleLoop: { args: () => [N], run: doubleLoop },
  propertyOneShape: { args: () => [points(1, 100)], run: sumXY },
  propertyFourShapes: { args: () => [points(4, 100)], run: sumXY },
  propertyEightShapes: { args: () => [points(8, 100)], run: sumXY },
  functionCall: { args: () => [N], run: functionCall },
  methodCall: { args: () => [new Counter(), N], run: methodCall },
  closureCall: { args: () => [makeAdder(3), N], run: closureCall },
  recursiveCall: { args: () => [20], run: fib },
  sumSmiArray: { args: () => [smis(N)], run: sumArray },
  sumDoubleArray: { args: () => [doubles(N)], run: sumArray },
  stringBuild: { args: () => [100], run: stringBuild },
};
