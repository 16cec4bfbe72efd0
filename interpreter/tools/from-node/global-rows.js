const c = (path, ...args) => `h.call(${JSON.stringify(path)}${args.map(a => ', ' + a).join('')})`;
const rows = [];
const add = (js, java) => rows.push([js, java]);
// parseInt
for (const [s, r] of [['"42"'], ['"  42px"'], ['"-17.9"'], ['"+5"'], ['"abc"'], ['""'], ['"0x1f"'], ['"0X1F"'], ['"1f"', 16], ['"0x1f"', 16], ['"0x1f"', 10],
  ['"101"', 2], ['"777"', 8], ['"z"', 36], ['"Z"', 36], ['"10"', 37], ['"10"', 1], ['"10"', 0], ['"0b101"'], ['"08"'], ['"1e3"'], ['"-0"'], ['"  \\n 12"'],
  ['"123456789012345678901234567890"'], ['"9007199254740993"'], ['"12"', 2], ['"ff"', '"16"'], ['"11"', 2.9], ['"-0x10"'], ['"  -  5"'], ['"0x"'], ['"fffffffffffffffffff"', 16]]) {
  add(r === undefined ? `parseInt(${s})` : `parseInt(${s}, ${r})`, r === undefined ? c('parseInt', s) : c('parseInt', s, typeof r === 'string' ? r : (Number.isInteger(r) ? r : r + 'd')));
}
add('parseInt(null)', c('parseInt', 'JsHarness.NULL'));
add('parseInt(1e21)', c('parseInt', '1e21'));
add('parseInt(0.0000005)', c('parseInt', '0.0000005'));
// parseFloat
for (const s of ['"3.14"', '"  3.14abc"', '".5"', '"-.5e2"', '"5."', '"5.e1"', '"1e3"', '"1e"', '"1e+"', '"1.2.3"', '"0x10"', '"abc"', '"Infinity"', '"-Infinityx"', '"infinity"', '""', '"-0"', '"1e1000"', '"0.1e-1000"', '"123456789012345678901234"', '"0.30000000000000004"', '"+1_0"', '"."', '"-"', '"\\u00a0 7"']) {
  add(`parseFloat(${s})`, c('parseFloat', s));
}
// isNaN / isFinite
for (const v of [['NaN', 'Double.NaN'], ['"0"', '"0"'], ['""', '""'], ['"abc"', '"abc"'], ['undefined', 'JsHarness.U'], ['null', 'JsHarness.NULL'], ['"  12  "', '"  12  "']]) {
  add(`isNaN(${v[0]})`, c('isNaN', v[1]));
  add(`isFinite(${v[0]})`, c('isFinite', v[1]));
}
add('isFinite(Infinity)', c('isFinite', 'Double.POSITIVE_INFINITY'));
add('isFinite("1e3")', c('isFinite', '"1e3"'));
// Number / String / Boolean as functions
for (const v of [['"12"', '"12"'], ['""', '""'], ['null', 'JsHarness.NULL'], ['undefined', 'JsHarness.U'], ['true', 'true'], ['" 0x10 "', '" 0x10 "'], ['"1e-7"', '"1e-7"'], ['"-0"', '"-0"'], ['"12px"', '"12px"'], ['"Infinity"', '"Infinity"'], ['"0b11"', '"0b11"']]) {
  add(`Number(${v[0]})`, c('Number', v[1]));
}
add('Number()', c('Number'));
for (const v of [['12', '12'], ['null', 'JsHarness.NULL'], ['-0', '-0.0'], ['1e-7', '1e-7'], ['1e21', '1e21'], ['0.1 + 0.2', '0.30000000000000004'], ['true', 'true'], ['undefined', 'JsHarness.U']]) {
  add(`String(${v[0]})`, c('String', v[1]));
}
add('String()', c('String'));
add('String([1, [2, 3]])', c('String', 'h.array(1, h.array(2, 3))'));
add('String({})', c('String', 'h.obj()'));
for (const v of [['""', '""'], ['" "', '" "'], ['0', '0'], ['-0', '-0.0'], ['NaN', 'Double.NaN'], ['null', 'JsHarness.NULL'], ['"false"', '"false"']]) {
  add(`Boolean(${v[0]})`, c('Boolean', v[1]));
}
add('Boolean({})', c('Boolean', 'h.obj()'));
add('Boolean()', c('Boolean'));
// Number statics and prototype
add('Number.MAX_SAFE_INTEGER', 'h.global("Number.MAX_SAFE_INTEGER")');
add('Number.MIN_SAFE_INTEGER', 'h.global("Number.MIN_SAFE_INTEGER")');
add('Number.EPSILON', 'h.global("Number.EPSILON")');
add('Number.MAX_VALUE', 'h.global("Number.MAX_VALUE")');
add('Number.MIN_VALUE', 'h.global("Number.MIN_VALUE")');
add('Number.NEGATIVE_INFINITY', 'h.global("Number.NEGATIVE_INFINITY")');
add('Number.isInteger(5.0)', c('Number.isInteger', '5.0'));
add('Number.isInteger("5")', c('Number.isInteger', '"5"'));
add('Number.isSafeInteger(2 ** 53)', c('Number.isSafeInteger', '9007199254740992.0'));
add('Number.isNaN("abc")', c('Number.isNaN', '"abc"'));
add('Number.parseInt === parseInt', 'h.global("Number.parseInt") == h.global("parseInt")');
for (const [x, r, jx] of [[255, 16], [255, 2], [-255, 36], [0.5, 2], [0.1, 3], [3.75, 16], [-0, 2], [1e21, 36], [2**53, 7], [Math.PI, 16], [1/3, 2], [123.456, 8], [NaN, 16], [-Infinity, 2], [0.1, 10]]) {
  const javaX = Object.is(x, -0) ? '-0.0' : Number.isNaN(x) ? 'Double.NaN' : x === -Infinity ? 'Double.NEGATIVE_INFINITY' : Number.isInteger(x) && Math.abs(x) < 2**31 ? String(x) : String(x) + (String(x).includes('.') || String(x).includes('e') ? '' : '.0');
  add(`(${Object.is(x, -0) ? '-0' : x}).toString(${r})`, `h.invoke(${javaX}, "toString", ${r})`);
}
add('(5).toString(1)', 'h.invoke(5, "toString", 1)');
add('(5).toString(37)', 'h.invoke(5, "toString", 37)');
add('Number.prototype.toString.call("x")', '((dev.kindling.runtime.JSFunction) h.global("Number.prototype.toString")).call("x", new Object[0])');
for (const [x, f] of [[1.005, 2], [1.45, 1], [-1.5, 0], [2.5, 0], [0, 2], [-0, 2], [123.456, 10], [1e21, 2], [0.000001, 7], [-1e-10, 3], [1.23e20, 2], [0.5, 0]]) {
  const javaX = Object.is(x, -0) ? '-0.0' : Number.isInteger(x) && Math.abs(x) < 2**31 ? String(x) : String(x) + (String(x).includes('.') || String(x).includes('e') ? '' : '.0');
  add(`(${Object.is(x, -0) ? '-0' : x}).toFixed(${f})`, `h.invoke(${javaX}, "toFixed", ${f})`);
}
add('(1).toFixed(101)', 'h.invoke(1, "toFixed", 101)');
add('(1.5).toFixed()', 'h.invoke(1.5, "toFixed")');
for (const [x, p] of [[123.456, 4], [0.000123, 2], [123456, 2], [1.5, 1], [2.5, 1], [0, 3], [1e21, 3], [-1.005, 3], [99.99, 3], [1e-7, 1]]) {
  add(`(${x}).toPrecision(${p})`, `h.invoke(${Number.isInteger(x) ? x : x}, "toPrecision", ${p})`);
}
add('(1.5).toPrecision(0)', 'h.invoke(1.5, "toPrecision", 0)');
for (const [x, f] of [[123.456, 2], [0, 1], [1e-7, undefined], [123456, undefined], [1.5, 0], [-0.000015, 1]]) {
  add(`(${x}).toExponential(${f === undefined ? '' : f})`, `h.invoke(${x}, "toExponential"${f === undefined ? '' : ', ' + f})`);
}
add('(255).valueOf()', 'h.invoke(255, "valueOf")');
add('new Number(5)', 'h.construct("Number", 5)');
add('new String("ab")', 'h.construct("String", "ab")');
add('new Boolean(0)', 'h.construct("Boolean", 0)');
add('Object(1.5)', c('Object', '1.5'));
add('(true).toString()', 'h.invoke(true, "toString")');
add('Boolean.prototype.valueOf.call(new Boolean(true))', '((dev.kindling.runtime.JSFunction) h.global("Boolean.prototype.valueOf")).call(h.construct("Boolean", true), new Object[0])');
add('Boolean.prototype.toString.call(1)', '((dev.kindling.runtime.JSFunction) h.global("Boolean.prototype.toString")).call(1, new Object[0])');
add('globalThis === globalThis.globalThis', 'h.global("globalThis") == h.realm.global()');
add('NaN', 'h.global("NaN")');
add('Infinity', 'h.global("Infinity")');
add('undefined', 'h.global("undefined")');
module.exports = rows;
for (const x of ['1234.5', '1234567.891', '0.0005', '-1234.5678', '1e21', 'NaN', '-0', 'Infinity', '2.0005', '2.0015', '1.00049', '123', '0', '999.9995', '-Infinity']) {
  const v = eval(x); const lit = Object.is(v, -0) ? '-0.0' : Number.isNaN(v) ? 'Double.NaN' : v === Infinity ? 'Double.POSITIVE_INFINITY' : v === -Infinity ? 'Double.NEGATIVE_INFINITY' : Number.isInteger(v) && Math.abs(v) < 2**31 ? String(v) : String(v).match(/[.e]/) ? String(v) : String(v) + '.0';
  module.exports.push([`(${x}).toLocaleString()`, `h.invoke(${lit}, "toLocaleString")`]);
}
module.exports.push(['[1234.5, "x", null, 2].toLocaleString()', 'h.invoke(h.array(1234.5, "x", JsHarness.NULL, 2), "toLocaleString")']);
for (const [a, b] of [['a', 'B'], ['B', 'a'], ['a', 'a'], ['a', 'A'], ['résumé', 'resume'], ['item10', 'item9'], ['apple', 'Banana'], ['', 'a'], ['abc', 'ab']]) {
  module.exports.push([`${JSON.stringify(a)}.localeCompare(${JSON.stringify(b)})`, `h.invoke("${a.replace('é', '\\u00e9')}", "localeCompare", "${b.replace('é', '\\u00e9')}")`]);
}
module.exports.push(['["b","a","C","B","c","A","é","e","f","10","9","Z","z"].sort((a, b) => a.localeCompare(b))', 'h.invoke(h.array("b","a","C","B","c","A","\\u00e9","e","f","10","9","Z","z"), "sort", h.fn(a -> h.invoke(a[0], "localeCompare", a[1])))']);
