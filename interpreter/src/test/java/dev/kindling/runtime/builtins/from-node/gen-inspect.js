// Turns JS expressions into Java code that builds the same object graph in a Kindling realm
// (through ValueBuilder), paired with node's util.inspect output for it.
// Usage: node gen-inspect.js cases.js [--console]
const util = require('util');
Error.stackTraceLimit = 0;
const cases = require(require('path').resolve(process.argv[2]));
const consoleMode = process.argv.includes('--console');
const jstr = (s) => JSON.stringify(s).replace(/[\u007f-\uffff]/g, c => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
const intrinsics = new Map([
  [Object.prototype, 'OP'], [Function.prototype, 'FP'], [Array.prototype, 'AP'], [Number.prototype, 'NP'],
  [String.prototype, 'SP'], [Boolean.prototype, 'BP'],
  ...['Error', 'TypeError', 'RangeError', 'ReferenceError', 'SyntaxError', 'EvalError', 'URIError'].map(n => [globalThis[n].prototype, 'EP:' + n]),
  ...['Object', 'Function', 'Array', 'Number', 'String', 'Boolean', 'Math', 'JSON', 'Error', 'TypeError', 'parseInt'].map(n => [globalThis[n], 'G:' + n]),
]);
function javaNumber(x) {
  if (Object.is(x, -0)) return '-0.0';
  if (Number.isNaN(x)) return 'Double.NaN';
  if (x === Infinity) return 'Double.POSITIVE_INFINITY';
  if (x === -Infinity) return 'Double.NEGATIVE_INFINITY';
  if (Number.isInteger(x) && Math.abs(x) < 2 ** 31) return String(x);
  const s = String(x);
  return /[.e]/.test(s) ? s : s + '.0';
}
function convert(root) {
  const ids = new Map();
  const stmts = [];
  const ref = (v) => {
    if (v === undefined) return 'U';
    if (v === null) return 'NULL';
    if (typeof v === 'number') return javaNumber(v);
    if (typeof v === 'string') return jstr(v);
    if (typeof v === 'boolean') return String(v);
    if (intrinsics.has(v)) return `b.intrinsic(${jstr(intrinsics.get(v))})`;
    if (ids.has(v)) return `b.ref(${ids.get(v)})`;
    const id = ids.size + 1;
    ids.set(v, id);
    const proto = Object.getPrototypeOf(v);
    const skip = new Set();
    if (Array.isArray(v)) {
      stmts.push(`b.array(${id}, ${v.length}${v.length >= 2 ** 31 ? 'L' : ''});`);
      skip.add('length');
    } else if (typeof v === 'function') {
      // A body that returns a constant is reproduced; any other body returns undefined.
      const m = /^[^{]*\{\s*return ('[^']*'|-?\d+);?\s*\}$/.exec(v.toString());
      const result = m ? ref((0, eval)(m[1])) : 'U';
      stmts.push(`b.function(${id}, ${jstr(v.name)}, ${v.length}, ${result});`);
      if (Object.getOwnPropertyDescriptor(v, 'name')?.value === v.name) skip.add('name');
      skip.add('length');
    } else if (v instanceof Error || Object.prototype.toString.call(v) === '[object Error]') {
      stmts.push(`b.error(${id});`);
    } else if (v instanceof Number || v instanceof String || v instanceof Boolean) {
      stmts.push(`b.wrapper(${id}, ${ref(v.valueOf())});`);
      if (v instanceof String) { skip.add('length'); for (let i = 0; i < v.length; i++) skip.add(String(i)); }
    } else {
      stmts.push(`b.object(${id});`);
    }
    stmts.push(`b.setPrototype(${id}, ${proto === null ? 'null' : ref(proto)});`);
    for (const key of Reflect.ownKeys(v)) {
      if (typeof key === 'symbol' || skip.has(key)) continue;
      const d = Object.getOwnPropertyDescriptor(v, key);
      const attrs = (d.enumerable ? 'E' : '') + (d.configurable ? 'C' : '') + (d.writable ? 'W' : '');
      if (Array.isArray(v) && /^(0|[1-9][0-9]*)$/.test(key) && +key < 2 ** 32 - 1) {
        stmts.push(`b.element(${id}, ${key}${+key >= 2 ** 31 ? 'L' : ''}, ${ref(d.value)});`);
      } else if ('value' in d) {
        stmts.push(`b.property(${id}, ${jstr(key)}, ${ref(d.value)}, ${jstr(attrs)});`);
      } else {
        stmts.push(`b.accessor(${id}, ${jstr(key)}, ${d.get ? ref(d.get) : 'null'}, ${d.set ? ref(d.set) : 'null'}, ${jstr(attrs)});`);
      }
    }
    return `b.ref(${id})`;
  };
  const result = ref(root);
  return { stmts, result };
}
const values = process.argv.includes('--values');
for (const [index, js] of cases.entries()) {
  const value = values ? js : (0, eval)('(' + js + ')');
  const expected = consoleMode ? util.format(...value) : util.inspect(value);
  const { stmts, result } = convert(value);
  const body = stmts.length === 0 ? result : `{\n                    ${stmts.join('\n                    ')}\n                    return ${result};\n                }`;
  console.log(`                row(${jstr(values ? 'case ' + index : js)}, b -> ${body}, ${jstr(expected)}),`);
}
