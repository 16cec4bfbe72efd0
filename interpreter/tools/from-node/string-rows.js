// String expressions whose node results StringBuiltinsTest pins (regen.sh, through gen-rows.js and mkclass.py).
const rows = [];
const lit = (x) => Object.is(x, -0) ? '-0.0' : Number.isNaN(x) ? 'Double.NaN' : x === Infinity ? 'Double.POSITIVE_INFINITY' : x === -Infinity ? 'Double.NEGATIVE_INFINITY'
  : typeof x === 'string' ? JSON.stringify(x).replace(/[\u007f-\uffff]/g, c => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0')) : x === null ? 'JsHarness.NULL' : x === undefined ? 'JsHarness.U' : typeof x === 'boolean' ? String(x)
  : Number.isInteger(x) && Math.abs(x) < 2**31 ? String(x) : (String(x).match(/[.e]/) ? String(x) : String(x) + '.0');
const jsl = (x) => Object.is(x, -0) ? '-0' : typeof x === 'string' ? JSON.stringify(x) : String(x);
const m = (s, method, ...args) => rows.push([`${jsl(s)}.${method}(${args.map(jsl).join(', ')})`, `h.invoke(${lit(s)}, "${method}"${args.map(a => ', ' + lit(a)).join('')})`]);
const s = "canal banana";
for (const a of [["an"], ["an", 2], ["an", 100], ["x"], [""], ["", 5], ["", 99], ["an", -5], [undefined]]) m(s, 'indexOf', ...a);
for (const a of [["an"], ["an", 8], ["an", 0], ["c"], [""], ["z"], ["an", NaN], ["a", -10]]) m(s, 'lastIndexOf', ...a);
for (const a of [["nan"], ["nab"], [""], ["c", 1], ["a", -5]]) m(s, 'includes', ...a);
const h = "Hello";
for (const a of [[0], [4], [5], [-1], [], [1.9], ["2"], [NaN]]) { m(h, 'charAt', ...a); m(h, 'charCodeAt', ...a); }
m("\u{1F600}", 'charCodeAt', 0); m("\u{1F600}", 'codePointAt', 0); m("\u{1F600}", 'codePointAt', 1);
for (const a of [[-1], [0], [5], [-6]]) m("abcde", 'at', ...a);
const js = "JavaScript";
for (const a of [[4], [0, 4], [-6], [-6, -3], [4, 2], [100], [1.9, 3.9], ["2", "5"], [], [-100, 2], [NaN, 4]]) { m(js, 'slice', ...a); m(js, 'substring', ...a); }
for (const a of [[4, 2], [-2, 1], [1], [2, -1], [1, 100]]) m(js, 'substr', ...a);
for (const str of ["Hello World", "ÄÖÜ straße", "ÉCOLE", "ΟΔΟΣ", "İ"]) { m(str, 'toUpperCase'); m(str, 'toLowerCase'); }
for (const str of ["  padded  ", "\t\n\r\v\f x \n", "   ", "\u00a0\ufeffnbsp\u2028\u2029"]) { m(str, 'trim'); m(str, 'trimStart'); m(str, 'trimEnd'); }
for (const a of [[","], [",", 2], [",", 0], [], [undefined], [",", -1], [",", 1.9]]) m("a,b,c", 'split', ...a);
for (const [str, ...a] of [["abc", ""], ["abc", "", 2], ["", ","], ["", ""], [",a,,b,", ","], ["a--b--c", "--"], ["aaa", "a"], ["abc", "abc"], ["one two  three", " "], ["no-sep", "x"], ["a\u{1F600}b", ""]]) m(str, 'split', ...a);
const f = "filename.txt";
for (const a of [["file"], ["name"], ["name", 4], [""], ["file", 1]]) m(f, 'startsWith', ...a);
for (const a of [[".txt"], ["name"], ["name", 8], [""], ["f", 1], ["txt", 100]]) m(f, 'endsWith', ...a);
for (const a of [[3], [0], [2.9], ["4"], [-1], [Infinity], [-1.5], [NaN], [2**40]]) m("ab", 'repeat', ...a);
m("", 'repeat', 100);
for (const a of [[6, "12"], [7, "xy"], [2], [10, ""], [5]]) { m("abc", 'padStart', ...a); m("abc", 'padEnd', ...a); }
m("abc", 'padStart', 2**30);
m("a", 'concat', "b", 1, null, undefined);
for (const a of [["-", "$&$&"], ["-", "+"], ["x", "y"], ["$", "$$"], ["b", "[$`|$']"], ["", "_"]]) { m("a-b-c", 'replace', ...a); m("a-b-c", 'replaceAll', ...a); }
m("a$b", 'replace', "$", "$$");
m("abc", 'replace', "b", "[$`|$']");
m("aaa", 'replaceAll', "", "_");
rows.push(['"abc".replace("b", (m, p, s) => m + p + s)', 'h.invoke("abc", "replace", "b", h.realm.newBuiltin("f", 3, (r, t, a) -> "" + a[0] + a[1] + a[2]))']);
rows.push(['String.fromCharCode(72, 105)', 'h.call("String.fromCharCode", 72, 105)'], ['String.fromCharCode()', 'h.call("String.fromCharCode")'],
  ['String.fromCharCode(65 + 65536)', 'h.call("String.fromCharCode", 65 + 65536)'], ['String.fromCharCode("66")', 'h.call("String.fromCharCode", "66")'],
  ['String.fromCharCode(-1).charCodeAt(0)', 'h.invoke(h.call("String.fromCharCode", -1), "charCodeAt", 0)'], ['String.fromCharCode(3.9).charCodeAt(0)', 'h.invoke(h.call("String.fromCharCode", 3.9), "charCodeAt", 0)'],
  ['String.fromCodePoint(0x1F600, 65)', 'h.call("String.fromCodePoint", 0x1F600, 65)'], ['String.fromCodePoint(-1)', 'h.call("String.fromCodePoint", -1)'],
  ['String.prototype.trim.call(null)', '((dev.kindling.runtime.JSFunction) h.global("String.prototype.trim")).call(JsHarness.NULL, new Object[0])'],
  ['String.prototype.charAt.call(undefined)', '((dev.kindling.runtime.JSFunction) h.global("String.prototype.charAt")).call(JsHarness.U, new Object[0])'],
  ['String.prototype.toString.call(1)', '((dev.kindling.runtime.JSFunction) h.global("String.prototype.toString")).call(1, new Object[0])'],
  ['String.prototype.slice.call(12345, 1, 3)', '((dev.kindling.runtime.JSFunction) h.global("String.prototype.slice")).call(12345, new Object[] {1, 3})'],
  ['"null".indexOf(null)', 'h.invoke("null", "indexOf", JsHarness.NULL)'], ['"12345".indexOf(3)', 'h.invoke("12345", "indexOf", 3)'],
  ['new String("ab").length', 'dev.kindling.runtime.PropertyAccess.getNamed(h.realm, h.construct("String", "ab"), "length")'],
  ['Object.keys(new String("ab"))', 'h.call("Object.keys", h.construct("String", "ab"))'],
  ['new String("ab").valueOf()', 'h.invoke(h.construct("String", "ab"), "valueOf")'],
  ['new String("ab") + "c"', 'dev.kindling.runtime.Operators.add(h.construct("String", "ab"), "c")']);
module.exports = rows;
