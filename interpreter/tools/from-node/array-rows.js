const rows = [];
const add = (js, java) => rows.push([js, java]);
const arr = (...xs) => `h.array(${xs.join(', ')})`;
const HOLE = 'dev.kindling.runtime.Oddball.THE_HOLE';
// constructor
add('Array(3)', 'h.call("Array", 3)'); add('new Array(3)', 'h.construct("Array", 3)'); add('Array(1, 2, 3)', 'h.call("Array", 1, 2, 3)');
add('Array("3")', 'h.call("Array", "3")'); add('new Array(2, 3)', 'h.construct("Array", 2, 3)'); add('Array(0)', 'h.call("Array", 0)'); add('Array()', 'h.call("Array")');
add('new Array(-1)', 'h.construct("Array", -1)'); add('Array(1.5)', 'h.call("Array", 1.5)'); add('Array(4294967296)', 'h.call("Array", 4294967296.0)');
add('Array.isArray([])', 'h.call("Array.isArray", h.array())'); add('Array.isArray({ length: 0 })', 'h.call("Array.isArray", h.obj("length", 0))');
add('Array.of(7)', 'h.call("Array.of", 7)'); add('Array.from("a😀b")', 'h.call("Array.from", "a\\ud83d\\ude00b")');
add('Array.from({ length: 3 }, (_, i) => i * 2)', 'h.call("Array.from", h.obj("length", 3), h.fn(a -> (Integer) a[1] * 2))');
add('Array.from([1, , 3])', `h.call("Array.from", ${arr(1, HOLE, 3)})`);
// push / pop / shift / unshift
add('(() => { const a = [1]; return [a.push(2, 3), a]; })()', 'h.array(h.invoke(h.array(1), "push", 2, 3), U)'.replace('h.array(h.invoke(h.array(1), "push", 2, 3), U)', '((java.util.function.Supplier<Object>) () -> { var a = h.array(1); return h.array(h.invoke(a, "push", 2, 3), a); }).get()'));
add('(() => { const a = [1, 2]; return [a.pop(), a]; })()', '((java.util.function.Supplier<Object>) () -> { var a = h.array(1, 2); return h.array(h.invoke(a, "pop"), a); }).get()');
add('[].pop()', 'h.invoke(h.array(), "pop")');
add('(() => { const a = [1, , 3]; return [a.shift(), a]; })()', `((java.util.function.Supplier<Object>) () -> { var a = ${arr(1, HOLE, 3)}; return h.array(h.invoke(a, "shift"), a); }).get()`);
add('(() => { const a = [3]; return [a.unshift(1, 2), a]; })()', '((java.util.function.Supplier<Object>) () -> { var a = h.array(3); return h.array(h.invoke(a, "unshift", 1, 2), a); }).get()');
add('(() => { const o = { length: 2 }; Array.prototype.push.call(o, "x"); return o; })()', '((java.util.function.Supplier<Object>) () -> { var o = h.obj("length", 2); h.callOn("Array.prototype.push", o, "x"); return o; }).get()');
add('(() => { const o = { 0: "a", 1: "b", length: 2 }; return [Array.prototype.pop.call(o), o]; })()', '((java.util.function.Supplier<Object>) () -> { var o = h.obj("0", "a", "1", "b", "length", 2); return h.array(h.callOn("Array.prototype.pop", o), o); }).get()');
add('Array.prototype.push.call(null, 1)', 'h.callOn("Array.prototype.push", JsHarness.NULL, 1)');
// join / toString
add('[1, [2, [3, null]], undefined].toString()', `h.invoke(h.array(1, h.array(2, h.array(3, JsHarness.NULL)), JsHarness.U), "toString")`);
add('[1, , 3].join("-")', `h.invoke(${arr(1, HOLE, 3)}, "join", "-")`); add('[null, undefined].join()', 'h.invoke(h.array(JsHarness.NULL, JsHarness.U), "join")');
add('[1, 2].join(undefined)', 'h.invoke(h.array(1, 2), "join", JsHarness.U)'); add('[1, 2].join(null)', 'h.invoke(h.array(1, 2), "join", JsHarness.NULL)');
add('(() => { const a = [1]; a.push(a); return a.join(); })()', '((java.util.function.Supplier<Object>) () -> { var a = h.array(1); h.invoke(a, "push", a); return h.invoke(a, "join"); }).get()');
add('Array.prototype.join.call({ length: 3, 0: "a", 2: "c" }, "-")', 'h.callOn("Array.prototype.join", h.obj("length", 3, "0", "a", "2", "c"), "-")');
add('String([, ,])', `h.call("String", ${arr(HOLE, HOLE)})`); add('[1.5, -0, 1e21].join()', 'h.invoke(h.array(1.5, -0.0, 1e21), "join")');
add('Array.prototype.toString.call({})', 'h.callOn("Array.prototype.toString", h.obj())');
// slice / splice / concat
for (const a of [[1], [-2], [1, -1], [-10, 2], [], [2, 1], [1.5, 3.5]]) add(`[1, 2, 3, 4].slice(${a.join(', ')})`, `h.invoke(h.array(1, 2, 3, 4), "slice"${a.map(x => ', ' + x).join('')})`);
add('[1, , 3].slice(0, 2)', `h.invoke(${arr(1, HOLE, 3)}, "slice", 0, 2)`);
for (const a of [[1, 1, '"a"', '"b"'], [1], [-1, 1], [0, 0, 9], [1, 10], [], [2, 0, '"x"', '"y"', '"z"']]) {
  add(`(() => { const a = [1, 2, 3]; return [a.splice(${a.join(', ')}), a]; })()`, `((java.util.function.Supplier<Object>) () -> { var a = h.array(1, 2, 3); return h.array(h.invoke(a, "splice"${a.map(x => ', ' + x).join('')}), a); }).get()`);
}
add('[1, 2, 3].concat(4, [5, [6]])', 'h.invoke(h.array(1, 2, 3), "concat", 4, h.array(5, h.array(6)))'); add('[1, , 3].concat([, 5])', `h.invoke(${arr(1, HOLE, 3)}, "concat", ${arr(HOLE, 5)})`);
// reverse / fill / indexOf / includes / at
add('[1, 2, 3].reverse()', 'h.invoke(h.array(1, 2, 3), "reverse")'); add('[1, , 3, 4].reverse()', `h.invoke(${arr(1, HOLE, 3, 4)}, "reverse")`);
add('Array(3).fill(0)', 'h.invoke(h.call("Array", 3), "fill", 0)'); add('[1, 2, 3, 4].fill(9, 1, -1)', 'h.invoke(h.array(1, 2, 3, 4), "fill", 9, 1, -1)');
add('[NaN].indexOf(NaN)', 'h.invoke(h.array(Double.NaN), "indexOf", Double.NaN)'); add('[NaN].includes(NaN)', 'h.invoke(h.array(Double.NaN), "includes", Double.NaN)');
add('[1, 2, 3, 2].indexOf(2)', 'h.invoke(h.array(1, 2, 3, 2), "indexOf", 2)'); add('[1, 2, 3, 2].lastIndexOf(2)', 'h.invoke(h.array(1, 2, 3, 2), "lastIndexOf", 2)');
add('[1, 2, 3].indexOf(3, -1)', 'h.invoke(h.array(1, 2, 3), "indexOf", 3, -1)'); add('[1, 2, 3].lastIndexOf(3, -2)', 'h.invoke(h.array(1, 2, 3), "lastIndexOf", 3, -2)');
add('["1"].indexOf(1)', 'h.invoke(h.array("1"), "indexOf", 1)'); add('[, 1].indexOf(undefined)', `h.invoke(${arr(HOLE, 1)}, "indexOf", JsHarness.U)`); add('[, 1].includes(undefined)', `h.invoke(${arr(HOLE, 1)}, "includes", JsHarness.U)`);
add('[-0].includes(0)', 'h.invoke(h.array(-0.0), "includes", 0)'); add('[1, 2, 3].at(-1)', 'h.invoke(h.array(1, 2, 3), "at", -1)'); add('[1, 2, 3].at(5)', 'h.invoke(h.array(1, 2, 3), "at", 5)');
// callbacks
add('[1, 2, 3].map(x => x * 2)', 'h.invoke(h.array(1, 2, 3), "map", h.fn(a -> (Integer) a[0] * 2))');
add('[1, , 3].map(x => x * 2)', `h.invoke(${arr(1, HOLE, 3)}, "map", h.fn(a -> (Integer) a[0] * 2))`);
add('new Array(3).map(x => 1)', 'h.invoke(h.construct("Array", 3), "map", h.fn(a -> 1))');
add('[1, 2, 3, 4].filter(x => x % 2)', 'h.invoke(h.array(1, 2, 3, 4), "filter", h.fn(a -> (Integer) a[0] % 2))');
add('[1, 2, 3].some(x => x > 2)', 'h.invoke(h.array(1, 2, 3), "some", h.fn(a -> (Integer) a[0] > 2))'); add('[1, 2, 3].every(x => x > 2)', 'h.invoke(h.array(1, 2, 3), "every", h.fn(a -> (Integer) a[0] > 2))');
add('[].every(x => false)', 'h.invoke(h.array(), "every", h.fn(a -> false))');
add('[5, 12, 8].find(x => x > 6)', 'h.invoke(h.array(5, 12, 8), "find", h.fn(a -> (Integer) a[0] > 6))'); add('[5, 12, 8].findIndex(x => x > 20)', 'h.invoke(h.array(5, 12, 8), "findIndex", h.fn(a -> (Integer) a[0] > 20))');
add('[5, 12, 8].findLast(x => x > 6)', 'h.invoke(h.array(5, 12, 8), "findLast", h.fn(a -> (Integer) a[0] > 6))'); add('[5, 12, 8].findLastIndex(x => x > 6)', 'h.invoke(h.array(5, 12, 8), "findLastIndex", h.fn(a -> (Integer) a[0] > 6))');
add('[, 1].findIndex(x => x === undefined)', `h.invoke(${arr(HOLE, 1)}, "findIndex", h.fn(a -> a[0] == JsHarness.U))`);
add('[1, 2, 3].reduce((a, b) => a + b)', 'h.invoke(h.array(1, 2, 3), "reduce", h.fn(a -> (Integer) a[0] + (Integer) a[1]))');
add('[1, 2, 3].reduce((a, b) => a + b, 10)', 'h.invoke(h.array(1, 2, 3), "reduce", h.fn(a -> (Integer) a[0] + (Integer) a[1]), 10)');
add('["a", "b", "c"].reduceRight((a, b) => a + b)', 'h.invoke(h.array("a", "b", "c"), "reduceRight", h.fn(a -> "" + a[0] + a[1]))');
add('[].reduce((a, b) => a)', 'h.invoke(h.array(), "reduce", h.fn(a -> a[0]))'); add('[, , ].reduce((a, b) => a)', `h.invoke(${arr(HOLE, HOLE)}, "reduce", h.fn(a -> a[0]))`);
add('[1].forEach(3)', 'h.invoke(h.array(1), "forEach", 3)'); add('[1].map({})', 'h.invoke(h.array(1), "map", h.obj())'); add('[1].map("abc")', 'h.invoke(h.array(1), "map", "abc")');
add('[1].map([1, 2])', 'h.invoke(h.array(1), "map", h.array(1, 2))'); add('[1].map()', 'h.invoke(h.array(1), "map")');
add('[1, [2, [3, [4]]]].flat()', 'h.invoke(h.array(1, h.array(2, h.array(3, h.array(4)))), "flat")'); add('[1, [2, [3, [4]]]].flat(Infinity)', 'h.invoke(h.array(1, h.array(2, h.array(3, h.array(4)))), "flat", Double.POSITIVE_INFINITY)');
add('[1, 2].flatMap(x => [x, x * 10])', 'h.invoke(h.array(1, 2), "flatMap", h.fn(a -> h.array(a[0], (Integer) a[0] * 10)))');
// sort
add('[5, 1, 10].sort()', 'h.invoke(h.array(5, 1, 10), "sort")'); add('[5, 1, 10].sort((a, b) => a - b)', 'h.invoke(h.array(5, 1, 10), "sort", h.fn(a -> (Integer) a[0] - (Integer) a[1]))');
add('[3, 1, undefined, , 2].sort()', `h.invoke(${arr(3, 1, 'JsHarness.U', HOLE, 2)}, "sort")`); add('["b", "a", "C", "B"].sort()', 'h.invoke(h.array("b", "a", "C", "B"), "sort")');
add('[3, 1, 2].sort((a, b) => a > b)', 'h.invoke(h.array(3, 1, 2), "sort", h.fn(a -> (Integer) a[0] > (Integer) a[1]))');
add('[3, 1, 2, 5, 4].sort((a, b) => b > a)', 'h.invoke(h.array(3, 1, 2, 5, 4), "sort", h.fn(a -> (Integer) a[1] > (Integer) a[0]))');
add('[1].sort(1)', 'h.invoke(h.array(1), "sort", 1)');
add('[[2, "b"], [1, "a"], [2, "a"], [1, "b"]].sort((x, y) => x[0] - y[0])', 'h.invoke(h.array(h.array(2, "b"), h.array(1, "a"), h.array(2, "a"), h.array(1, "b")), "sort", h.fn(a -> (Integer) ((dev.kindling.runtime.JSArray) a[0]).getElement(0) - (Integer) ((dev.kindling.runtime.JSArray) a[1]).getElement(0)))');
add('Array.from({ length: 100 }, (_, i) => (i * 37) % 100).sort((a, b) => a - b).join()', 'h.invoke(h.invoke(h.call("Array.from", h.obj("length", 100), h.fn(a -> (Integer) a[1] * 37 % 100)), "sort", h.fn(a -> (Integer) a[0] - (Integer) a[1])), "join")');
add('Array.from({ length: 70 }, (_, i) => String((i * 7) % 70)).sort().join()', 'h.invoke(h.invoke(h.call("Array.from", h.obj("length", 70), h.fn(a -> String.valueOf((Integer) a[1] * 7 % 70))), "sort"), "join")');
// length
add('(() => { const a = [1, 2, 3]; a.length = 1; return a; })()', '((java.util.function.Supplier<Object>) () -> { var a = h.array(1, 2, 3); dev.kindling.runtime.PropertyAccess.setNamed(a, "length", 1, false); return a; }).get()');
module.exports = rows;
